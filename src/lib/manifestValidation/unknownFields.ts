/**
 * Unknown fields (`contianers`), which Kubernetes' strict field validation rejects but its schemas do
 * not forbid (they say nothing like additionalProperties: false), so a schema validator alone accepts
 * them. The compiled validators read exactly the properties their schema defines, so we hand them a
 * Proxy that records every property they read: a field the validator never looked at is a field the
 * schema does not know. No copy of the schema is kept, so the check follows the pinned
 * kubernetes-models version.
 */
import { jsonPointer } from './fieldPath';
import type { PathSegment } from './types';

/** JSON pointer of an object -> the keys the validator read from it. */
export type ReadFields = Map<string, Set<string>>;

/** Wraps `value` so that every property the validator reads, at any depth, is recorded in `read`. */
export function recordReads(value: unknown, read: ReadFields, pointer = ''): unknown {
  if (value === null || typeof value !== 'object') return value;
  const seen = read.get(pointer) ?? new Set<string>();
  read.set(pointer, seen);
  return new Proxy(value, {
    get(target, key, receiver) {
      const child: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || !Object.hasOwn(target, key)) return child;
      seen.add(key);
      return recordReads(child, read, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    },
    has(target, key) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      // The validator enumerates a map (labels, data, annotations): every key of it is allowed.
      for (const key of Object.keys(target)) seen.add(key);
      return Reflect.ownKeys(target);
    },
  });
}

/** Paths of the fields of `value` that the validator never read, in document order. */
export function unreadFields(value: unknown, read: ReadFields, path: PathSegment[] = []): PathSegment[][] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, index) => unreadFields(item, read, [...path, index]));
  const seen = read.get(jsonPointer(path));
  return Object.entries(value).flatMap(([key, child]) =>
    seen?.has(key) ? unreadFields(child, read, [...path, key]) : [[...path, key]],
  );
}
