/**
 * Which PersistentVolumes a claim can bind, as the volume binder decides it: the same storage class
 * (a volume without `storageClassName` has the empty class ""), every access mode the claim asks for,
 * at least the requested capacity, the same volume mode, and the claim's label selector if it has one.
 */
import { labelSelectorOf, labelsOf, selectorMatches } from './selectors';

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E))?$/;

/** A Kubernetes quantity (`1Gi`, `100Mi`, `500m`, `1e3`) in base units, or undefined if it is not one. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const match = QUANTITY.exec(value.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  if (match[2]) return number * 10 ** Number(match[2].slice(1));
  const suffix = match[3] ?? '';
  return number * (BINARY[suffix] ?? DECIMAL[suffix] ?? 1);
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** What a claim asks for: its `spec` (of a PVC, or of a StatefulSet's volumeClaimTemplate). */
export interface ClaimSpec {
  /** undefined: the field is left out, so the cluster's default StorageClass is used. */
  storageClassName: string | undefined;
  accessModes: string[];
  request: number | undefined;
  volumeMode: string;
  selector: ReturnType<typeof labelSelectorOf>;
}

export function claimSpecOf(spec: unknown): ClaimSpec {
  const s = record(spec);
  const className = s.storageClassName;
  return {
    storageClassName: typeof className === 'string' ? className : undefined,
    accessModes: stringList(s.accessModes),
    request: parseQuantity(record(record(s.resources).requests).storage),
    volumeMode: typeof s.volumeMode === 'string' ? s.volumeMode : 'Filesystem',
    selector: labelSelectorOf(s.selector),
  };
}

/** The class a PersistentVolume belongs to: "" when it names none. */
export function volumeClassOf(volume: Record<string, unknown>): string {
  const className = record(volume.spec).storageClassName;
  return typeof className === 'string' ? className : '';
}

/**
 * Whether a claim can bind the volume. A claim that leaves `storageClassName` out gets the cluster's
 * default class (minikube's `standard`), which no manifest of the notes defines, so it is matched
 * against no volume here.
 */
export function claimCanBind(claim: ClaimSpec, volume: Record<string, unknown>): boolean {
  if (claim.storageClassName === undefined) return false;
  const spec = record(volume.spec);
  if (volumeClassOf(volume) !== claim.storageClassName) return false;
  const modes = stringList(spec.accessModes);
  if (!claim.accessModes.every((mode) => modes.includes(mode))) return false;
  const capacity = parseQuantity(record(spec.capacity).storage);
  if (claim.request !== undefined && (capacity === undefined || capacity < claim.request)) return false;
  const volumeMode = typeof spec.volumeMode === 'string' ? spec.volumeMode : 'Filesystem';
  if (volumeMode !== claim.volumeMode) return false;
  const labels = labelsOf(record(volume.metadata).labels);
  return claim.selector === undefined || selectorMatches(claim.selector, labels);
}
