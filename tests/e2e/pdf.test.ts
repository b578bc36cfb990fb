/**
 * `npm run pdf` (scripts/pdf/index.mjs) on the production build, limited to the intro and the chapters
 * (the manifest catalog and command index hold no cards and take long to print): the whole-site PDF
 * holds them in sidebar order with bookmarks and tags, each chapter gets its own PDF, every self-check
 * answer and every folded support file is in them, and a page that fails to render stops it, naming
 * the page. Read with poppler's pdfinfo, pdftohtml and pdftotext.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium, imagesLoaded, makePdfs } from '../../scripts/pdf/index.mjs';
import { loadPages } from '../../src/lib/build/content';
import { launchChromium } from './chromium';
import { foldedFiles, pdfText, showsAnswer, showsFile, sourceCards } from './pdfContent';

/** The chapters, from the sources: routes `/chNN-<topic>` in sidebar order. */
const CHAPTERS = loadPages(path.resolve('docs'))
  .map((page) => page.permalink)
  .filter((route) => /^\/ch\d{2}-/.test(route));
const PRINTED = new Set(['/', ...CHAPTERS]);
/** For the failing render: the intro, then the chapter that fails. */
const PAGES = new Set(['/', '/ch04-replication-controllers', '/ch12-securing-api-server']);
let workDir: string;
let files: string[];

function pdfinfo(file: string): Record<string, string> {
  const text = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    text.split('\n').map((line) => [line.split(':')[0]?.trim() ?? '', line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/** The bookmarks of a PDF, as pdftohtml lists them, one title per entry in order. */
function bookmarks(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], {
    encoding: 'utf8',
    // The whole-site PDF's text is several MB, past execFileSync's 1 MB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  return [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((match) => match[1] ?? '');
}

beforeAll(async () => {
  if (spawnSync('pdfinfo', ['-v']).error)
    throw new Error('This test reads PDFs with poppler: `sudo apt-get install poppler-utils`.');
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kia-pdf-'));
  files = await makePdfs({
    outDir: path.join(workDir, 'pdf'),
    only: (route) => PRINTED.has(route),
    log: () => undefined,
  });
  // Nine chapters, each opened, printed and its content gathered, then the whole site printed: minutes on
  // a busy two-core machine.
}, 600_000);
afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** The PDF of a chapter. */
function fileOf(route: string): string {
  const file = files.find((name) => path.basename(name) === `${route.slice(1)}.pdf`);
  if (!file) throw new Error(`No PDF for ${route} among ${files.join(', ')}`);
  return file;
}

describe('npm run pdf', () => {
  test('writes the whole-site PDF and one per chapter', () => {
    expect(CHAPTERS).toContain('/ch04-replication-controllers');
    expect(files.map((file) => path.basename(file))).toEqual([
      'kia-notes.pdf',
      ...CHAPTERS.map((route) => `${route.slice(1)}.pdf`),
    ]);
  });

  test('PDFs are tagged, A4, and have bookmarks for the chapter and its sections', () => {
    for (const file of files) {
      const info = pdfinfo(file);
      expect(info.Tagged, file).toBe('yes');
      expect(info['Page size'], file).toMatch(/\(A4\)/);
      expect(Number(info.Pages), file).toBeGreaterThanOrEqual(2);
    }
    const chapter = bookmarks(fileOf('/ch12-securing-api-server'));
    expect(chapter).toEqual(expect.arrayContaining(['Creating Service Accounts', 'RBAC (Role Based Access Control)']));
  });

  test('the whole-site PDF holds the pages in sidebar order, the intro first', () => {
    // Chromium drops the space where a heading wraps onto a second line ("Replication and
    // othercontrollers"): bookmarks are compared without spaces.
    const marks = bookmarks(files[0] as string).map((title) => title.replace(/\s+/g, ''));
    const intro = marks.indexOf('KubernetesinAction:studynotes');
    const ch04 = marks.findIndex((title) => title.startsWith('Replicationandothercontrollers'));
    const ch12 = marks.findIndex((title) => title.startsWith('SecuringtheKubernetesAPIserver'));
    expect(intro).toBeGreaterThanOrEqual(0);
    expect(ch04).toBeGreaterThan(intro);
    expect(ch12).toBeGreaterThan(ch04);
    expect(Number(pdfinfo(files[0] as string).Pages)).toBeGreaterThan(
      Number(pdfinfo(fileOf('/ch12-securing-api-server')).Pages),
    );
  });

  test('a page that fails to render stops it, naming the page', async () => {
    const broken = path.join(workDir, 'broken');
    fs.cpSync('build', broken, { recursive: true });
    const file = path.join(broken, 'ch04-replication-controllers.html');
    // A script the page cannot load: the browser reports the failed request as an error.
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('</head>', '<script src="/no-such-script.js"></script></head>'),
    );
    await expect(
      makePdfs({
        buildDir: broken,
        outDir: path.join(workDir, 'broken-pdf'),
        only: (route) => PAGES.has(route),
        log: () => undefined,
      }),
    ).rejects.toThrow(/the page \/ch04-replication-controllers failed to render: .*404/);
  });

  test('it waits for an image that arrives late, and names one that never arrives instead of hanging', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
      await page.route('http://kia.test/late.svg', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.fulfill({ contentType: 'image/svg+xml', body: svg });
      });
      // Never answered: the request stays pending.
      await page.route('http://kia.test/never.svg', () => undefined);
      await page.setContent('<p>images</p>');
      await page.evaluate(() => {
        const late = document.createElement('img');
        late.src = 'http://kia.test/late.svg';
        document.body.append(late);
      });
      await expect(imagesLoaded(page, 10_000)).resolves.toEqual([]);
      expect(await page.evaluate(() => document.images[0]?.complete)).toBe(true);
      await page.evaluate(() => {
        const never = document.createElement('img');
        never.src = 'http://kia.test/never.svg';
        document.body.append(never);
      });
      await expect(imagesLoaded(page, 300)).resolves.toEqual(['http://kia.test/never.svg']);
    } finally {
      await browser.close();
    }
  });

  test('without Chromium it says how to install it', () => {
    expect(() => findChromium({}, ['/nowhere/chromium'])).toThrow('install it with `sudo apt-get install chromium`');
    expect(() => findChromium({ CHROME_PATH: '/nowhere/chromium' })).toThrow(
      'CHROME_PATH=/nowhere/chromium does not exist',
    );
    expect(findChromium({})).toMatch(/chrom/);
  });
});

