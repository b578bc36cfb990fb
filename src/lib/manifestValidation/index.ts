/**
 * Validates the text of a manifest for current Kubernetes, as `kubectl apply` with strict field
 * validation would: YAML syntax, every document (`---`) against the schema of its apiVersion and kind,
 * unknown fields, API versions Kubernetes no longer serves. Every problem has its line:column and field
 * path. Pure and shared: the browser editor runs it as the reader types, the manifest tests at build.
 */
import { fieldPath } from './fieldPath';
import { validSummary } from './kubernetesVersion';
import { validateObject } from './validateObject';
import { locate, parseYaml } from './yamlDocuments';
import type { Problem, ValidationResult } from './types';

export { validateObject } from './validateObject';
export { fieldPath, jsonPointer } from './fieldPath';
export { validSummary } from './kubernetesVersion';
export { SCHEMA_MARKERS, schemaKubernetesVersion } from './schemaVersion';
export { SCHEMAS } from './schemas';
export type { ObjectProblem, PathSegment, Problem, ValidationResult } from './types';

/** `schemaKubernetes`: the release the schemas are for (src/lib/build/schemaKubernetes.ts at build time). */
export function summarize(problems: number, schemaKubernetes?: string): string {
  if (problems === 0) return validSummary(schemaKubernetes);
  return problems === 1 ? '1 problem' : `${problems} problems`;
}

export async function validateManifest(text: string, schemaKubernetes?: string): Promise<ValidationResult> {
  const { lineCounter, documents, syntax } = parseYaml(text);
  const problems: Problem[] = [];
  const place = (document: number, from: number, to: number, field: string, message: string): Problem => {
    const { line, col } = lineCounter.linePos(from);
    return { document, line, column: col, from, to: Math.max(to, from), field, message };
  };
  for (const error of syntax) problems.push(place(error.document, error.from, error.to, '', error.message));
  for (const parsed of documents) {
    if (parsed.value === undefined) continue;
    for (const problem of await validateObject(parsed.value)) {
      const [from, to] = locate(parsed.document, problem.path, problem.anchor);
      problems.push(place(parsed.index, from, to, fieldPath(problem.path), problem.message));
    }
  }
  problems.sort((a, b) => a.from - b.from || a.to - b.to);
  if (documents.length === 0 && problems.length === 0) {
    problems.push(place(1, 0, 0, '', 'no Kubernetes object: the text is empty'));
  }
  return { problems, documents: documents.length, summary: summarize(problems.length, schemaKubernetes) };
}
