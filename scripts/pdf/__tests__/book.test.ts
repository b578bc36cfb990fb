import { describe, expect, test } from 'vitest';
import { isChapter, pdfFileName, pdfLink, sectionId, sidebarPages, siteRootFrom } from '../book.mjs';

const SIDEBAR = `<nav aria-label="Docs sidebar" class="menu thin-scrollbar menu_x"><ul class="theme-doc-sidebar-menu menu__list">
<li><a class="menu__link menu__link--active" aria-current=page href=/kia/>How to use</a>
<li><span class="sidebar-heading">Chapters</span>
<li><a class=menu__link href=/kia/ch04-replication-controllers>4.</a>
<li><a class=menu__link href="/kia/ch05-services">5.</a>
<li><a class=menu__link href=/kia/ch05-services#top>5 again</a>
<li><a class=menu__link href=/kia/manifests>Manifest catalog</a>
<li><a class=menu__link href=https://kubernetes.io/docs/>elsewhere</a>
</ul></nav><nav class="pagination-nav"><a href=/kia/ch06-volumes>next</a></nav>`;

describe('book order and names', () => {
  test('the sidebar gives the pages in order, once each, only the site pages', () => {
    expect(sidebarPages(`<main>${SIDEBAR}</main>`)).toEqual([
      '/kia/',
      '/kia/ch04-replication-controllers',
      '/kia/ch05-services',
      '/kia/manifests',
    ]);
    expect(() => sidebarPages('<main>no sidebar</main>')).toThrow(/No docs sidebar/);
  });

  test('the site root comes from the canonical link, quoted or not', () => {
    expect(siteRootFrom('<link data-rh=true rel=canonical href=https://notes.example.org/kia/>')).toBe(
      'https://notes.example.org/kia/',
    );
    expect(siteRootFrom('<link rel="canonical" href="http://localhost:3000/">')).toBe('http://localhost:3000/');
    expect(() => siteRootFrom('<head></head>')).toThrow(/canonical/);
  });

  test('chapters, file names and section ids', () => {
    expect(isChapter('/kia/ch05-services')).toBe(true);
    expect(isChapter('/ch12-securing-api-server')).toBe(true);
    expect(isChapter('/manifests')).toBe(false);
    expect(isChapter('/')).toBe(false);
    expect(pdfFileName('/kia/ch05-services')).toBe('ch05-services.pdf');
    expect(pdfFileName('/kia/')).toBe('index.pdf');
    expect(pdfFileName('/')).toBe('index.pdf');
    expect(sectionId('/commands')).toBe('book-commands');
  });
});

describe('links in a PDF', () => {
  const where = {
    serverRoot: 'http://127.0.0.1:4567/kia/',
    siteRoot: 'https://notes.example.org/kia/',
    inPdf: new Set(['/kia/ch05-services', '/kia/ch06-volumes']),
  };

  test('a page in the same PDF becomes an anchor, its heading anchor if it has one', () => {
    expect(pdfLink('http://127.0.0.1:4567/kia/ch06-volumes', where)).toBe('#book-ch06-volumes');
    expect(pdfLink('http://127.0.0.1:4567/kia/ch06-volumes#emptydir', where)).toBe('#emptydir');
  });

  test('other pages and files of the site get their public address', () => {
    expect(pdfLink('http://127.0.0.1:4567/kia/ch09-deployments#rollout', where)).toBe(
      'https://notes.example.org/kia/ch09-deployments#rollout',
    );
    expect(pdfLink('http://127.0.0.1:4567/kia/manifests/ch05/kubia-svc.yml', where)).toBe(
      'https://notes.example.org/kia/manifests/ch05/kubia-svc.yml',
    );
  });

  test('links to other hosts stay as they are', () => {
    expect(pdfLink('https://kubernetes.io/docs/', where)).toBe('https://kubernetes.io/docs/');
  });
});
