import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deferPrefetch, routePathOf } from '../deferredPrefetch';

/** A deferred prefetch whose scheduled tasks wait in a list until the test runs them. */
function harness(current = '/ch11-internals') {
  const calls: string[] = [];
  const tasks: (() => void)[] = [];
  const page = { current };
  const deferred = deferPrefetch((path) => calls.push(path), {
    currentPath: () => page.current,
    schedule: (task) => tasks.push(task),
  });
  const runTasks = () => tasks.splice(0).forEach((task) => task());
  return { calls, tasks, page, deferred, runTasks };
}

describe('routePathOf', () => {
  it.each([
    ['/', '/'],
    ['/#chapters', '/'],
    ['/study?chapter=ch11-internals', '/study'],
    ['/ch05-services#services-in-the-cluster', '/ch05-services'],
    ['/manifests?file=a.yaml#top', '/manifests'],
    ['?q=1', ''],
    ['#x', ''],
  ])('%s -> %s', (target, path) => {
    expect(routePathOf(target)).toBe(path);
  });
});

describe('deferPrefetch', () => {
  it('prefetches nothing before it starts, then each route once, each in its own task', () => {
    const { calls, tasks, deferred, runTasks } = harness();
    for (const target of ['/', '/#chapters', '/study?chapter=ch11-internals', '/', '/study']) {
      expect(deferred.prefetch(target)).toBe(false);
    }
    runTasks();
    expect(calls).toEqual([]);
    deferred.start();
    expect(calls).toEqual([]);
    expect(tasks).toHaveLength(2);
    runTasks();
    expect(calls).toEqual(['/', '/study']);
    deferred.prefetch('/ch04-replication-controllers#top');
    deferred.prefetch('/#again');
    expect(calls).toEqual(['/', '/study']);
    runTasks();
    expect(calls).toEqual(['/', '/study', '/ch04-replication-controllers']);
  });

  it('never prefetches the page the reader is on, then or when its task runs', () => {
    const { calls, page, deferred, runTasks } = harness('/ch11-internals');
    deferred.prefetch('/ch11-internals#the-api-server');
    deferred.prefetch('#the-scheduler');
    deferred.prefetch('/search');
    deferred.start();
    page.current = '/search';
    runTasks();
    expect(calls).toEqual([]);
    // Back on ch11, a link to it in view on another page is a route like any other.
    deferred.prefetch('/ch11-internals');
    runTasks();
    expect(calls).toEqual(['/ch11-internals']);
  });

  it('starting twice schedules nothing twice', () => {
    const { calls, deferred, runTasks } = harness();
    deferred.prefetch('/');
    deferred.start();
    deferred.start();
    runTasks();
    expect(calls).toEqual(['/']);
  });

  it('for any links in view and any moment it starts: each route of another page once, by its bare path, only after start', () => {
    // A path on the site (or none: a link to a place on this page), then maybe a query and a hash.
    const path = fc.constantFrom('', '/', '/ch04', '/ch11-internals', '/study', '/search', '/a-b');
    const target = fc
      .tuple(
        path,
        fc.option(fc.constantFrom('?chapter=ch04', '?q=x'), { nil: '' }),
        fc.option(fc.constantFrom('#top', '#x-y'), { nil: '' }),
      )
      .map(([route, query, hash]) => `${route}${query}${hash}` || '/');
    fc.assert(
      fc.property(fc.array(target, { maxLength: 12 }), fc.nat(12), (targets, startAt) => {
        const { calls, deferred, runTasks } = harness('/ch11-internals');
        targets.forEach((link, index) => {
          if (index === startAt) deferred.start();
          deferred.prefetch(link);
          if (index < startAt) {
            runTasks();
            expect(calls).toEqual([]);
          }
        });
        deferred.start();
        runTasks();
        // The expected routes, by a different reading of a target: the part before the first ? or #.
        const expected = [...new Set(targets.map((link) => link.split(/[?#]/)[0]))].filter(
          (route) => route !== '/ch11-internals' && route !== '',
        );
        expect(calls).toEqual(expected);
      }),
    );
  });
});
