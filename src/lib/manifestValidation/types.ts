/** Shapes shared by the validator's modules. */

/** One step of a field path: an object key or an array index. */
export type PathSegment = string | number;

/** An error object of an Ajv standalone validator (the fields kubernetes-models' validators set). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * A kubernetes-models class (Pod, Deployment...): its `validate` runs the compiled schema on `this`
 * and throws an error whose `errors` are the Ajv errors.
 */
export interface SchemaModel {
  prototype: { validate(): void };
}

/** Where in the YAML a problem points: the key of the field, its value, or the object that lacks it. */
export type Anchor = 'key' | 'value' | 'parent';

/** A problem with one Kubernetes object, before it is placed in the text. */
export interface ObjectProblem {
  path: PathSegment[];
  message: string;
  anchor: Anchor;
}

/** A problem placed in the text: 1-based line and column, 0-based offsets [from, to). */
export interface Problem {
  /** 1-based number of the YAML document in the file. */
  document: number;
  line: number;
  column: number;
  from: number;
  to: number;
  /** `spec.template.spec.containers[0].image`; empty for a syntax error. */
  field: string;
  message: string;
}

export interface ValidationResult {
  problems: Problem[];
  /** Number of non-empty YAML documents. */
  documents: number;
  /** `valid for Kubernetes <version>` or `2 problems`. */
  summary: string;
}
