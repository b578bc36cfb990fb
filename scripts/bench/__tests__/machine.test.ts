import { describe, expect, test } from 'vitest';
import { othersCores, parseCpuTicks, parsePidStat, snapshot, treeTicks } from '../machine.mjs';

describe('machine load', () => {
  test('reads all and idle ticks from /proc/stat (idle counts iowait)', () => {
    const stat = 'cpu  100 10 50 800 40 0 5 0 0 0\ncpu0 50 5 25 400 20 0 2 0 0 0\n';
    expect(parseCpuTicks(stat)).toEqual({ total: 1005, idle: 840 });
  });

  test('reads ppid and the CPU ticks of a process, children reaped included, whatever its name', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...
    const stat = '4242 (Web Content (x) y) S 4000 4242 4000 0 -1 4194304 98 0 0 0 30 12 7 1 20 0 1 0';
    expect(parsePidStat(stat)).toEqual({ pid: 4242, ppid: 4000, ticks: 50 });
  });

  test("sums a process tree's ticks, not its parent's or siblings'", () => {
    const processes = [
      { pid: 1, ppid: 0, ticks: 1000 },
      { pid: 10, ppid: 1, ticks: 5 }, // the bench
      { pid: 11, ppid: 10, ticks: 7 }, // its Chromium
      { pid: 12, ppid: 11, ticks: 9 }, // a renderer
      { pid: 20, ppid: 1, ticks: 300 }, // someone else's build
    ];
    expect(treeTicks(processes, 10)).toBe(21);
  });

  test("the other processes' cores: busy ticks minus the bench's own, over the interval, times the CPUs", () => {
    const before = { total: 0, idle: 0, own: 0, cpus: 2, at: 0, loadavg: [0, 0, 0] };
    // 200 ticks over 2 CPUs = 1 s; 150 busy, 50 of them the bench's: the others used 100/200 of 2 cores.
    expect(othersCores(before, { ...before, total: 200, idle: 50, own: 50 })).toBeCloseTo(1);
    // The bench alone: nobody else.
    expect(othersCores(before, { ...before, total: 200, idle: 100, own: 100 })).toBe(0);
  });

  test('a snapshot of this machine counts this process as its own', () => {
    const before = snapshot();
    const end = Date.now() + 300;
    while (Date.now() < end); // 0.3 s of this process's CPU
    const after = snapshot();
    expect(after.own - before.own).toBeGreaterThan(0);
    expect(after.cpus).toBeGreaterThan(0);
    expect(after.loadavg).toHaveLength(3);
  });
});
