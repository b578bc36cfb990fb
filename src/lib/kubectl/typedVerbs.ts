/**
 * Verbs whose first argument is a resource type (`get pods`, `scale rc kubia`) or `type/name`
 * (`rollout undo deployment/kubia`). The one list: the parser (parse.ts) reads `get rc` as a type with it,
 * the command index (commands/kubectl.ts) groups by it, the search index (plugins/search) spells short
 * names out after it. Pure data, so the parser does not pull in the Node-loaded model to know it.
 */
export const TYPED_VERBS: ReadonlySet<string> = new Set([
  'annotate',
  'autoscale',
  'delete',
  'describe',
  'edit',
  'events',
  'explain',
  'expose',
  'get',
  'label',
  'patch',
  'replace',
  'scale',
  'top',
  'wait',
  'rollout history',
  'rollout pause',
  'rollout restart',
  'rollout resume',
  'rollout status',
  'rollout undo',
  'set env',
  'set image',
  'set resources',
  'set selector',
  'set serviceaccount',
  'set subject',
]);
