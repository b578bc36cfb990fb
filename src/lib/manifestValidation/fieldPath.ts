/** Field paths as readers and Ajv write them. */
import type { PathSegment } from './types';

/** `['spec', 'containers', 0, 'image']` -> `spec.containers[0].image`. */
export function fieldPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const key = /^[A-Za-z_$][\w$-]*$/.test(segment) ? segment : JSON.stringify(segment);
    return text ? `${text}.${key}` : key;
  }, '');
}

/** `['spec', 'containers', 0]` -> `/spec/containers/0` (JSON pointer, RFC 6901). */
export function jsonPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Ajv's instancePath (a JSON pointer) -> segments; digits inside an array become numbers. */
export function parsePointer(pointer: string, root: unknown): PathSegment[] {
  if (!pointer) return [];
  const segments: PathSegment[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    segments.push(segment);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[String(segment)] : undefined;
  }
  return segments;
}
