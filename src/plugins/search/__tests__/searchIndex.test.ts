import { describe, expect, test } from 'vitest';
import { forIndex, splitSections, textOf } from '../searchIndex';

const page = [
  '<html><body><nav>menu</nav><article><header><h1>Services &amp; more</h1></header>',
  '<div class=kia-content><p>Intro text.',
  '<h2 class="anchor" id=services>Services<a href=#services class=hash-link>\u200b</a></h2>',
  '<h3 class="anchor" id=get-service>Get Service<a href=#get-service class=hash-link>\u200b</a></h3>',
  '<p>Run it:<pre><code><span class=code-line>k get svc</span></code></pre>',
  '<h3 id="create-service">Create <code>svc</code></h3><table><tr><td>a<td>b</table>',
  '</div></article><footer>footer</footer></body></html>',
].join('');

describe('splitSections', () => {
  const sections = splitSections(page, '/ch05-services');

  test('one record per heading with text under it, the introduction at the page address', () => {
    expect(sections.map((section) => section.url)).toEqual([
      '/ch05-services',
      '/ch05-services#get-service',
      '/ch05-services#create-service',
    ]);
    expect(sections.map((section) => section.title)).toEqual(['Services & more', 'Get Service', 'Create svc']);
    expect(sections.every((section) => section.page === 'Services & more')).toBe(true);
  });

  test('each record is a small document: heading as h1, page title and reading order as meta', () => {
    const [, get] = sections;
    expect(get?.html).toContain('<article data-pagefind-meta="page:Services &amp; more">');
    expect(get?.html).toMatch(/<h1 data-pagefind-meta="order:5\d{3}">Get Service<\/h1>/);
    expect(get?.html).not.toContain('Create');
    expect(get?.html).not.toContain('footer');
  });

  test('a page without an article is an error naming the page', () => {
    expect(() => splitSections('<html></html>', '/x')).toThrow(/\/x/);
  });
});

describe('forIndex', () => {
  test('the k alias and short names in kubectl commands become the words searched for', () => {
    expect(forIndex('<span class=code-line>k get svc</span>')).toContain('kubectl get services');
    expect(forIndex('<code>k describe <span class="token">rs</span> x</code>')).toContain(
      'kubectl describe <span class="token">replicasets',
    );
    // An inline command whose words are explained: each word a link of its own.
    expect(
      forIndex(
        '<code><a href=#kx1 class="">k</a> <a href=#kx2 tabindex=-1>get</a> <a href=#kx3 tabindex=-1>rs</a></code>',
      ),
    ).toBe(
      '<code><a href=#kx1 class="">kubectl</a> <a href=#kx2 tabindex=-1>get</a> <a href=#kx3 tabindex=-1>replicasets</a></code>',
    );
    expect(forIndex('<span class=code-line>k <span class="token function">wait</span> --for')).toContain(
      'kubectl <span class="token function">wait',
    );
    // Not a kubectl subcommand after k, nor a type after a verb that takes none.
    expect(forIndex('<span class=code-line>k = 1</span>')).toContain('k = 1');
    expect(forIndex('<span class=code-line>kubectl logs svc</span>')).toContain('logs svc');
  });

  test('ids inside a section are left out (no anchors in the fragment)', () => {
    expect(forIndex('<details id=card-x class=card data-card-id=x><summary>Q')).toBe(
      '<details class=card data-card-id=x> <summary>Q',
    );
  });

  test('table cells and other blocks stay separate words', () => {
    expect(textOf(forIndex('<tr><td>container<td>resourceFieldRef'))).toBe('container resourceFieldRef');
  });
});
