/**
 * "New version available - reload": shown when a new deploy's service worker has precached the new
 * site and waits. Rendered into its own root outside the app (the app may be mid-navigation), so it
 * uses only Infima's global classes and CSS variables, which follow the colour mode.
 */
import React, { useState, type ReactNode } from 'react';
import styles from './styles.module.css';

export interface ReloadPromptProps {
  /** Switches to the new version and reloads the page. */
  onReload: () => void;
}

export default function ReloadPrompt({ onReload }: ReloadPromptProps): ReactNode {
  const [state, setState] = useState<'open' | 'reloading' | 'dismissed'>('open');
  if (state === 'dismissed') return null;
  return (
    <div className={styles.prompt} role="alert" data-reload-prompt>
      <p className={styles.text}>
        <strong>New version available</strong>
        <span className={styles.detail}>Reload to read the latest notes.</span>
      </p>
      <div className={styles.buttons}>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={state === 'reloading'}
          onClick={() => {
            setState('reloading');
            onReload();
          }}
        >
          {state === 'reloading' ? 'Reloading...' : 'Reload'}
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => setState('dismissed')}>
          Later
        </button>
      </div>
    </div>
  );
}
