/**
 * Finds command forms that current kubectl rejects, or that are gone or deprecated, in the runnable code
 * blocks of a page. Blocks inside a `:::changed` admonition are history and may show them.
 */
import { codeBlocks, parsePage } from '../../src/lib/mdast';

const SHELL_LANGUAGES = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'shell-session']);

export const OUTDATED_FORMS: { name: string; test: (line: string) => boolean }[] = [
  { name: '--generator (removed in kubectl 1.21)', test: (line) => /--generator\b/.test(line) },
  { name: 'kubectl rolling-update (removed in kubectl 1.18)', test: (line) => /\brolling-update\b/.test(line) },
  {
    name: 'kubectl exec without -- (rejected since kubectl 1.31)',
    test: (line) => /^\s*(k|kubectl)\s+exec\b/.test(line) && !/\s--(\s|$)/.test(line),
  },
  { name: '--record (deprecated since kubectl 1.22)', test: (line) => /--record\b/.test(line) },
  { name: 'namepsaces (typo: the URL 404s)', test: (line) => /namepsaces/.test(line) },
  { name: 'get endpoint (singular is not a resource)', test: (line) => /\bget\s+endpoint(\s|$)/.test(line) },
  {
    name: 'componentstatuses (deprecated since 1.19)',
    test: (line) => /\bcomponentstatuses\b|\bget\s+cs\b/.test(line),
  },
];

export interface OutdatedCommand {
  line: number;
  command: string;
  form: string;
}

export function findOutdatedCommands(source: string): OutdatedCommand[] {
  const found: OutdatedCommand[] = [];
  for (const block of codeBlocks(parsePage(source))) {
    if (!SHELL_LANGUAGES.has(block.lang) || block.admonitions.includes('changed')) continue;
    block.value.split('\n').forEach((command, index) => {
      if (command.trim().startsWith('#')) return;
      for (const form of OUTDATED_FORMS) {
        if (form.test(command)) found.push({ line: block.line + 1 + index, command: command.trim(), form: form.name });
      }
    });
  }
  return found;
}

/** API versions removed from Kubernetes that must not appear in any manifest. */
export const REMOVED_API_VERSIONS = /\bextensions\/v1beta1\b|\bapps\/v1beta\d\b/;
