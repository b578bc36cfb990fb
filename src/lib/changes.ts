/**
 * "What changed since the book": every `:::changed` admonition and every `:::correction` of the chapters, read
 * from the content model (each page parsed once), as entries with the version named in the title and the
 * section they sit in. The changes page (src/plugins/changes) renders them grouped by version or by chapter.
 */
import { isChapter } from './pdf/files.mjs';
import { linkToLine, type Page } from './contentModel';
import type { ChangeEntry } from './changeGroups';

export { byChapter, byVersion, type ChangeEntry, type ChangeGroup, type ChangeKind } from './changeGroups';

/** `Title · Kubernetes 1.33`: the title, the tool and the version (CONTRIBUTING.md, "Corrections"). */
const VERSIONED = /^(.*?)\s*·\s*(Kubernetes|kubectl|minikube)\s+v?(\d+\.\d+(?:\.\d+)?)\s*$/;

/** Every `:::changed` and `:::correction` of the chapter pages; a `:::changed` without a version is an error. */
export function changeEntries(pages: readonly Page[]): ChangeEntry[] {
  return pages
    .filter((page) => isChapter(page.permalink))
    .flatMap((page) =>
      page.admonitions
        .filter((admonition) => admonition.name === 'changed' || admonition.name === 'correction')
        .map((admonition): ChangeEntry => {
          const source = `docs/${page.relativePath}:${admonition.line}`;
          const base = {
            chapter: page.sidebarPosition,
            chapterTitle: page.title,
            href: linkToLine(page, admonition.line),
            source,
          };
          if (admonition.name === 'correction') {
            return { kind: 'correction', title: admonition.title, ...base };
          }
          const match = VERSIONED.exec(admonition.title);
          if (!match) {
            throw new Error(
              `${source}: :::changed[${admonition.title}] names no version: end the title with "· Kubernetes 1.NN" ` +
                `(or kubectl, minikube)`,
            );
          }
          const [, title = '', tool = '', version = ''] = match;
          return { kind: 'changed', title, tool, version, ...base };
        }),
    );
}
