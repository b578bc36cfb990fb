/**
 * Code blocks are highlighted at build time: every block of every page is in the HTML with its token
 * classes and no inline styles, and no highlighter (Prism) is shipped to the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const buildDir = path.resolve('build');
const pages = fs.readdirSync(buildDir).filter((file) => /^ch\d\d-.*\.html$/.test(file));

describe('code blocks in the build', () => {
  test.each(pages)(
    '%s: every <pre> is a build-time code block, highlighted by class, without inline styles',
    (file) => {
      const html = fs.readFileSync(path.join(buildDir, file), 'utf8');
      const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
      const pres = [...main.matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/g)];
      expect(pres.length).toBeGreaterThanOrEqual(3);
      for (const [pre, body = ''] of pres) {
        expect(body, pre.slice(0, 200)).toMatch(/^<code><span class="?code-line"?>/);
        expect(body).not.toMatch(/\sstyle="/);
      }
      // bash and YAML blocks carry token classes.
      expect(main).toMatch(/<span class="?token [a-z-]+/);
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
