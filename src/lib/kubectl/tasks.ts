/**
 * Words readers use for what a verb or flag does, where kubectl's own descriptions use others ("roll back"
 * for `rollout undo`). Ours, not kubectl's: search synonyms only, never shown as kubectl's words.
 */
export const TASK_WORDS: Readonly<Record<string, string>> = {
  'rollout undo': 'roll back rollback revert previous version',
  'rollout status': 'wait for rollout progress',
  'rollout history': 'revisions change cause',
  'port-forward': 'port forward tunnel local port',
  cp: 'copy file files',
  logs: 'log output print logs container output',
  scale: 'scale replicas resize',
  exec: 'run a command in a container shell',
  'set image': 'update image new version',
  annotate: 'annotation change cause',
  label: 'labels',
  '--dry-run': 'dry run preview without creating',
  '--watch': 'watch follow changes',
  '-w': 'watch follow changes',
  '--follow': 'follow stream',
};
