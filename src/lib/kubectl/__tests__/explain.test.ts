/**
 * The explanation of commands of the notes, word by word, against what kubectl's help says (the expected
 * texts are written here, not computed by the explainer), and its invariants on any input (fast-check).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { kubectlModel } from '../model';
import { explainLine, runsKubectl } from '../explain';
import { explainBlock } from '../explainBlock';
import { lexShell } from '../shellLex';
import { describeJsonPath } from '../outputFormat';

const model = kubectlModel();
/** word -> [role, text, facts] of each word of a line. */
const read = (line: string) =>
  explainLine(model, line).map(({ explanation }) => ({
    word: explanation.word,
    role: explanation.role,
    all: [explanation.text, ...(explanation.facts ?? [])].join(' | '),
    link: explanation.link?.href,
    outdated: explanation.outdated,
  }));

describe('explainLine', () => {
  test('verb, resource type with kind and short name, name, flag with value and default', () => {
    const [k, scale, rc, name, replicas] = read('k scale rc kubia --replicas=3');
    expect(k).toMatchObject({ word: 'k', role: 'alias', link: '/#the-k-alias' });
    expect(scale).toMatchObject({ word: 'scale', role: 'verb' });
    expect(scale?.all).toMatch(/^Set a new size/);
    expect(rc).toMatchObject({
      role: 'resource type',
      link: '/ch04-replication-controllers#create-replication-controller',
    });
    expect(rc?.all).toContain('Kind: ReplicationController');
    expect(rc?.all).toContain('Short names: rc');
    expect(name).toMatchObject({ word: 'kubia', role: 'object name' });
    expect(name?.all).toContain('ReplicationController');
    expect(replicas).toMatchObject({ word: '--replicas=3', role: 'flag of kubectl scale' });
    expect(replicas?.all).toContain('Value: 3');
    expect(replicas?.all).toContain('Default:');
  });

  test('a sub-verb, and a flag whose default kubectl states', () => {
    const words = read('k rollout undo deployment kubia --to-revision=1');
    expect(words.map((word) => word.role)).toEqual([
      'alias',
      'verb',
      'sub-verb of rollout',
      'resource type',
      'object name',
      'flag of kubectl rollout undo',
    ]);
    expect(words[2]?.all).toContain('Full command: kubectl rollout undo');
    expect(words[5]?.all).toContain('Value: 1');
    expect(words[5]?.all).toContain('Default: 0');
    expect(words[3]?.link).toBe('/ch09-deployments#deployments');
  });

  test('-o jsonpath says which field it prints; custom-columns names its columns', () => {
    const jsonpath = read("kubectl get svc kubia -o jsonpath='{.spec.clusterIP}'");
    expect(jsonpath[4]).toMatchObject({ word: '-o', role: 'flag of kubectl get' });
    expect(jsonpath[5]).toMatchObject({ word: "jsonpath='{.spec.clusterIP}'", role: 'output format' });
    expect(jsonpath[5]?.all).toContain('the field .spec.clusterIP');
    const columns = read('k get po -o custom-columns=POD:metadata.name,NODE:spec.nodeName');
    expect(columns[4]?.all).toContain('a column POD with the field .metadata.name');
    expect(columns[4]?.all).toContain('a column NODE with the field .spec.nodeName');
    expect(describeJsonPath('{range .items[*]}{.metadata.name}{"\\n"}{end}')).toBe(
      'for each of every object in the list:, its field .metadata.name, a line break or tab',
    );
  });

  test('-- and the command after it run inside the container', () => {
    const words = read('k exec -it kubia -- curl -s http://kubia');
    expect(words[2]).toMatchObject({ word: '-it', role: 'flags' });
    expect(words[2]?.all).toContain('-i (--stdin)');
    expect(words[2]?.all).toContain('-t (--tty)');
    expect(words[3]).toMatchObject({ word: 'kubia', role: 'pod name' });
    expect(words[4]).toMatchObject({ word: '--', role: 'end of kubectl’s flags' });
    expect(words[4]?.all).toContain('inside the container');
    expect(words[5]).toMatchObject({ word: 'curl', role: 'command in the container' });
    expect(words[6]).toMatchObject({ word: '-s', role: 'argument of curl' });
  });

  test('| and && split the line; a program after a pipe is not read as kubectl', () => {
    const words = read('kubectl get pods -o yaml | grep -i image && echo done');
    expect(words.map((word) => word.role)).toEqual([
      'program',
      'verb',
      'resource type',
      'flag of kubectl get',
      'output format',
      'pipe',
      'another program (not kubectl)',
      'argument of grep',
      'argument of grep',
      'and',
      'another program (not kubectl)',
      'argument of echo',
    ]);
    expect(words[6]?.all).toContain('reads the output of the command before the |');
    // `-i` after grep is grep's, not kubectl's --stdin.
    expect(words[7]?.all).not.toContain('stdin');
  });

  test('a command substitution is read as a command of its own', () => {
    const words = read("IP=$(kubectl get svc kubia -o jsonpath='{.spec.clusterIP}')");
    expect(words.map((word) => word.word)).toEqual([
      'IP=',
      '$(',
      'kubectl',
      'get',
      'svc',
      'kubia',
      '-o',
      "jsonpath='{.spec.clusterIP}'",
      ')',
    ]);
    expect(words[0]?.role).toBe('shell variable');
    expect(words[4]?.all).toContain('Kind: Service');
  });

  test('a flag removed from kubectl says so and links to the outdated forms', () => {
    const words = read('k run dnsutils --image=tutum/dnsutils --generator=run-pod/v1 --command -- sleep infinity');
    const generator = words.find((word) => word.word.startsWith('--generator'));
    expect(generator).toMatchObject({ outdated: 'removed', link: '/commands#verb-run' });
    expect(generator?.all).toContain('Removed in kubectl 1.21');
    expect(words.find((word) => word.word === '--image=tutum/dnsutils')?.outdated).toBeUndefined();
    const rolling = read('k rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2')[1];
    expect(rolling).toMatchObject({ role: 'verb', outdated: 'removed', link: '/commands#verb-rolling-update' });
  });

  test('runsKubectl: the k alias only before a kubectl verb', () => {
    expect(runsKubectl(model, 'k get pods')).toBe(true);
    expect(runsKubectl(model, 'curl -k https://x')).toBe(false);
    expect(runsKubectl(model, 'for k in a b; do echo $k; done')).toBe(false);
  });
});

