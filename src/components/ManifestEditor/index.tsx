/**
 * The manifest editor: CodeMirror 6 with the shared validator as a debounced linter, inline marks, a
 * list of problems (line:column, field, message) and a summary line. A separate chunk, loaded on the
 * first Edit (see launcher.tsx); the schema of each kind is a further chunk, loaded when first needed.
 * It edits a copy: the file and the page's embed never change. The draft lives in sessionStorage.
 */
import React, { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { EditorView } from '@codemirror/view';
import { EditorState } from '@codemirror/state';
import type { Diagnostic } from '@codemirror/lint';
import type { ValidationResult } from '../../lib/manifestValidation';
import copy from 'copy-text-to-clipboard';
import { downloadText } from '../../lib/browser/download';
import { readDraft, writeDraft } from './draft';
import { editorExtensions } from './extensions';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { ManifestsGlobalData } from '../../lib/manifestCatalog';
import styles from './styles.module.css';

export interface ManifestEditorProps {
  /** Path under manifests/, e.g. `ch05/kubia-svc.yml`. */
  file: string;
  /** The file's exact text: what Reset restores. */
  original: string;
  /** Called with true/false as the text differs from the file or not. */
  onEdited(edited: boolean): void;
  onClose(): void;
}

/**
 * The validator (with the `yaml` parser) is a chunk of its own, so that the editor is editable before
 * it has arrived; the editor starts loading it at once, during the linter's first delay.
 */
const loadValidator = (): Promise<typeof import('../../lib/manifestValidation')> =>
  import(/* webpackChunkName: "manifest-validation" */ '../../lib/manifestValidation');

/** Runs the validator and times it (a `manifest-validation` performance measure per run). */
async function timedValidation(text: string, schemaKubernetes: string | undefined): Promise<ValidationResult> {
  const { validateManifest } = await loadValidator();
  const start = performance.now();
  const result = await validateManifest(text, schemaKubernetes);
  performance.measure('manifest-validation', { start, end: performance.now() });
  return result;
}

export default function ManifestEditor({ file, original, onEdited, onClose }: ManifestEditorProps): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [status, setStatus] = useState('');
  const [stale, setStale] = useState(false);
  const name = file.split('/').pop() ?? file;
  // The Kubernetes release of the schemas, read from kubernetes-models at build time (src/plugins/manifests).
  const { schemaKubernetes } = (usePluginData('kia-manifests') as ManifestsGlobalData | undefined) ?? {};
  const callbacks = useRef({ onEdited });
  callbacks.current.onEdited = onEdited;

  useEffect(() => {
    if (!host.current) return undefined;
    loadValidator().catch(() => undefined); // a failure shows when the linter runs
    const draft = readDraft(file, original);
    setStale(draft?.stale ?? false);
    const diagnose = async (text: string): Promise<Diagnostic[]> => {
      const validation = await timedValidation(text, schemaKubernetes);
      setResult(validation);
      const length = view.current?.state.doc.length ?? text.length;
      return validation.problems.map((problem) => ({
        from: Math.min(problem.from, length),
        to: Math.min(problem.to, length),
        severity: 'error',
        message: problem.field ? `${problem.field}: ${problem.message}` : problem.message,
      }));
    };
    const onChange = (text: string): void => {
      writeDraft(file, original, text);
      callbacks.current.onEdited(text !== original);
    };
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: draft?.text ?? original,
        extensions: editorExtensions({ label: `Edit manifest ${file}`, diagnose, onChange }),
      }),
    });
    view.current = editor;
    editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [file, original, schemaKubernetes]);

  const text = (): string => view.current?.state.doc.toString() ?? original;
  const onReset = useCallback(() => {
    const editor = view.current;
    if (!editor) return;
    // One undoable change, so Ctrl+Z brings the edits back.
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: original } });
    setStale(false);
    setStatus(`Reset to the site's ${name}`);
    editor.focus();
  }, [original, name]);
  const onCopy = (): void => {
    setStatus(copy(text()) ? `Copied the edited ${name}` : 'Copy failed: select the text and copy it by hand');
  };
  const onDownload = (): void => {
    downloadText(name, text());
    setStatus(`Downloaded the edited ${name}`);
  };
  const goTo = (from: number): void => {
    const editor = view.current;
    if (!editor) return;
    const position = Math.min(from, editor.state.doc.length);
    editor.dispatch({ selection: { anchor: position }, scrollIntoView: true });
    editor.focus();
  };

  const problems = result?.problems ?? [];
  return (
    <div className={styles.editor} data-manifest-editor={file}>
      <div className={styles.toolbar}>
        <button type="button" className={styles.button} onClick={onReset} aria-label={`Reset ${name} to the file`}>
          Reset
        </button>
        <button type="button" className={styles.button} onClick={onCopy} aria-label={`Copy the edited ${name}`}>
          Copy
        </button>
        <button type="button" className={styles.button} onClick={onDownload} aria-label={`Download the edited ${name}`}>
          Download
        </button>
        <button type="button" className={styles.button} onClick={onClose} aria-label={`Close the editor of ${name}`}>
          Close
        </button>
        <span className={styles.status} role="status" aria-live="polite">
          {status}
        </span>
      </div>
      <p className={styles.hint}>
        Tab indents; press Esc then Tab to leave the editor. Ctrl+Z undoes, F8 goes to the next problem.
        {stale && ' This draft started from an older version of the file: Reset loads the current one.'}
      </p>
      <div ref={host} className={styles.host} />
      <p className={styles.summary} role="status" aria-live="polite" data-validation-summary>
        {result ? result.summary : 'Validating…'}
      </p>
      {problems.length > 0 && (
        <ol className={styles.problems} aria-label={`Problems in ${name}`}>
          {problems.map((problem) => (
            <li key={`${problem.from}-${problem.field}-${problem.message}`} data-line={problem.line}>
              <button type="button" className={styles.problem} onClick={() => goTo(problem.from)}>
                <span className={styles.position}>
                  {problem.line}:{problem.column}
                </span>{' '}
                {problem.field && <code className={styles.field}>{problem.field}</code>} {problem.message}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
