/**
 * The study data in the browser: one snapshot of localStorage shared by every component of the page, kept
 * current by this tab's writes and by other tabs (the `storage` event). Server rendering sees `loading`, so
 * the static HTML never depends on a reader's data. While the page hydrates, components see `loading`
 * too, and the reader's data follows in a transition: a store that differs from the server's snapshot
 * during hydration makes React re-render synchronously, in one long task on a phone.
 */
import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';
import { isHydrating } from '@site/src/lib/browser/hydration';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { StudyData } from '../study/data';
import type { StudyGlobalData } from '../study/chapters';
import {
  STORAGE_KEY,
  readState,
  replaceStored,
  updateStored,
  type KeyValueStorage,
  type StudyState,
} from '../study/storage';

export type ClientState = StudyState | { status: 'loading' };

const CHANGE_EVENT = 'kia-study-change';
const LOADING: ClientState = { status: 'loading' };
const loading = (): ClientState => LOADING;

function storage(): KeyValueStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // Some browsers throw on access when storage is blocked.
  }
}

function rawValue(): string | null | undefined {
  try {
    return storage()?.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
}

let cached: { raw: string | null | undefined; state: StudyState } | undefined;

function snapshot(): StudyState {
  const raw = rawValue();
  if (!cached || cached.raw !== raw) cached = { raw, state: readState(storage()) };
  return cached.state;
}

function subscribe(notify: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) notify();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, notify);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, notify);
  };
}

/** The reader's study data, re-rendered when it changes here or in another tab. */
export function useStudyState(): ClientState {
  const [hydrated, setHydrated] = useState(() => !isHydrating());
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return useSyncExternalStore(subscribe, hydrated ? snapshot : loading, loading);
}

/** Applies a change to the data as stored now (another tab may have written since this page read it). */
export function updateStudy(change: (data: StudyData) => StudyData): StudyState {
  const state = updateStored(storage(), change);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return state;
}

/** Replaces the stored data (reset, or keeping what was readable of damaged data). */
export function replaceStudy(data: StudyData | undefined): StudyState {
  const state = replaceStored(storage(), data);
  window.dispatchEvent(new Event(CHANGE_EVENT));
  return state;
}

/** The chapters, their sections and card ids, from the cards plugin. */
export function useStudyChapters(): StudyGlobalData['chapters'] {
  return (usePluginData('kia-cards') as StudyGlobalData | undefined)?.chapters ?? [];
}
