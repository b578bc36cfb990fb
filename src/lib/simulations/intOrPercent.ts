/**
 * maxSurge and maxUnavailable: an absolute number or a percentage of the replicas.
 * - Validation as the API server does it: `ValidatePositiveIntOrPercent`, `IsNotMoreThan100Percent` and
 *   `ValidateRollingUpdateDeployment` in kubernetes/kubernetes pkg/apis/apps/validation/validation.go
 *   (messages from apimachinery's `IsValidPercent` and `ValidateNonnegativeField`).
 * - Resolution: `ResolveFenceposts` in pkg/controller/deployment/util/deployment_util.go: a surge
 *   percentage rounds up, an unavailable one down (intstr.GetScaledValueFromIntOrPercent); when both come
 *   out 0, maxUnavailable becomes 1 so the rollout can proceed.
 */
import type { FieldError } from './types';

export type IntOrPercent = { kind: 'int'; value: number } | { kind: 'percent'; value: number };

const PERCENT_MESSAGE =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')";

/** Parses the text of the field as YAML would give it to the API server: digits are a number, else a string. */
export function parseIntOrPercent(raw: string, field: string, errors: FieldError[]): IntOrPercent | undefined {
  const text = raw.trim();
  if (/^-?\d+$/.test(text)) {
    const value = Number(text);
    if (value < 0) {
      errors.push({ field, message: `Invalid value: ${value}: must be greater than or equal to 0` });
      return undefined;
    }
    return { kind: 'int', value };
  }
  if (/^[0-9]+%$/.test(text)) return { kind: 'percent', value: Number(text.slice(0, -1)) };
  errors.push({ field, message: `Invalid value: "${text}": ${PERCENT_MESSAGE}` });
  return undefined;
}

/** The rolling-update fields' validation (ValidateRollingUpdateDeployment). */
export function validateRollingUpdate(
  maxSurgeText: string,
  maxUnavailableText: string,
  errors: FieldError[],
): { maxSurge: IntOrPercent; maxUnavailable: IntOrPercent } | undefined {
  const base = 'spec.strategy.rollingUpdate';
  const before = errors.length;
  const maxUnavailable = parseIntOrPercent(maxUnavailableText, `${base}.maxUnavailable`, errors);
  const maxSurge = parseIntOrPercent(maxSurgeText, `${base}.maxSurge`, errors);
  if (maxSurge && maxUnavailable && maxSurge.value === 0 && maxUnavailable.value === 0) {
    errors.push({
      field: `${base}.maxUnavailable`,
      message: `Invalid value: ${maxUnavailableText.trim()}: may not be 0 when \`maxSurge\` is 0`,
    });
  }
  if (maxUnavailable?.kind === 'percent' && maxUnavailable.value > 100) {
    errors.push({
      field: `${base}.maxUnavailable`,
      message: `Invalid value: "${maxUnavailable.value}%": must not be greater than 100%`,
    });
  }
  if (errors.length > before || !maxSurge || !maxUnavailable) return undefined;
  return { maxSurge, maxUnavailable };
}

/** intstr.GetScaledValueFromIntOrPercent. */
export function scaled(value: IntOrPercent, total: number, roundUp: boolean): number {
  if (value.kind === 'int') return value.value;
  const exact = (value.value * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** ResolveFenceposts: [maxSurge, maxUnavailable] in pods. */
export function resolveFenceposts(
  maxSurge: IntOrPercent,
  maxUnavailable: IntOrPercent,
  replicas: number,
): [number, number] {
  const surge = scaled(maxSurge, replicas, true);
  const unavailable = scaled(maxUnavailable, replicas, false);
  if (surge === 0 && unavailable === 0) return [0, 1];
  return [surge, unavailable];
}
