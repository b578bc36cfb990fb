/**
 * Makes a prism-react-renderer theme readable: every token colour is nudged towards black (light
 * background) or white (dark background) until it meets WCAG AA contrast (4.5:1) with the code
 * background. The stock themes keep their look but their comments and some tokens fall short (github's
 * comments are 2.9:1), which fails accessibility checks on every page with code.
 *
 * Hand-written because no maintained package adjusts a Prism theme for contrast; the colour maths is the
 * WCAG 2 relative-luminance formula.
 */
import type { PrismTheme } from 'prism-react-renderer';

type Rgb = [number, number, number];

function hslToRgb(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** Parses #rgb, #rrggbb, rgb()/rgba() and hsl() colours; undefined for anything else. */
export function parseColor(color: string): Rgb | undefined {
  const value = color.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hsl = /^hsl\(\s*([\d.]+)[\s,]+([\d.]+)%[\s,]+([\d.]+)%/.exec(value);
  if (hsl) return hslToRgb(Number(hsl[1]), Number(hsl[2]) / 100, Number(hsl[3]) / 100);
  return undefined;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const toHex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/** The colour itself when it is readable on the background, else the nearest readable shade of it. */
export function readableOn(color: string, background: string, minRatio = 4.5): string {
  const fg = parseColor(color);
  const bg = parseColor(background);
  if (!fg || !bg || contrastRatio(fg, bg) >= minRatio) return color;
  const target: Rgb = luminance(bg) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step += 1) {
    const t = step / 20;
    const mixed = fg.map((c, i) => Math.round(c + ((target[i] ?? 0) - c) * t)) as Rgb;
    if (contrastRatio(mixed, bg) >= minRatio) return toHex(mixed);
  }
  return toHex(target);
}

export function withReadableContrast(theme: PrismTheme, minRatio = 4.5): PrismTheme {
  const background = String(theme.plain.backgroundColor ?? '#ffffff');
  const fix = (color: unknown) => (typeof color === 'string' ? readableOn(color, background, minRatio) : color);
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) as string },
    styles: theme.styles.map((style) => ({
      ...style,
      // Opacity makes a colour lighter on screen than its value says.
      style: { ...style.style, color: fix(style.style.color) as string, opacity: undefined },
    })),
  };
}
