import { describe, expect, test } from 'vitest';
import { finishSvg, prefixIds, svgInfo } from '../svg';

describe('render post-processing', () => {
  test('prefixes IDs and the references to them, leaving prefixed ones alone', () => {
    const svg =
      '<svg id="p-0"><defs><marker id="arrow"/></defs><path id="L_a_b_0" marker-end="url(#arrow)"/>' +
      '<use href="#L_a_b_0"/><g id="p-0-node"/></svg>';
    expect(prefixIds(svg, 'p-0')).toBe(
      '<svg id="p-0"><defs><marker id="p-0-arrow"/></defs><path id="p-0-L_a_b_0" marker-end="url(#p-0-arrow)"/>' +
        '<use href="#p-0-L_a_b_0"/><g id="p-0-node"/></svg>',
    );
  });

  test('gives the root a fixed size and a background, replacing Mermaid’s width and style', () => {
    const svg = '<svg id="x" width="100%" style="max-width: 300.5px;" viewBox="0 0 300.5 80.2"><g/></svg>';
    expect(finishSvg(svg, { width: 300.5, height: 80.2 }, '#ffffff')).toBe(
      '<svg width="301" height="81" style="background-color: #ffffff" id="x" viewBox="0 0 300.5 80.2"><g/></svg>',
    );
  });

  test('reads size, title and description; names the file when it is not a render', () => {
    const svg = '<svg viewBox="0 0 10.2 20"><title>A &amp; B</title><desc>Two boxes</desc></svg>';
    expect(svgInfo(svg, 'x.svg')).toEqual({ width: 11, height: 20, title: 'A & B', description: 'Two boxes' });
    expect(() => svgInfo('<svg></svg>', 'static/diagrams/x.svg')).toThrow(
      /^static\/diagrams\/x\.svg: not a diagram render/,
    );
  });
});
