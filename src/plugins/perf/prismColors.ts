/**
 * Code block colours that do not depend on the colour mode, so that the server-rendered HTML is right in
 * both modes and the browser never has to redraw a code block after hydration.
 *
 * Docusaurus renders code with the light Prism theme on the server and, in the browser, remounts every
 * code block after hydration so that the inline colours follow the reader's mode. On a chapter with
 * fifty code blocks that remount rebuilt thousands of DOM nodes in one task (most of the page's Total
 * Blocking Time). Here each colour is written once as CSS `light-dark(<light theme>, <dark theme>)`,
 * which the browser resolves from the page's `color-scheme` (Infima sets it from the colour mode).
 * Browsers without light-dark() (before 2024) ignore those declarations: code then takes the page's
 * text colour, still readable, without syntax colours.
 */
import type { CSSProperties } from 'react';

/** Properties whose values are colours, which light-dark() can hold. */
const COLOR_PROPERTIES = new Set(['color', 'backgroundColor', 'background', 'borderColor', 'textDecorationColor']);

/**
 * One style for both modes. Colours that differ become light-dark(); a colour set in one mode only falls
 * back to `fallback` (what the element shows without it). Other properties (italic comments) cannot
 * follow the mode inline: the light theme's value wins, else the dark theme's.
 */
export function mergeStyles(
  light: CSSProperties | undefined,
  dark: CSSProperties | undefined,
  fallback: { light: CSSProperties; dark: CSSProperties } = { light: {}, dark: {} },
): CSSProperties | undefined {
  if (!light && !dark) return undefined;
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(light ?? {}), ...Object.keys(dark ?? {})]);
  for (const key of keys) {
    const l = (light as Record<string, unknown> | undefined)?.[key];
    const d = (dark as Record<string, unknown> | undefined)?.[key];
    if (l === undefined && d === undefined) continue;
    if (COLOR_PROPERTIES.has(key)) {
      const lightValue = l ?? (fallback.light as Record<string, unknown>)[key] ?? 'transparent';
      const darkValue = d ?? (fallback.dark as Record<string, unknown>)[key] ?? 'transparent';
      merged[key] = lightValue === darkValue ? lightValue : `light-dark(${String(lightValue)}, ${String(darkValue)})`;
    } else if (l !== undefined || d !== undefined) {
      merged[key] = l ?? d;
    }
  }
  return merged as CSSProperties;
}
