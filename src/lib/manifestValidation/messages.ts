/**
 * Ajv errors of kubernetes-models' validators -> problems a reader understands. The compiled
 * validators carry no messages (only keyword and params), and use five keywords: type, required,
 * enum, format and oneOf (for int-or-string fields such as a Service's targetPort).
 */
import { parsePointer } from './fieldPath';
import type { ObjectProblem, PathSegment, SchemaError } from './types';

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping (key: value lines)',
  array: 'a list (- items)',
};

const FORMAT_NAMES: Record<string, string> = {
  int32: 'a 32-bit integer',
  int64: 'a 64-bit integer',
  double: 'a number',
  byte: 'base64-encoded data',
  'int-or-string': 'an integer or a string',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>(
    (node, segment) =>
      node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[String(segment)] : undefined,
    root,
  );
}

function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** One problem per field: an int-or-string field that fails both branches gets one message, not three. */
export function schemaProblems(errors: readonly SchemaError[], object: unknown): ObjectProblem[] {
  const oneOfPaths = errors.filter((error) => error.keyword === 'oneOf').map((error) => error.instancePath);
  const problems: ObjectProblem[] = [];
  for (const error of errors) {
    const path = parsePointer(error.instancePath, object);
    const value = valueAt(object, path);
    let problem: ObjectProblem;
    switch (error.keyword) {
      case 'required': {
        const missing = String(error.params.missingProperty);
        problem = { path: [...path, missing], message: `required field ${missing} is missing`, anchor: 'parent' };
        break;
      }
      case 'type': {
        if (oneOfPaths.includes(error.instancePath)) continue;
        const type = String(error.params.type);
        problem = {
          path,
          message: `must be ${TYPE_NAMES[type] ?? type}, not ${describeValue(value)}`,
          anchor: 'value',
        };
        break;
      }
      case 'format': {
        if (oneOfPaths.includes(error.instancePath)) continue;
        const format = String(error.params.format);
        problem = {
          path,
          message: `must be ${FORMAT_NAMES[format] ?? format}, not ${describeValue(value)}`,
          anchor: 'value',
        };
        break;
      }
      case 'enum': {
        const allowed = (error.params.allowedValues as unknown[]).map((item) => JSON.stringify(item)).join(', ');
        problem = { path, message: `must be one of ${allowed}, not ${describeValue(value)}`, anchor: 'value' };
        break;
      }
      case 'oneOf':
        problem = { path, message: `must be an integer or a string, not ${describeValue(value)}`, anchor: 'value' };
        break;
      default:
        problem = { path, message: `fails the schema rule "${error.keyword}"`, anchor: 'value' };
    }
    if (!problems.some((known) => samePath(known.path, problem.path) && known.message === problem.message)) {
      problems.push(problem);
    }
  }
  return problems;
}
