/** The manifest editor in a page, for the browser tests: open it, find a line, type over it, read its verdict. */
import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';

// The release of kubernetes-models' schemas, as reviewed in the data file (the package has 1.36 while today is 1.37).
const versions = JSON.parse(fs.readFileSync('src/data/versions.json', 'utf8')) as { schemaKubernetes: string };
/** The editor's summary for a manifest without problems. */
export const VALID = `valid for Kubernetes ${versions.schemaKubernetes}`;

/** 1-based number of the first line of `text` that contains `needle` (outside comments). */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.replace(/#.*$/, '').includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

/** Opens the folded manifest `file` on the page and its editor; resolves once the editor takes keys. */
export async function openEditor(page: Page, file: string): Promise<Locator> {
  const box = page.locator(`details[data-manifest="${file}"]`).first();
  if (!(await box.evaluate((element) => (element as HTMLDetailsElement).open))) await box.locator('summary').click();
  await box.locator(`[data-edit-manifest="${file}"]`).click();
  const editor = box.locator(`[data-manifest-editor="${file}"]`);
  await editor.locator('.cm-content[contenteditable="true"]').waitFor();
  return editor;
}

/** The editor's verdict line ("valid for Kubernetes ..." or its problems). */
export const summary = (editor: Locator): Promise<string | null> =>
  editor.locator('[data-validation-summary]').textContent();

/** Selects the whole text of line `line` after its indentation (keyboard only) and types `text` over it. */
export async function replaceLine(page: Page, editor: Locator, line: number, text: string): Promise<void> {
  await editor.locator('.cm-content').focus();
  await page.keyboard.press('Control+Home');
  for (let step = 1; step < line; step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(text);
}
