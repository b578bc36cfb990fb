/**
 * How busy the machine is, apart from the bench itself: the CPU time the kernel counts for all processes
 * (/proc/stat) minus the CPU time of the bench's own process tree (its Node process, the Chromiums it starts
 * and their children, /proc/<pid>/stat), between two snapshots, in cores. The load average (/proc/loadavg)
 * is recorded too, but it counts the bench's own Chromium, so the rule uses the other processes' cores.
 *
 * Linux only (reads /proc); elsewhere the load is unknown and `available` is false.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Other processes may use this many cores before the numbers are not trusted (about half a core). */
export const BUSY_CORES = 0.5;

/** /proc/stat's first line (`cpu  user nice system idle iowait irq softirq steal ...`): all and idle ticks. */
export function parseCpuTicks(procStat) {
  const line = procStat.split('\n').find((entry) => /^cpu\s/.test(entry));
  if (!line) throw new Error('/proc/stat: no "cpu" line');
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const total = user + nice + system + idle + iowait + irq + softirq + (steal ?? 0);
  return { total, idle: idle + iowait };
}

/**
 * /proc/<pid>/stat: `pid (comm) state ppid ...`; after the comm (which may hold spaces and parentheses),
 * field 4 is ppid and fields 14-17 utime, stime, cutime, cstime (children reaped by it: a Chromium
 * renderer that exited still counts, through its parent).
 */
export function parsePidStat(text) {
  const close = text.lastIndexOf(')');
  const pid = Number(text.slice(0, text.indexOf('(')).trim());
  const fields = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // fields[0] is the state (field 3); field n is fields[n - 3].
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return { pid, ppid: Number(fields[1]), ticks: utime + stime + cutime + cstime };
}

/** CPU ticks of `root` and all its descendants, from `{ pid, ppid, ticks }` of every process. */
export function treeTicks(processes, root) {
  const children = new Map();
  for (const process of processes) {
    if (!children.has(process.ppid)) children.set(process.ppid, []);
    children.get(process.ppid).push(process);
  }
  let ticks = 0;
  const stack = processes.filter((process) => process.pid === root);
  while (stack.length) {
    const process = stack.pop();
    ticks += process.ticks;
    stack.push(...(children.get(process.pid) ?? []));
  }
  return ticks;
}

/** Cores other processes used between two snapshots (never below 0). */
export function othersCores(before, after) {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  const busy = total - (after.idle - before.idle);
  const own = after.own - before.own;
  return Math.max(0, ((busy - own) / total) * before.cpus);
}

function readProcesses(proc) {
  const processes = [];
  for (const entry of fs.readdirSync(proc)) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      processes.push(parsePidStat(fs.readFileSync(path.join(proc, entry, 'stat'), 'utf8')));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

export function available(proc = '/proc') {
  return fs.existsSync(path.join(proc, 'stat')) && fs.existsSync(path.join(proc, 'loadavg'));
}

/** One reading: the kernel's counters, the bench's own share, the load average, the CPU count. */
export function snapshot({ proc = '/proc', root = process.pid } = {}) {
  const { total, idle } = parseCpuTicks(fs.readFileSync(path.join(proc, 'stat'), 'utf8'));
  const loadavg = fs.readFileSync(path.join(proc, 'loadavg'), 'utf8').split(/\s+/).slice(0, 3).map(Number);
  return { at: Date.now(), total, idle, own: treeTicks(readProcesses(proc), root), loadavg, cpus: os.cpus().length };
}

/** The load between two snapshots, as the reports show it. */
export function loadBetween(before, after) {
  return {
    others: Number(othersCores(before, after).toFixed(2)),
    loadavg: after.loadavg[0],
    cpus: after.cpus,
    seconds: Number(((after.at - before.at) / 1000).toFixed(1)),
  };
}

export const describeLoad = (load) =>
  `other processes ${load.others.toFixed(2)} of ${load.cpus} cores, load average ${load.loadavg.toFixed(2)}`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The load over the next `ms` milliseconds, the bench doing nothing meanwhile. */
export async function sample(ms = 5_000) {
  const before = snapshot();
  await sleep(ms);
  return loadBetween(before, snapshot());
}
