/**
 * Shell lines as the shell reads them, with shell-quote doing the quoting, escaping and comments. A line
 * is split into the commands that run one after the other (`;`, `&&`, `||`, `&`); a pipeline (`a | b`)
 * stays one command, as it is one thing a reader types. Each command keeps its text exactly as written,
 * so the index shows what the page shows.
 */
import { parse, type ParseEntry } from 'shell-quote';

export interface ShellSegment {
  /** The command text as written, trimmed, operators around it removed. */
  text: string;
  /** Command lines nested in `$(...)` or `<(...)` inside this one. */
  nested: string[];
}

/** Keep `$NAME` as written: the notes' variables are placeholders, not values to expand. */
const keepVariables = (name: string) => `$${name}`;

function parseLine(text: string): ParseEntry[] {
  try {
    return parse(text, keepVariables);
  } catch {
    // shell-quote throws on a malformed `${...}`; read the line without variables rather than not at all.
    return parse(text.replace(/\$\{/g, '{'), keepVariables);
  }
}

/** Splits a command into words the way the shell would, with the quotes removed; operators stay as words. */
export function shellWords(command: string): string[] {
  return parseLine(command).flatMap((entry): string[] => {
    if (typeof entry === 'string') return [entry];
    if ('comment' in entry) return [];
    if (entry.op === 'glob') return [entry.pattern];
    return [entry.op];
  });
}

/**
 * Places in a line that may end a command, open or close a substitution, or start a comment; the ones
 * that are not quoted or escaped are the real ones (shell-quote decides, see `realPlaces`).
 */
const PLACES = /(?<!\\)(&&|\|\||;|(?<![>&|])&(?![>&])|\$\(|<\(|\(|\)|(?<=^|\s)#)/g;

interface Place {
  index: number;
  token: string;
}

/** A `#` that is not a candidate place is inside a word: no comment to the shell, only to shell-quote. */
const escapeHashes = (text: string) => text.replace(/(?<!\\)#/g, '\\#');

/**
 * The places shell-quote reads as operators or a comment: each candidate is replaced with a marker word,
 * and a marker that comes back as a word of its own was outside quotes.
 */
function realPlaces(line: string): Place[] {
  const candidates: Place[] = [...line.matchAll(PLACES)].map((match) => ({
    index: match.index ?? 0,
    token: match[0],
  }));
  if (candidates.length === 0) return [];
  let probe = '';
  let from = 0;
  candidates.forEach((candidate, n) => {
    probe += escapeHashes(line.slice(from, candidate.index));
    probe += candidate.token === '#' ? ` \u0001${n}\u0001 #` : ` \u0001${n}\u0001 `;
    from = candidate.index + candidate.token.length;
  });
  probe += escapeHashes(line.slice(from));
  const words = new Set(shellWords(probe));
  return candidates.filter((_, n) => words.has(`\u0001${n}\u0001`));
}

/**
 * Splits one logical shell line into the commands that run one after the other. Quotes, `$(...)` and a
 * trailing `# comment` are respected; commands inside `$(...)` are listed as `nested` of theirs.
 */
export function splitShellLine(line: string): ShellSegment[] {
  const segments: ShellSegment[] = [];
  let start = 0;
  let nested: string[] = [];
  // Open parentheses: `$(` and `<(` substitutions, and `(` subshells, whose commands stay in this one.
  const open: Place[] = [];
  const push = (end: number) => {
    const text = line.slice(start, end).trim();
    if (text) segments.push({ text, nested });
    nested = [];
  };
  for (const place of realPlaces(line)) {
    const { index, token } = place;
    if (token === '$(' || token === '<(' || token === '(') {
      open.push(place);
    } else if (token === ')') {
      const opener = open.pop();
      if (opener && open.length === 0 && opener.token !== '(') {
        nested.push(line.slice(opener.index + opener.token.length, index));
      }
    } else if (open.length > 0) {
      continue; // an operator inside `$(...)`: the nested line is split when it is read in turn
    } else if (token === '#') {
      push(index);
      return segments;
    } else {
      push(index);
      start = index + token.length;
    }
  }
  push(line.length);
  return segments;
}
