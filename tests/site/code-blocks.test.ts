/**
 * Code blocks are highlighted at build time: every block of every page is in the HTML with its token
 * classes and no inline styles, and no highlighter (Prism) is shipped to the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { attr, descendants, hasClass, readHtml, select, selectAll, type HtmlElement } from '../builtHtml';

const buildDir = path.resolve('build');
const pages = fs.readdirSync(buildDir).filter((file) => /^ch\d\d-.*\.html$/.test(file));

/** The first child node of an element, if it is an element (no text before it). */
function firstChild(element: HtmlElement): HtmlElement | undefined {
  const first = element.childNodes[0];
  return first && 'tagName' in first ? first : undefined;
}

/** `<pre><code><span class="code-line">...`: the first elements of a block, for failure messages. */
const outline = (element: HtmlElement) =>
  [element, ...descendants(element).slice(0, 3)]
    .map((child) => `<${child.tagName}${attr(child, 'class') ? ` class="${attr(child, 'class')}"` : ''}>`)
    .join('');

describe('code blocks in the build', () => {
  test.each(pages)('%s: each code block button is one named element (icon in CSS, name in aria-label)', (file) => {
    const buttons = selectAll(readHtml(path.join(buildDir, file)), 'button').filter(
      (button) => attr(button, 'data-code-action') !== undefined,
    );
    expect(buttons.length).toBeGreaterThan(0);
    const bad = buttons.filter((button) => descendants(button).length > 0 || !attr(button, 'aria-label'));
    expect(bad.map(outline)).toEqual([]);
  });

  test.each(pages)(
    '%s: every <pre> is a build-time code block, highlighted by class, without inline styles',
    (file) => {
      const main = select(readHtml(path.join(buildDir, file)), 'main');
      if (!main) throw new Error(`${file}: no <main>`);
      const pres = selectAll(main, 'pre');
      expect(pres.length).toBeGreaterThanOrEqual(3);
      for (const pre of pres) {
        // <pre><code><span class="code-line">...: the block as the build wrote it.
        const code = firstChild(pre);
        expect(code?.tagName, outline(pre)).toBe('code');
        const line = code && firstChild(code);
        expect(line && line.tagName === 'span' && hasClass(line, 'code-line'), outline(pre)).toBe(true);
        expect(descendants(pre).filter((element) => attr(element, 'style') !== undefined)).toEqual([]);
      }
      // bash and YAML blocks carry token classes.
      expect(selectAll(main, 'span.token').length).toBeGreaterThan(0);
    },
  );

  test('no JavaScript of the build contains Prism’s tokenizer or grammars', () => {
    const jsDir = path.join(buildDir, 'assets', 'js');
    const withPrism = fs
      .readdirSync(jsDir)
      .filter((file) => file.endsWith('.js'))
      .filter((file) =>
        /matchGrammar|prism-markup-templating|languages\.yaml/.test(fs.readFileSync(path.join(jsDir, file), 'utf8')),
      );
    expect(withPrism).toEqual([]);
  });

  test('one stylesheet colours code in both modes', () => {
    const cssDir = path.join(buildDir, 'assets', 'css');
    const css = fs
      .readdirSync(cssDir)
      .map((file) => fs.readFileSync(path.join(cssDir, file), 'utf8'))
      .join('\n');
    expect(css).toMatch(/(?:^|[},])\.kia-code \.token\.comment/m);
    expect(css).toMatch(/html\[data-theme=(?:'|")?dark(?:'|")?\] \.kia-code \.token\.comment/);
  });
});
