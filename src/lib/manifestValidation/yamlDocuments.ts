/**
 * Parses the text of a manifest with `yaml` (which keeps the position of every node) and places field
 * paths in the text: the key of a field, its value, or the object that lacks it.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Anchor, PathSegment } from './types';

export interface ParsedDocument {
  /** 1-based number among the file's non-empty documents. */
  index: number;
  document: Document.Parsed;
  /** The document as plain data (undefined when it has syntax errors). */
  value: unknown;
}

export interface SyntaxProblem {
  document: number;
  from: number;
  to: number;
  message: string;
}

export interface ParsedText {
  lineCounter: LineCounter;
  documents: ParsedDocument[];
  syntax: SyntaxProblem[];
}

/** `yaml`'s messages end with " at line 8, column 6:" and a snippet of the text; the list shows those apart. */
function shortMessage(message: string): string {
  return (message.split(/ at line \d+, column \d+/)[0] ?? message).trim();
}

export function parseYaml(text: string): ParsedText {
  const lineCounter = new LineCounter();
  const documents: ParsedDocument[] = [];
  const syntax: SyntaxProblem[] = [];
  let index = 0;
  for (const document of parseAllDocuments(text, { lineCounter, prettyErrors: false })) {
    // A document of only comments (or the empty one after a trailing `---`) is no object.
    const contents = document.contents;
    const empty = contents === null || (isScalar(contents) && contents.value === null);
    if (empty && document.errors.length === 0) continue;
    index += 1;
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        syntax.push({ document: index, from: error.pos[0], to: error.pos[1], message: shortMessage(error.message) });
      }
      documents.push({ index, document, value: undefined });
    } else {
      documents.push({ index, document, value: document.toJS({ maxAliasCount: 100 }) });
    }
  }
  return { lineCounter, documents, syntax };
}

type Range = [number, number];

function rangeOf(node: Node | null | undefined): Range | undefined {
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/**
 * The text range a problem points at. Walks the path as far as the document has it: a missing field
 * points at the key of the object that should hold it (or at the object when it is the whole document).
 */
export function locate(document: Document.Parsed, path: readonly PathSegment[], anchor: Anchor): Range {
  let node: unknown = document.contents;
  let keyRange: Range | undefined;
  const fallback: Range = rangeOf(document.contents as Node) ?? [0, 0];
  const steps = anchor === 'parent' ? path.slice(0, -1) : path;
  for (const segment of steps) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      keyRange = rangeOf(pair.key as Node);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      keyRange = rangeOf(node as Node);
    } else {
      break;
    }
  }
  const valueRange = rangeOf(node as Node);
  if (anchor === 'value') return valueRange ?? keyRange ?? fallback;
  // The key of the field (unknown field), or the key of the object that lacks a field.
  if (keyRange) return keyRange;
  // A field missing at the top of the document: point at its first line.
  return [fallback[0], fallback[0]];
}
