/** Mounts the reload prompt once, at the end of <body>. Imported lazily by the service worker client. */
import React from 'react';
import { createRoot } from 'react-dom/client';
import ReloadPrompt, { type ReloadPromptProps } from './index';

const CONTAINER_ID = 'reload-prompt';

export function renderReloadPrompt(props: ReloadPromptProps): void {
  if (document.getElementById(CONTAINER_ID)) return;
  const container = document.createElement('div');
  container.id = CONTAINER_ID;
  document.body.appendChild(container);
  createRoot(container).render(<ReloadPrompt {...props} />);
}
