/**
 * Finds the runnable commands of a page (code block lines outside a `:::changed` admonition) that use a form
 * current kubectl rejects, or that is gone, deprecated or a typo. What counts as outdated is defined once,
 * in src/lib/commands/outdated.ts, which also gives the command index its badges.
 */
import { extractCommands, outdatedUses } from '../../src/lib/commands';

export interface OutdatedCommand {
  line: number;
  command: string;
  /** The rule's id and what happens today: `exec-without-dashdash (Removed in kubectl 1.31)`. */
  form: string;
}

export function findOutdatedCommands(source: string, options: { mdx?: boolean } = {}): OutdatedCommand[] {
  return outdatedUses(extractCommands(source, options)).map(({ use, form, status }) => ({
    line: use.line,
    command: use.command,
    form: `${form} (${status.label})`,
  }));
}

/** API versions removed from Kubernetes that must not appear in any manifest. */
export const REMOVED_API_VERSIONS = /\bextensions\/v1beta1\b|\bapps\/v1beta\d\b/;
