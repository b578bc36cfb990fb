/**
 * The small part of the editor that every page loads: the Edit button, the "edited" mark, and the
 * lazy import of the editor itself (its own chunk, with CodeMirror and the validator). Nothing else is
 * loaded until the reader presses Edit.
 */
import React, { Suspense, lazy, useEffect, useRef, useState, type ReactNode } from 'react';
import { hasDraft } from './draft';
import styles from './launcher.module.css';

function LoadFailed(): ReactNode {
  return (
    <p className={styles.message} role="alert">
      The editor could not be loaded. If you are offline, open the site once online so that it is saved.
    </p>
  );
}

const ManifestEditor = lazy(() =>
  import(/* webpackChunkName: "manifest-editor" */ './index').catch(() => ({ default: LoadFailed })),
);

export interface ManifestEditing {
  /** The Edit button and the "edited" mark, for the manifest's toolbar. */
  button: ReactNode;
  /** The editor while it is open, else null. */
  panel: ReactNode;
  editing: boolean;
}

/**
 * Edit mode for one manifest. `source` is its text, or a function that fetches it (the catalog page
 * does not carry the texts).
 */
export function useManifestEditor(
  file: string,
  source: string | (() => Promise<string>),
  buttonClassName?: string,
): ManifestEditing {
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState(false);
  const [text, setText] = useState(typeof source === 'string' ? source : undefined);
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => setEdited(hasDraft(file)), [file]);
  const name = file.split('/').pop() ?? file;

  const open = (): void => {
    setEditing(true);
    if (text === undefined && typeof source === 'function') {
      source().then(setText, () => setError(`Could not load ${name}.`));
    }
  };
  const close = (): void => {
    setEditing(false);
    button.current?.focus();
  };

  return {
    editing,
    button: (
      <>
        <button
          ref={button}
          type="button"
          className={buttonClassName}
          onClick={editing ? close : open}
          aria-expanded={editing}
          aria-label={`${editing ? 'Close the editor of' : 'Edit'} ${name}`}
          data-edit-manifest={file}
        >
          {editing ? 'Close editor' : 'Edit'}
        </button>
        {edited && (
          <span className={styles.edited} title="You changed this manifest in this tab; the file is unchanged">
            edited
          </span>
        )}
      </>
    ),
    panel: !editing ? null : error ? (
      <p className={styles.message} role="alert">
        {error}
      </p>
    ) : text === undefined ? (
      <p className={styles.message}>Loading {name}…</p>
    ) : (
      <Suspense fallback={<p className={styles.message}>Loading the editor…</p>}>
        <ManifestEditor file={file} original={text} onEdited={setEdited} onClose={close} />
      </Suspense>
    ),
  };
}
