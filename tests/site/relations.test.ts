/**
 * The relation graphs reach the built pages: a chapter page lists its relations in the HTML (readable
 * without JavaScript), every link of the list lands on an id that exists, and so does every link of the
 * diagram's boxes. Expected relations are written by hand from manifests/ch05 and manifests/ch04.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  attr,
  builtPageFile,
  idsOf,
  readBuiltPage,
  readHtml,
  sectionOf,
  select,
  selectAll,
  textOf,
} from '../builtHtml';

const buildDir = path.resolve('build');
const page = readBuiltPage(builtPageFile(buildDir, '/ch05-services'));
const section =
  sectionOf(page.main, 'how-this-chapters-objects-connect') ??
  raise(`${page.file}: no section "How this chapter's objects connect"`);
const list = select(section, 'ul');

function raise(message: string): never {
  throw new Error(message);
}

/** Whether `href` (`#x` on this page, `/chNN-...#x` on another) lands on an element id. */
function landsOnAnId(href: string): boolean {
  const [pathname, hash] = href.split('#');
  const document = pathname ? readHtml(builtPageFile(buildDir, pathname)) : page.document;
  return hash !== undefined && idsOf(document).has(hash);
}

/**
 * The box links of the chapter 5 diagram, drawn at build time and put into the page as SVG (light render):
 * its `<a xlink:href>` elements.
 */
function diagramLinks(): string[] {
  const light = select(section, 'figure .diagram-light');
  return light ? selectAll(light, 'a').flatMap((link) => attr(link, 'xlink:href') ?? []) : [];
}

describe('relation graph of chapter 5 in the built page', () => {
  test('lists every relation with both objects and the field', () => {
    const items = list ? selectAll(list, 'li').map((item) => textOf(item).trim()) : [];
    expect(items.slice(0, 5).sort()).toEqual([
      'Ingress kubia (ingress-tls.yml) routes to Service kubia-nodeport through spec.rules[0].http.paths[0].backend.service.name',
      'Ingress kubia (ingress-tls.yml) serves TLS with Secret tls-secret (created by a command) through spec.tls[0].secretName',
      'Ingress kubia (ingress.yml) routes to Service kubia-nodeport through spec.rules[0].http.paths[0].backend.service.name',
      'Service kubia selects the pods of ReplicationController kubia (from chapter 4) through spec.selector',
      'Service kubia-nodeport selects the pods of ReplicationController kubia (from chapter 4) through spec.selector',
    ]);
  });

  test('every object link of the list lands on an id', () => {
    const hrefs = list ? selectAll(list, 'a').flatMap((link) => attr(link, 'href') ?? []) : [];
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
    const relations = select(readHtml(path.join(buildDir, 'manifests.html')), 'section[aria-labelledby=all-relations]');
    const images = relations ? selectAll(relations, 'img.diagram-light').map((img) => attr(img, 'src') ?? '') : [];
    // ch05, ch06, ch07, ch09, ch10 and ch12 relate (written by hand from manifests/).
    expect(images).toHaveLength(6);
    // The chapter page puts the same render into the page as SVG, its ids prefixed `d<key>-light`.
    const key = /\/diagrams\/([0-9a-f]{16})-light\.svg/.exec(images[0] ?? '')?.[1];
    expect(key).toBeDefined();
    expect([...idsOf(page.document)].some((id) => id.startsWith(`d${key}-light`))).toBe(true);
  });
});