describe('explainBlock', () => {
  test('a console block explains only its prompt lines; a bash block skips comments and heredoc bodies', () => {
    const consoleCode = '$ kubectl get pods\nNAME  READY\nkubia 1/1';
    const words = explainBlock(model, consoleCode, 'console');
    expect(words.map((word) => consoleCode.slice(word.start, word.end))).toEqual(['kubectl', 'get', 'pods']);
    expect(words.map((word) => word.first)).toEqual([true, false, false]);
    const bash = '# list\nk get pods \\\n  -o wide\ncat <<EOF\nk get nodes\nEOF';
    const marked = explainBlock(model, bash, 'bash').map((word) => bash.slice(word.start, word.end));
    expect(marked).toEqual(['k', 'get', 'pods', '-o', 'wide']);
    expect(explainBlock(model, 'k get pods', 'yaml')).toEqual([]);
  });
});

describe('invariants on any input', () => {
  const shellish = fc.string({
    unit: fc.constantFrom(...'kubectl get -o=|&;$()\'"\\\n #<>{}[]*.2 abc'.split(''), 'kubectl ', 'k ', ' -- ', '$('),
    maxLength: 80,
  });

  test('the explainer ends, never throws, and its words are the line’s words, in order, as written', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), shellish), (line) => {
        const words = explainLine(model, line);
        let at = 0;
        for (const { start, end, explanation } of words) {
          expect(start).toBeGreaterThanOrEqual(at);
          expect(end).toBeGreaterThan(start);
          expect(explanation.word).toBe(line.slice(start, end));
          expect(explanation.text.length).toBeGreaterThan(0);
          // Only blanks (and line continuations) between words.
          expect(line.slice(at, start).replace(/\\\n/g, '')).toMatch(/^[ \t\r\n]*$/);
          at = end;
        }
        expect(line.slice(at).replace(/\\\n/g, '')).toMatch(/^[ \t\r\n]*$/);
        // The lexer's words, glued back with what lies between them, are the input.
        const tokens = lexShell(line);
        const glued = tokens.reduce(
          (text, token, n) =>
            text +
            line.slice(n === 0 ? 0 : (tokens[n - 1]?.end ?? 0), token.start) +
            line.slice(token.start, token.end),
          '',
        );
        expect(glued + line.slice(tokens.at(-1)?.end ?? 0)).toBe(line);
      }),
      { numRuns: 400 },
    );
  });
});
