import { describe, expect, test } from 'vitest';
import { cssString, pageTitleRule } from '../printMargin';

describe('print margin title', () => {
  test('a title becomes a CSS string with quotes, backslashes and line breaks made safe', () => {
    expect(cssString('Services')).toBe('"Services"');
    expect(cssString('The "kubia" pod')).toBe('"The \\"kubia\\" pod"');
    expect(cssString('C:\\path')).toBe('"C:\\\\path"');
    expect(cssString('two\nlines')).toBe('"two lines"');
  });

  test('the rule puts it in the top centre of every page', () => {
    expect(pageTitleRule('Services')).toBe(
      '@page { @top-center { content: "Services"; font-size: 9pt; color: #525860; } }',
    );
  });
});