describe('every self-check answer and every folded support file is printed', () => {
  const cards = sourceCards();
  const folded = foldedFiles();

  test('the sources have cards in every chapter and folded support files', () => {
    expect(new Set(cards.map((card) => card.page))).toEqual(new Set(CHAPTERS));
    expect(folded.length).toBeGreaterThanOrEqual(10);
    expect(folded.map((file) => file.file)).toEqual(
      expect.arrayContaining(['ch06/dockerfiles-fortune/Dockerfile', 'ch07/dockerfiles-fortune-args/fortuneloop.sh']),
    );
  });

  test("the whole-site PDF: each card's answer under its question, a line of each folded file", () => {
    const text = pdfText(files[0] as string);
    // A card of every chapter, named in the failure.
    for (const chapter of CHAPTERS) {
      const card = cards.find((entry) => entry.page === chapter);
      expect(card && showsAnswer(text, card), `${chapter}: ${card?.id}`).toBe(true);
    }
    expect(cards.filter((card) => !showsAnswer(text, card)).map((card) => card.id)).toEqual([]);
    expect(cards.filter((card) => showsAnswer(text, card)).length).toBe(cards.length);
    expect(folded.filter((file) => !showsFile(text, file)).map((file) => file.file)).toEqual([]);
  });

  test("each chapter's PDF: its cards' answers and its folded files", () => {
    for (const chapter of CHAPTERS) {
      const text = pdfText(fileOf(chapter));
      const own = cards.filter((card) => card.page === chapter);
      expect(
        own.filter((card) => !showsAnswer(text, card)).map((card) => card.id),
        chapter,
      ).toEqual([]);
      const ownFiles = folded.filter((file) => file.page === chapter);
      expect(
        ownFiles.filter((file) => !showsFile(text, file)).map((file) => file.file),
        chapter,
      ).toEqual([]);
    }
  });
});
