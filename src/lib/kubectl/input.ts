/**
 * What a reader types (a find box, a command card) checked before it is read: a clear message for input no
 * command could be, instead of a crash or a hang. Pure, one pass over the text.
 */

/** Longer input is refused at once: no command of the notes is near this long. */
export const MAX_INPUT = 1000;

/** The first quote left open (`'` or `"`), scanning as the shell does; undefined when all are closed. */
export function openQuote(text: string): string | undefined {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"') i += 1;
    } else if (char === '\\') i += 1;
    else if (char === "'" || char === '"') quote = char;
  }
  return quote;
}

/** A message for input that cannot be read as one command, or undefined when it can. */
export function inputProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Type a command first.';
  if (text.length > MAX_INPUT) {
    return `That is ${text.length.toLocaleString('en')} characters; a command here is well under ${MAX_INPUT}.`;
  }
  if ([...text].some((char) => char < ' ' && char !== '\t' && char !== '\n'))
    return 'The text has control characters; type the command as plain text.';
  const quote = openQuote(text);
  if (quote) return `A ${quote === '"' ? 'double' : 'single'} quote is not closed: the shell would wait for more.`;
  return undefined;
}
