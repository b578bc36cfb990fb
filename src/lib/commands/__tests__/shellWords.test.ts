import { describe, expect, test } from 'vitest';
import { shellWords, splitShellLine } from '../shellWords';

const texts = (line: string) => splitShellLine(line).map((segment) => segment.text);

describe('splitShellLine', () => {
  test('splits on ;, &&, || and a background &, keeping each command as written', () => {
    expect(texts('a && kubectl exec p ls')).toEqual(['a', 'kubectl exec p ls']);
    expect(texts('kubectl get pods || echo none; minikube ssh')).toEqual([
      'kubectl get pods',
      'echo none',
      'minikube ssh',
    ]);
    expect(texts('k port-forward fortune 8080:80 & curl -s localhost:8080')).toEqual([
      'k port-forward fortune 8080:80',
      'curl -s localhost:8080',
    ]);
    expect(texts('a&&b;c')).toEqual(['a', 'b', 'c']);
  });

  test('keeps a pipeline whole: it is one thing a reader types', () => {
    expect(texts("kubectl get pods -o json | jq '.items[]' && echo ok")).toEqual([
      "kubectl get pods -o json | jq '.items[]'",
      'echo ok',
    ]);
  });

  test('respects quotes, escapes and redirections', () => {
    expect(texts(`curl -d "a; b && c" http://x 2>&1 | tee log; echo done`)).toEqual([
      'curl -d "a; b && c" http://x 2>&1 | tee log',
      'echo done',
    ]);
    expect(texts(`echo 'x || y' && find . -name '*.yml' -exec cat {} \\; && ls &> out`)).toEqual([
      "echo 'x || y'",
      "find . -name '*.yml' -exec cat {} \\;",
      'ls &> out',
    ]);
  });

  test('drops a trailing comment, but not a # inside a word or quotes', () => {
    expect(texts('kubectl get pods # list them; all')).toEqual(['kubectl get pods']);
    expect(texts('curl http://x/#top && echo "# not a comment"')).toEqual([
      'curl http://x/#top',
      'echo "# not a comment"',
    ]);
  });

  test('keeps $(...) in its command and lists the commands inside it', () => {
    expect(splitShellLine('TOKEN=$(kubectl create token foo; echo x) && echo $TOKEN')).toEqual([
      { text: 'TOKEN=$(kubectl create token foo; echo x)', nested: ['kubectl create token foo; echo x'] },
      { text: 'echo $TOKEN', nested: [] },
    ]);
    expect(splitShellLine('diff <(kubectl get cm a -o yaml) b.yml')).toEqual([
      { text: 'diff <(kubectl get cm a -o yaml) b.yml', nested: ['kubectl get cm a -o yaml'] },
    ]);
    expect(splitShellLine('echo "$(date)"')).toEqual([{ text: 'echo "$(date)"', nested: [] }]);
  });
});

describe('shellWords', () => {
  test('removes quotes and escapes, keeps variables and operators as written', () => {
    expect(shellWords(`kubectl get pods -o jsonpath='{.items[*].metadata.name}' -l "app=$APP"`)).toEqual([
      'kubectl',
      'get',
      'pods',
      '-o',
      'jsonpath={.items[*].metadata.name}',
      '-l',
      'app=$APP',
    ]);
    expect(shellWords('kubectl logs p | grep x\\ y')).toEqual(['kubectl', 'logs', 'p', '|', 'grep', 'x y']);
  });
});

describe('splitShellLine and words with #', () => {
  test('a # right after an operator or inside a word does not hide the rest of the line', () => {
    expect(texts('echo a;echo b#c && echo d')).toEqual(['echo a', 'echo b#c', 'echo d']);
  });
});
