/**
 * Label selectors as Kubernetes evaluates them: a plain map (Service, ReplicationController) or a
 * LabelSelector with `matchLabels` and `matchExpressions` (Deployment, ReplicaSet, StatefulSet, Job,
 * a claim's selector on volumes).
 */
export type Labels = Record<string, string>;

export interface SelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: SelectorRequirement[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The string values of a label map; anything else (a missing map, numbers by mistake) counts as no label. */
export function labelsOf(value: unknown): Labels {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      .map(([k, v]) => [k, String(v)]),
  );
}

/** Reads a LabelSelector object (`matchLabels`/`matchExpressions`), or undefined when there is none. */
export function labelSelectorOf(value: unknown): LabelSelector | undefined {
  if (!isRecord(value)) return undefined;
  const expressions = Array.isArray(value.matchExpressions)
    ? value.matchExpressions.filter(isRecord).map((expression) => ({
        key: String(expression.key ?? ''),
        operator: String(expression.operator ?? '') as SelectorRequirement['operator'],
        values: Array.isArray(expression.values) ? expression.values.map(String) : undefined,
      }))
    : undefined;
  return { matchLabels: labelsOf(value.matchLabels), matchExpressions: expressions };
}

/** A plain map selector (`spec.selector` of a Service or ReplicationController) as a LabelSelector. */
export function mapSelector(value: unknown): LabelSelector {
  return { matchLabels: labelsOf(value) };
}

/** Whether the selector has no requirement at all. */
export function isEmptySelector(selector: LabelSelector): boolean {
  return Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
}

function requirementHolds(requirement: SelectorRequirement, labels: Labels): boolean {
  const present = Object.hasOwn(labels, requirement.key);
  const value = labels[requirement.key];
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return present && values.includes(value ?? '');
    case 'NotIn':
      return !present || !values.includes(value ?? '');
    case 'Exists':
      return present;
    case 'DoesNotExist':
      return !present;
    default:
      return false; // an unknown operator selects nothing, as the API server would reject it
  }
}

/** Whether labels satisfy every requirement of the selector (an empty selector matches everything). */
export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  const exact = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  return exact && (selector.matchExpressions ?? []).every((requirement) => requirementHolds(requirement, labels));
}

/** `app=kubia, tier in (web, api)`: a selector as kubectl prints it. */
export function describeSelector(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
  for (const requirement of selector.matchExpressions ?? []) {
    const values = (requirement.values ?? []).join(', ');
    if (requirement.operator === 'Exists') parts.push(requirement.key);
    else if (requirement.operator === 'DoesNotExist') parts.push(`!${requirement.key}`);
    else parts.push(`${requirement.key} ${requirement.operator === 'In' ? 'in' : 'notin'} (${values})`);
  }
  return parts.join(', ');
}
