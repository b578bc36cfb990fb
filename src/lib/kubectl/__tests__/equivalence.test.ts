import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareCommands, readTyped } from '../equivalence';
import { kubectlModel } from '../model';

const model = kubectlModel();
const check = (answer: string, typed: string) => compareCommands(model, answer, typed);

describe('a typed command is accepted when it means the same', () => {
  const answer = 'kubectl scale rc kubia --replicas=5';
  test.each([
    'kubectl scale rc kubia --replicas=5',
    'k scale rc kubia --replicas=5',
    'kubectl scale --replicas=5 rc kubia',
    'kubectl scale rc kubia --replicas 5',
    'kubectl scale replicationcontroller kubia --replicas=5',
    'kubectl scale replicationcontrollers/kubia --replicas=5',
    'kubectl scale rc/kubia --replicas 5',
    'kubectl scale ReplicationController kubia --replicas=5',
    'kubectl -n default scale rc kubia --replicas=5',
    'kubectl scale rc kubia --replicas=5 --namespace=default',
    '  kubectl   scale "rc" \'kubia\' --replicas="5"  ',
  ])('%s', (typed) => {
    expect(check(answer, typed)).toEqual({ same: true });
  });

  test('-it is -i -t, in any order and spelling', () => {
    const exec = 'kubectl exec -it kubia -- sh';
    for (const typed of [
      'kubectl exec -ti kubia -- sh',
      'k exec -i -t kubia -- sh',
      'kubectl exec --stdin --tty kubia -- sh',
    ]) {
      expect(check(exec, typed), typed).toEqual({ same: true });
    }
  });
});

describe('a near miss is rejected with what differs', () => {
  const answer = 'kubectl scale rc kubia --replicas=5';
  test.each([
    ['kubectl scale rc kubia --replica=5', '`--replica` is not a flag of `kubectl scale`; did you mean `--replicas`?'],
    ['kubectl scale rc kubia --replicas=3', '`--replicas` should be `5`, not `3`.'],
    ['kubectl scale rc kubia', 'Missing `--replicas` (The new desired number of replicas).'],
    ['kubectl scale rs kubia --replicas=5', 'The resource type should be `replicationcontrollers`, not `replicasets`.'],
    ['kubectl scale rc kubia2 --replicas=5', 'The names differ: the answer has `kubia`, this has `kubia2`.'],
    [
      'kubectl scael rc kubia --replicas=5',
      '`scael` is not a kubectl command; did you mean `scale`? The answer uses `kubectl scale`.',
    ],
    ['kubectl get rc kubia', 'This is `kubectl get`; the answer uses `kubectl scale`.'],
    ['kubectl scale rc kubia --replicas=5 -n prod', '`--namespace` is not part of the answer.'],
    ['kubectl scale rc kubia --replicas=5 --all', '`--all` is not part of the answer.'],
    ['kubectl scale rc kubia --replicas', '`--replicas` needs a value.'],
    [
      'kubectl scale rc kubia --replicas=5 | cat',
      'Type the kubectl command alone: `|` would make it part of a longer shell line.',
    ],
    ['scale rc kubia --replicas=5', 'Start with `kubectl` (or the notes’ alias `k`).'],
  ])('%s', (typed, message) => {
    const verdict = check(answer, typed);
    expect(verdict.same).toBe(false);
    expect(verdict.same === false && verdict.messages).toContain(message);
  });

  test('the command after -- counts', () => {
    expect(check('kubectl exec kubia -- env', 'kubectl exec kubia -- ls')).toEqual({
      same: false,
      messages: ['After `--` the answer runs `env`, not `ls`.'],
    });
  });

  test('--dry-run takes its value only after =', () => {
    const answer2 = 'kubectl create deployment kubia --image=luksa/kubia --dry-run=client';
    expect(check(answer2, 'kubectl create deployment kubia --dry-run=client --image luksa/kubia')).toEqual({
      same: true,
    });
    expect(check(answer2, 'kubectl create deployment kubia --image=luksa/kubia --dry-run client').same).toBe(false);
  });
});

describe('bad input gets a message, never a crash', () => {
  const answer = 'kubectl get pods';
  test.each([
    ['', 'Type a command first.'],
    ['   ', 'Type a command first.'],
    ['x'.repeat(10_000), 'That is 10,000 characters; a command here is well under 1000.'],
    ['kubectl get pods "', 'A double quote is not closed: the shell would wait for more.'],
    ["kubectl get 'pods", 'A single quote is not closed: the shell would wait for more.'],
    ['kubectl get pods; rm -rf /', 'Type the kubectl command alone: `;` would make it part of a longer shell line.'],
    ['kubectl get pods && echo', 'Type the kubectl command alone: `&&` would make it part of a longer shell line.'],
    ['kubectl get pods > out', 'Type the kubectl command alone: `>` would make it part of a longer shell line.'],
  ])('%j', (typed, message) => {
    expect(compareCommands(model, answer, typed)).toEqual({ same: false, messages: [message] });
  });

  test('any text gets a verdict, and reading is linear in its length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const verdict = compareCommands(model, answer, `kubectl ${text}`);
        expect(typeof verdict.same).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    const time = (text: string) => {
      const start = performance.now();
      readTyped(model, text);
      return performance.now() - start;
    };
    const piece = 'kubectl get pods -o "jsonpath={.items[*]}" --selector app=kubia \\$(x) ';
    const unit = piece.repeat(2);
    time(unit.repeat(5)); // warm up
    const small = Math.max(time(unit.repeat(5)), 0.05);
    const large = time(unit.repeat(50).slice(0, 990));
    expect(large).toBeLessThan(small * 40 + 5);
  });

  test('10,000 characters of metacharacters are answered within 100 ms', () => {
    for (const text of ['|'.repeat(10_000), '"'.repeat(9_999), `kubectl ${"$(';&".repeat(2500)}`]) {
      const start = performance.now();
      const verdict = compareCommands(model, answer, text);
      expect(performance.now() - start).toBeLessThan(100);
      expect(verdict.same).toBe(false);
    }
  });
});
