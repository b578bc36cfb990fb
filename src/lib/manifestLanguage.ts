/** The code-block language of a manifest or support file, by its name. */
const LANGUAGES: Record<string, string> = {
  yml: 'yaml',
  yaml: 'yaml',
  conf: 'nginx',
  sh: 'bash',
  json: 'json',
};

export function languageOf(file: string): string {
  const base = file.split('/').pop() ?? file;
  if (base === 'Dockerfile') return 'docker';
  return LANGUAGES[base.split('.').pop() ?? ''] ?? 'text';
}
