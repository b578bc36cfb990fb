/**
 * Build side of src/lib/manifestValidation/schemaVersion.ts: the Kubernetes release of the schemas in
 * the installed kubernetes-models, from the compiled schema files the package ships (`_schemas/`).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { schemaFileName, schemaKubernetesVersion } from '../manifestValidation/schemaVersion';

const require = createRequire(path.join(process.cwd(), 'package.json'));

/** The folder of kubernetes-models' compiled schemas. */
export function schemasDir(): string {
  return path.join(path.dirname(require.resolve('kubernetes-models/package.json')), '_schemas');
}

/** `1.36`: the release the installed kubernetes-models' schemas are for. */
export function installedSchemaKubernetes(dir: string = schemasDir()): string {
  return schemaKubernetesVersion((definition) => fs.existsSync(path.join(dir, `${schemaFileName(definition)}.js`)));
}
