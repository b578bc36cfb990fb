/**
 * The reader's draft of a manifest, kept in sessionStorage so an accidental navigation within the tab
 * does not lose it. Versioned (`v`), keyed by file, and never trusted: a missing, corrupt or foreign
 * value reads as "no draft", and a storage that refuses writes (private mode, quota) only loses the
 * draft, never breaks the page. Loaded with every page (the "edited" mark), so it stays tiny.
 */
const PREFIX = 'kia:manifest-draft:';
const VERSION = 1;

interface StoredDraft {
  v: typeof VERSION;
  text: string;
  /** Length and checksum of the file the draft started from, to tell when the site's file changed. */
  base: string;
}

export interface Draft {
  text: string;
  /** True when the file on the site changed since the reader started this draft. */
  stale: boolean;
}

/** A short fingerprint of a text (FNV-1a over UTF-16 code units, with the length). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}-${hash.toString(16)}`;
}

function storage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined; // storage disabled by the browser
  }
}

export function readDraft(file: string, original: string): Draft | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + file);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Partial<StoredDraft>;
    if (stored.v !== VERSION || typeof stored.text !== 'string' || typeof stored.base !== 'string') return undefined;
    return { text: stored.text, stale: stored.base !== fingerprint(original) };
  } catch {
    return undefined;
  }
}

/** Keeps `text` as the draft of `file`; a text equal to the original removes the draft. */
export function writeDraft(file: string, original: string, text: string): void {
  try {
    const store = storage();
    if (!store) return;
    if (text === original) store.removeItem(PREFIX + file);
    else store.setItem(PREFIX + file, JSON.stringify({ v: VERSION, text, base: fingerprint(original) }));
  } catch {
    // Quota or a refused write: the draft lives on in the open editor only.
  }
}

/** Whether a draft of `file` exists (for the "edited" mark before the editor is opened). */
export function hasDraft(file: string): boolean {
  try {
    return Boolean(storage()?.getItem(PREFIX + file));
  } catch {
    return false;
  }
}
