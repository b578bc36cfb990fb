import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadPages } from '../build/content';
import { buildCommandIndex } from '../notesCommandIndex';
import { prepare, rank, readQuery, searchEntries } from '../commandSearch';

const index = buildCommandIndex(loadPages('docs'));
const entries = searchEntries(index).map(prepare);
const first = (text: string) => {
  const { query } = readQuery(text);
  return query ? (rank(query, entries)[0]?.entry?.command ?? rank(query, entries)[0]?.command) : undefined;
};

describe('the find box finds a command by task', () => {
  test.each([
    ['roll back', /^kubectl rollout undo /],
    ['scale', /^kubectl scale /],
    ['logs', /^kubectl logs /],
    ['port forward', /^kubectl port-forward /],
    ['copy a file', /^kubectl cp$/],
    ['dry run', /--dry-run=client/],
    ['watch', /^kubectl get .* -w$/],
    ['svc', /^kubectl (get|create|delete|describe) (svc|service)/],
  ])('%s', (text, expected) => {
    expect(first(text)).toMatch(expected);
  });
});

describe('near-identical commands are one entry', () => {
  test('the four change-cause annotations fold into one entry listing its uses', () => {
    const entry = index.kubectl
      .flatMap((section) => section.groups.flatMap((group) => group.commands))
      .find((command) => command.command.includes('change-cause="image v1"'));
    expect(entry?.also.map((variant) => variant.command)).toEqual([
      'kubectl annotate deployment/kubia kubernetes.io/change-cause="image v2" --overwrite',
      'kubectl annotate deployment/kubia kubernetes.io/change-cause="image v3" --overwrite',
      'kubectl annotate deployment/kubia kubernetes.io/change-cause="image v4" --overwrite',
    ]);
  });

  test('commands that run different programs after -- stay apart', () => {
    const exec = index.kubectl.find((section) => section.verb === 'exec');
    const entries = exec?.groups.flatMap((group) => group.commands) ?? [];
    const fold = entries.find((command) => command.command === 'kubectl exec dnsutils -- nslookup kubia');
    expect(fold?.also.map((variant) => variant.command) ?? []).not.toContain('kubectl exec downward -- env');
  });

  test('each verb opens with one line on what it does', () => {
    for (const section of index.kubectl) expect(section.description.length, section.verb).toBeGreaterThan(8);
    expect(index.kubectl.find((section) => section.verb === 'port-forward')?.description).toBe(
      'Forward one or more local ports to a pod',
    );
  });
});

describe('bad input in the find box', () => {
  test('gets a message or a result list, never a throw, and long input is refused at once', () => {
    expect(readQuery('x'.repeat(10_000)).message).toBe('That is 10,000 characters; describe the task in a few words.');
    expect(readQuery('')).toEqual({});
    for (const text of ['"unbalanced', "';&&|$(rm -rf)`", '\\', '((((']) {
      const { query } = readQuery(text);
      if (query) expect(Array.isArray(rank(query, entries))).toBe(true);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { query, message } = readQuery(text);
        expect(message === undefined || typeof message === 'string').toBe(true);
        if (query) rank(query, entries);
      }),
      { numRuns: 200 },
    );
  });
});
