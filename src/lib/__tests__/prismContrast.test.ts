import { describe, expect, test } from 'vitest';
import { themes } from 'prism-react-renderer';
import { contrastRatio, parseColor, readableOn, withReadableContrast } from '../prismContrast';

describe('prismContrast', () => {
  test('parses the colour syntaxes Prism themes use', () => {
    expect(parseColor('#fff')).toEqual([255, 255, 255]);
    expect(parseColor('#00a4db')).toEqual([0, 164, 219]);
    expect(parseColor('rgb(106, 153, 85)')).toEqual([106, 153, 85]);
    expect(parseColor('hsl(0, 0%, 0%)')).toEqual([0, 0, 0]);
    expect(parseColor('inherit')).toBeUndefined();
  });

  test('black on white is 21:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });

  test('keeps readable colours and darkens unreadable ones on a light background', () => {
    expect(readableOn('#393A34', '#f6f8fa')).toBe('#393A34');
    const fixed = readableOn('#999988', '#f6f8fa');
    expect(fixed).not.toBe('#999988');
    expect(contrastRatio(parseColor(fixed)!, parseColor('#f6f8fa')!)).toBeGreaterThanOrEqual(4.5);
  });

  test('lightens unreadable colours on a dark background', () => {
    const fixed = readableOn('rgb(0, 0, 128)', '#1E1E1E');
    expect(contrastRatio(parseColor(fixed)!, parseColor('#1E1E1E')!)).toBeGreaterThanOrEqual(4.5);
  });

  test.each([
    ['github', themes.github],
    ['vsDark', themes.vsDark],
  ])('every token of the %s theme becomes readable', (_, theme) => {
    const fixed = withReadableContrast(theme);
    const background = parseColor(String(fixed.plain.backgroundColor))!;
    for (const style of fixed.styles) {
      const color = style.style.color && parseColor(style.style.color);
      if (color) expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
