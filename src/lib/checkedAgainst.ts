/**
 * The line "Checked against Kubernetes 1.37 (supported: 1.35-1.37) on 7 December 2026", from the one file that
 * names today's versions. Pure: the component (src/components/CheckedAgainst) renders it at build time.
 */
import versions from '../data/versions.json';

export type Versions = typeof versions;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2026-12-07` as `7 December 2026`, the same on every machine (no locale, no time zone). */
export function readableDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  const day = match ? Number(match[3]) : 0;
  if (!match || !month || day < 1 || day > 31) {
    throw new Error(`src/data/versions.json: checked: "${iso}" is not a date written YYYY-MM-DD`);
  }
  return `${day} ${month} ${match[1]}`;
}

/** `1.35-1.37`: the supported minors. */
export function supportedWindow(data: Versions = versions): string {
  return `${data.supportedOldest}-${data.kubernetes}`;
}

export function checkedAgainstText(data: Versions = versions): string {
  return `Checked against Kubernetes ${data.kubernetes} (supported: ${supportedWindow(data)}) on ${readableDate(data.checked)}`;
}
