/**
 * The study data in localStorage, under one key. Every write re-reads the stored document and applies the
 * change to it, so two open tabs never overwrite each other's reviews; other tabs' writes arrive through the
 * `storage` event. Damaged data is never overwritten by accident: writes are refused until the reader
 * exports what is readable or resets.
 */
import { emptyData, readData, serialize, type StudyData } from './data';

export const STORAGE_KEY = 'kia-study';

/** The part of the Web Storage API used here (tests pass a Map-backed one). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StudyState =
  | { status: 'ok'; data: StudyData }
  | { status: 'corrupt'; message: string; raw: string }
  | { status: 'unavailable'; message: string };

export function readState(storage: KeyValueStorage | undefined): StudyState {
  if (!storage) return { status: 'unavailable', message: 'This browser does not let the site keep data.' };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch (error) {
    return {
      status: 'unavailable',
      message: `This browser refused access to stored data (${(error as Error).message}).`,
    };
  }
  if (raw === null) return { status: 'ok', data: emptyData() };
  const result = readData(raw);
  return result.ok
    ? { status: 'ok', data: result.data }
    : { status: 'corrupt', message: `Your saved study data cannot be read. ${result.message}`, raw };
}

/**
 * Applies `change` to the data as stored right now and writes the result. Returns the new state; when the
 * stored data is damaged or the write fails, nothing is written and the state says why.
 */
export function updateStored(storage: KeyValueStorage | undefined, change: (data: StudyData) => StudyData): StudyState {
  const state = readState(storage);
  if (state.status !== 'ok' || !storage) return state;
  const next = change(state.data);
  if (next === state.data) return state;
  try {
    storage.setItem(STORAGE_KEY, serialize(next));
  } catch (error) {
    return { status: 'unavailable', message: `Your study data could not be saved (${(error as Error).message}).` };
  }
  return { status: 'ok', data: next };
}

/** Replaces whatever is stored (damaged or not) with `data`, or removes it. */
export function replaceStored(storage: KeyValueStorage | undefined, data: StudyData | undefined): StudyState {
  if (!storage) return readState(storage);
  try {
    if (data) storage.setItem(STORAGE_KEY, serialize(data));
    else storage.removeItem(STORAGE_KEY);
  } catch (error) {
    return { status: 'unavailable', message: `Your study data could not be saved (${(error as Error).message}).` };
  }
  return readState(storage);
}
