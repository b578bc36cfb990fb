/**
 * The relation graphs reach the built pages: a chapter page lists its relations in the HTML (readable
 * without JavaScript), every link of the list lands on an id that exists, and so does every link of the
 * diagram's boxes. Expected relations are written by hand from manifests/ch05 and manifests/ch04.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPageFile, decode, readBuiltPage, stripTags } from './html';

const buildDir = path.resolve('build');
const page = readBuiltPage(builtPageFile(buildDir, '/ch05-services'));
// The minified HTML quotes attributes only where needed.
const sectionStart = page.main.search(/id="?how-this-chapters-objects-connect/);
if (sectionStart < 0) throw new Error(`${page.file}: no section "How this chapter's objects connect"`);
const section = page.main.slice(sectionStart);

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => decode(m[1] ?? m[2] ?? '')));
}

/** Whether `href` (`#x` on this page, `/chNN-...#x` on another) lands on an element id. */
function landsOnAnId(href: string): boolean {
  const [pathname, hash] = href.split('#');
  const html = pathname ? readBuiltPage(builtPageFile(buildDir, pathname)).html : page.html;
  return hash !== undefined && idsOf(html).has(hash);
}

/**
 * The box links of the chapter 5 diagram, drawn at build time and put into the page as SVG (light render):
 * its `<a xlink:href>` elements (attribute quotes are dropped by the HTML minifier).
 */
function diagramLinks(): string[] {
  const figure = /<figure[\s\S]*?<\/figure>/.exec(section)?.[0] ?? '';
  const light = /class="?diagram-light[\s\S]*?<\/svg>/.exec(figure)?.[0] ?? '';
  return [...light.matchAll(/<a\b[^>]*?\bxlink:href=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => decode(m[1] ?? m[2] ?? ''));
}

describe('relation graph of chapter 5 in the built page', () => {
  test('lists every relation with both objects and the field', () => {
    const items = [...section.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) => stripTags(m[1] ?? '').trim());
    expect(items.slice(0, 5).sort()).toEqual([
      'Ingress kubia (ingress-tls.yml) routes to Service kubia-nodeport through spec.rules[0].http.paths[0].backend.service.name',
      'Ingress kubia (ingress-tls.yml) serves TLS with Secret tls-secret (created by a command) through spec.tls[0].secretName',
      'Ingress kubia (ingress.yml) routes to Service kubia-nodeport through spec.rules[0].http.paths[0].backend.service.name',
      'Service kubia selects the pods of ReplicationController kubia (from chapter 4) through spec.selector',
      'Service kubia-nodeport selects the pods of ReplicationController kubia (from chapter 4) through spec.selector',
    ]);
  });

  test('every object link of the list lands on an id', () => {
    const list = /<ul\b[^>]*>[\s\S]*?<\/ul>/.exec(section)?.[0] ?? '';
    const hrefs = [...list.matchAll(/<a\b[^>]*?href=(?:"([^"]+)"|([^\s>]+))/g)].map((m) => decode(m[1] ?? m[2] ?? ''));
    expect(hrefs).toContain('#ch05-kubia-svc-yml');
    expect(hrefs).toContain('/ch04-replication-controllers#ch04-kubia-rc-yml');
    expect(hrefs.filter((href) => !landsOnAnId(href))).toEqual([]);
  });

  test('every box of the diagram links to an id that exists', () => {
    const links = diagramLinks();
    expect(links).toEqual(
      expect.arrayContaining([
        '#ch05-kubia-svc-yml',
        '#enabling-https-for-an-ingress',
        '/ch04-replication-controllers#ch04-kubia-rc-yml',
      ]),
    );
    expect(links.filter((href) => !landsOnAnId(href))).toEqual([]);
  });
});

describe('relation graphs in the manifest catalog', () => {
  test('every chapter whose manifests relate has its graph drawn, as its page draws it', () => {
    const catalog = fs.readFileSync(path.join(buildDir, 'manifests.html'), 'utf8');
    const relations = catalog.slice(catalog.indexOf('id=all-relations'));
    const images = [...relations.matchAll(/<img\b[^>]*class="?diagram-light\b[^>]*src=([^\s>]+)/g)].map(
      (m) => m[1] ?? '',
    );
    // ch05, ch06, ch07, ch09, ch10 and ch12 relate (written by hand from manifests/).
    expect(images).toHaveLength(6);
    const chapterPage = fs.readFileSync(path.join(buildDir, 'ch05-services.html'), 'utf8');
    const key = /\/diagrams\/([0-9a-f]{16})-light\.svg/.exec(images[0] ?? '')?.[1];
    expect(key && chapterPage.includes(`d${key}-light`)).toBe(true);
  });
});
