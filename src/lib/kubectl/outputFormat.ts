/**
 * What an output format of kubectl (`-o yaml`, `-o jsonpath=...`, `-o custom-columns=...`) prints, in words:
 * for a JSONPath template, which fields it selects (`{.status.podIP}` -> "the field .status.podIP"); for
 * custom columns, each column's heading and field. Pure, written for the explanations of commands.
 */

const FIXED: Record<string, string> = {
  yaml: 'the whole object as YAML, as the API server stores it (status included)',
  json: 'the whole object as JSON, as the API server stores it (status included)',
  wide: 'the usual table with extra columns (for pods: IP address and node)',
  name: 'only `type/name` of each object, one per line (handy in scripts)',
  kyaml: 'the object as KYAML, a stricter YAML style (kubectl 1.34 and later)',
  default: 'kubectl’s normal output for this command',
};

/** `.items[*].metadata.name` -> "the field .metadata.name of every item". */
export function describeJsonPathField(path: string): string {
  const trimmed = path.trim();
  const every = /^\.items\[\*\](.*)$/.exec(trimmed);
  if (every) return every[1] ? `the field ${every[1]} of every object in the list` : 'every object in the list';
  const nth = /^\.items\[(\d+)\](.*)$/.exec(trimmed);
  if (nth) {
    const which = nth[1] === '0' ? 'the first object' : `object number ${Number(nth[1]) + 1}`;
    return nth[2] ? `the field ${nth[2]} of ${which} in the list` : `${which} in the list`;
  }
  return trimmed === '.' || trimmed === '' ? 'the whole object' : `the field ${trimmed}`;
}

/** `{.status.podIP}`, `{range .items[*]}{.metadata.name}{"\n"}{end}` -> what it prints, in words. */
export function describeJsonPath(template: string): string {
  const parts: string[] = [];
  let inRange = false;
  for (const match of template.matchAll(/\{([^{}]*)\}|([^{}]+)/g)) {
    const inner = match[1];
    if (inner === undefined) {
      if ((match[2] ?? '').trim()) parts.push('some literal text');
      continue;
    }
    const body = inner.trim();
    if (body === 'end') {
      inRange = false;
      continue;
    }
    const range = /^range\s+(.*)$/.exec(body);
    if (range) {
      parts.push(`for each of ${describeJsonPathField(range[1] ?? '')}:`);
      inRange = true;
      continue;
    }
    if (/^["']/.test(body)) {
      parts.push(/\\n|\\t/.test(body) ? 'a line break or tab' : 'some literal text');
      continue;
    }
    parts.push(inRange && body.startsWith('.') ? `its field ${body}` : describeJsonPathField(body));
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing (an empty template)';
}

/** `POD:metadata.name,NODE:spec.nodeName` -> "a column POD with .metadata.name, a column NODE with .spec.nodeName". */
export function describeColumns(spec: string): string {
  const columns = spec
    .split(',')
    .filter((column) => column.includes(':'))
    .map((column) => {
      const [heading = '', field = ''] = column.split(/:(.*)/s);
      const path = field.startsWith('.') ? field : `.${field}`;
      return `a column ${heading} with the field ${path}`;
    });
  return columns.length > 0 ? columns.join(', ') : 'columns you name as HEADING:field pairs';
}

/** What `-o <value>` prints, or undefined for a format this module does not know. */
export function describeOutput(value: string): string | undefined {
  const eq = value.indexOf('=');
  const format = eq === -1 ? value : value.slice(0, eq);
  const argument = eq === -1 ? '' : value.slice(eq + 1);
  if (Object.hasOwn(FIXED, format)) return `Prints ${FIXED[format]}.`;
  if (format === 'jsonpath' || format === 'jsonpath-as-json') {
    return `Prints only what the JSONPath template selects, not the whole object: ${describeJsonPath(argument)}.`;
  }
  if (format === 'custom-columns') {
    return `Prints a table whose columns you choose: ${describeColumns(argument)}.`;
  }
  if (format === 'go-template') return 'Prints the object through a Go template you write.';
  if (format === 'jsonpath-file' || format === 'go-template-file' || format === 'custom-columns-file') {
    return `Prints the object through a template read from the file ${argument || 'named after ='}.`;
  }
  return undefined;
}
