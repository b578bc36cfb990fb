/**
 * The loader of the command word popover: a few lines in the page's bundle that wait for a reader to point
 * at, focus or tap an explained word of a kubectl command (`<a href="#kx3">` in a code block), and only
 * then load the popover (src/components/CommandWords/popover.ts, its own chunk, precached for offline use).
 * Until then a word is a plain link to its explanation at the end of the page.
 */
const WORD = 'a[href^="#kx"]';

type Island = typeof import('../components/CommandWords/popover');
let island: Promise<Island> | undefined;
const load = (): Promise<Island> =>
  (island ??= import(/* webpackChunkName: "command-words" */ '../components/CommandWords/popover'));

function wordOf(event: Event): HTMLAnchorElement | null {
  const target = event.target;
  return target instanceof Element ? target.closest<HTMLAnchorElement>(WORD) : null;
}

if (typeof document !== 'undefined') {
  document.addEventListener('pointerover', (event) => {
    const word = wordOf(event);
    if (word) void load().then((module) => module.onPointerOver(word, event));
  });
  document.addEventListener('focusin', (event) => {
    const word = wordOf(event);
    if (word) void load().then((module) => module.onFocus(word));
  });
  document.addEventListener('click', (event) => {
    const word = wordOf(event);
    if (!word || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void load().then((module) => module.onActivate(word));
  });
}
