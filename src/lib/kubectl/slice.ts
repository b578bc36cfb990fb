/**
 * The part of the model a page needs in the browser: every verb's path (to read any command and suggest a
 * verb), the flags of the verbs it names only, the flags of every verb, and the resource types. A few KB of
 * JSON instead of the whole spec. Pure.
 */
import type { KubectlModel } from './types';

export function sliceModel(model: KubectlModel, verbPaths: Iterable<string>): KubectlModel {
  const keep = new Set(verbPaths);
  const verbs: KubectlModel['verbs'] = {};
  for (const [path, verb] of Object.entries(model.verbs)) {
    verbs[path] = keep.has(path)
      ? verb
      : {
          path,
          description: '',
          subcommands: verb.subcommands,
          flags: [],
          ...(verb.status ? { status: verb.status } : {}),
        };
  }
  return { version: model.version, verbs, globalFlags: model.globalFlags, resources: model.resources };
}
