/**
 * Validates one Kubernetes object (a parsed YAML document) for current Kubernetes: an apiVersion it
 * still serves, the schema of that apiVersion and kind, and no unknown fields. The one check shared by
 * the browser editor and the build's manifest test.
 */
import { schemaProblems } from './messages';
import { removedApi, removedApiMessage } from './removedApis';
import { schemaLoader, servedVersionOf } from './schemas';
import { recordReads, unreadFields, type ReadFields } from './unknownFields';
import type { ObjectProblem, PathSegment, SchemaError } from './types';

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

/** Problems with the apiVersion/kind pair, or the schema validator to use. */
function versionProblem(apiVersion: unknown, kind: unknown): ObjectProblem | undefined {
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    return {
      path: ['apiVersion'],
      message: 'apiVersion is missing (a string such as v1 or apps/v1)',
      anchor: 'parent',
    };
  }
  if (typeof kind !== 'string' || kind === '') {
    return { path: ['kind'], message: 'kind is missing (a string such as Pod or Deployment)', anchor: 'parent' };
  }
  if (schemaLoader(apiVersion, kind)) return undefined;
  const removed = removedApi(apiVersion, kind);
  if (removed) return { path: ['apiVersion'], message: removedApiMessage(apiVersion, kind, removed), anchor: 'value' };
  const served = servedVersionOf(kind);
  if (served) {
    return {
      path: ['apiVersion'],
      message: `${apiVersion} does not serve ${kind}: use apiVersion ${served}`,
      anchor: 'value',
    };
  }
  return { path: ['kind'], message: `${kind} is not a kind this validator knows`, anchor: 'value' };
}

/** Every problem of one object, each naming its field. Loads the schema of the object's kind on first use. */
export async function validateObject(object: unknown): Promise<ObjectProblem[]> {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) {
    return [
      { path: [], message: 'a Kubernetes object must be a mapping (apiVersion, kind, metadata...)', anchor: 'value' },
    ];
  }
  const { apiVersion, kind } = object as Record<string, unknown>;
  const problem = versionProblem(apiVersion, kind);
  if (problem) return [problem];
  const loader = schemaLoader(String(apiVersion), String(kind));
  if (!loader) return [];
  const model = await loader();
  const read: ReadFields = new Map();
  let errors: SchemaError[] = [];
  try {
    model.prototype.validate.call(recordReads(object, read));
  } catch (error) {
    const found = (error as { errors?: unknown }).errors;
    if (!Array.isArray(found)) throw error;
    errors = found as SchemaError[];
  }
  const problems = schemaProblems(errors, object);
  // A field whose value has the wrong type was not looked into: its children are not unknown.
  const wrongType = problems.filter((known) => known.anchor === 'value').map((known) => known.path);
  for (const path of unreadFields(object, read)) {
    if (wrongType.some((prefix) => startsWith(path, prefix) && path.length > prefix.length)) continue;
    problems.push({ path, message: `unknown field ${String(path.at(-1))}`, anchor: 'key' });
  }
  return problems;
}
