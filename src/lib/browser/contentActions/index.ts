/**
 * What a page's content does when clicked, for every block at once, by event delegation from the content
 * root (src/theme/MDXContent): copy and wrap on code blocks, copy and download on manifests, and, where
 * the content was adopted from the server's HTML without React, client-side navigation for the site's
 * own links. No component in the content needs a React handler, so the content can stay static HTML.
 */
import copy from 'copy-text-to-clipboard';
import { downloadText } from '../download';

/** The exact text of a code block: its lines, plus the final newline the line markup does not show. */
export function codeBlockText(block: Element): string {
  const text = block.querySelector('pre code')?.textContent ?? '';
  return block.getAttribute('data-final-newline') === 'true' ? `${text}\n` : text;
}

function flash(button: Element, attribute: string): void {
  button.setAttribute(attribute, 'true');
  setTimeout(() => button.removeAttribute(attribute), 2000);
}

function codeBlockAction(button: Element, action: string): void {
  const block = button.closest('.kia-code');
  if (!block) return;
  if (action === 'copy') {
    if (copy(codeBlockText(block))) flash(button, 'data-copied');
  } else if (action === 'wrap') {
    const pre = block.querySelector('pre');
    const wrapped = pre?.getAttribute('data-wrap') !== 'true';
    pre?.setAttribute('data-wrap', String(wrapped));
    button.setAttribute('aria-pressed', String(wrapped));
  }
}

function manifestAction(button: Element, action: string): void {
  const manifest = button.closest('[data-manifest]');
  const block = manifest?.querySelector('.kia-code');
  const status = manifest?.querySelector('[role="status"]');
  if (!manifest || !block) return;
  const name = (manifest.getAttribute('data-manifest') ?? '').split('/').pop() ?? 'manifest';
  const text = codeBlockText(block);
  let message: string;
  if (action === 'copy') message = copy(text) ? `Copied ${name}` : 'Copy failed: select the text and copy it by hand';
  else {
    downloadText(name, text);
    message = `Downloaded ${name}`;
  }
  if (status) status.textContent = message;
}

/** The path to navigate to in the app for a click on `anchor`, or undefined to let the browser act. */
export function appLinkTarget(anchor: HTMLAnchorElement, event: MouseEvent, origin: string): string | undefined {
  if (
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  ) {
    return undefined;
  }
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return undefined;
  const url = new URL(anchor.href, origin);
  // Other sites, and files of this one (raw manifests, diagram renders, PDFs) that are not app routes.
  if (url.origin !== origin || /\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

export interface ContentActionsOptions {
  /** Set where the content is static HTML: the site's links then navigate through this. */
  navigate?: (path: string) => void;
}

export function handleContentClick(event: MouseEvent, { navigate }: ContentActionsOptions): void {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest('button[data-code-action], button[data-manifest-action]');
  if (button) {
    const codeAction = button.getAttribute('data-code-action');
    if (codeAction) codeBlockAction(button, codeAction);
    else manifestAction(button, button.getAttribute('data-manifest-action') ?? '');
    return;
  }
  const anchor = target?.closest('a[href]');
  if (navigate && anchor instanceof HTMLAnchorElement) {
    const path = appLinkTarget(anchor, event, window.location.origin);
    if (path && path.split('#')[0] !== window.location.pathname) {
      event.preventDefault();
      navigate(path);
    }
  }
}
