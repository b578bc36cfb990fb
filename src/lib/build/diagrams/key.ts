/**
 * The name of a diagram's renders: a hash of everything that shapes the SVG (its source, Mermaid's
 * version, the theme settings, the post-processing format). Same inputs, same name; any change, a new
 * name, so a stale render can never be shown for a changed diagram.
 */
import crypto from 'node:crypto';
import { MERMAID_CONFIG, MERMAID_VERSION, RENDER_FORMAT } from '../../diagrams/settings';

/** Trailing spaces and blank edges of a block do not change a diagram. */
export function normalizeSource(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function diagramKey(source: string): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([normalizeSource(source), MERMAID_VERSION, MERMAID_CONFIG, RENDER_FORMAT]))
    .digest('hex')
    .slice(0, 16);
}
