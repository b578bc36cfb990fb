/** Drafts in sessionStorage: kept per file, removed when equal to the file, never trusted when corrupt. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fingerprint, hasDraft, readDraft, writeDraft } from '../draft';

class MemoryStorage {
  items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal('window', { sessionStorage: storage });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const FILE = 'ch05/kubia-svc.yml';
const ORIGINAL = 'apiVersion: v1\nkind: Service\n';

describe('manifest drafts', () => {
  test('a draft is kept per file and read back', () => {
    writeDraft(FILE, ORIGINAL, 'apiVersion: v1\nkind: Servic\n');
    expect(readDraft(FILE, ORIGINAL)).toEqual({ text: 'apiVersion: v1\nkind: Servic\n', stale: false });
    expect(hasDraft(FILE)).toBe(true);
    expect(hasDraft('ch05/nodeport.yml')).toBe(false);
  });

  test('going back to the file text removes the draft', () => {
    writeDraft(FILE, ORIGINAL, 'changed');
    writeDraft(FILE, ORIGINAL, ORIGINAL);
    expect(readDraft(FILE, ORIGINAL)).toBeUndefined();
    expect(hasDraft(FILE)).toBe(false);
  });

  test('a draft of an older version of the file is marked stale', () => {
    writeDraft(FILE, ORIGINAL, 'changed');
    expect(readDraft(FILE, `${ORIGINAL}# new comment\n`)).toEqual({ text: 'changed', stale: true });
  });

  test.each([
    ['not JSON', '{'],
    ['another version', JSON.stringify({ v: 2, text: 'x', base: 'y' })],
    ['a text that is not a string', JSON.stringify({ v: 1, text: 3, base: 'y' })],
    ['null', 'null'],
  ])('a corrupt value (%s) reads as no draft', (_name, value) => {
    storage.items.set(`kia:manifest-draft:${FILE}`, value);
    expect(readDraft(FILE, ORIGINAL)).toBeUndefined();
  });

  test('a storage that refuses writes, or no storage at all, breaks nothing', () => {
    storage.failWrites = true;
    expect(() => writeDraft(FILE, ORIGINAL, 'changed')).not.toThrow();
    vi.stubGlobal('window', undefined);
    expect(readDraft(FILE, ORIGINAL)).toBeUndefined();
    expect(hasDraft(FILE)).toBe(false);
  });

  test('fingerprints differ for texts that differ, and carry the length', () => {
    expect(fingerprint('abc')).toMatch(/^3-[0-9a-f]+$/);
    expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
  });
});
