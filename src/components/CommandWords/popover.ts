/**
 * The island of the command words: shows a word's explanation beside it, on hover, on keyboard focus and on
 * a tap, in one popover element for the whole page. Loaded on first use (src/clientModules/commandWords.ts);
 * it computes nothing: the text is the word's entry in the page's list (index.tsx), made at build time.
 *
 * Keyboard: each command line is one Tab stop (its first word); the arrow keys move between its words;
 * focus shows the word's explanation (and describes the word to a screen reader); Enter opens it and moves
 * focus into it (for its link); Escape closes it and focus returns to the word. The popover is `fixed`
 * above the page, so nothing in the page moves.
 */
import styles from './popover.module.css';

export const WORD = 'a[href^="#kx"]';
const POPOVER_ID = 'kx-popover';

let popover: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let pinned = false;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
/** The word focus returns to on Escape: its focus does not open the popover again. */
let returning: HTMLAnchorElement | undefined;

const entryOf = (word: HTMLAnchorElement) => document.getElementById(decodeURIComponent(word.hash.slice(1)));
const isWord = (node: unknown): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.matches(WORD);

/** Places the popover under its word (above when there is no room), inside the window. */
function place(): void {
  if (!popover || !current || popover.hidden) return;
  const word = current.getBoundingClientRect();
  if (word.bottom < 0 || word.top > window.innerHeight) {
    close(false);
    return;
  }
  const margin = 8;
  const { width, height } = popover.getBoundingClientRect();
  const left = Math.max(margin, Math.min(word.left, window.innerWidth - width - margin));
  const below = word.bottom + 6;
  const top =
    below + height + margin > window.innerHeight && word.top - height - 6 > margin ? word.top - height - 6 : below;
  popover.style.left = `${Math.round(left)}px`;
  popover.style.top = `${Math.round(top)}px`;
}

function create(): HTMLDivElement {
  const element = document.createElement('div');
  element.id = POPOVER_ID;
  element.className = styles.popover ?? '';
  element.setAttribute('role', 'dialog');
  element.tabIndex = -1;
  element.hidden = true;
  element.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  element.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse') scheduleHide();
  });
  element.addEventListener('focusout', (event) => {
    const to = event.relatedTarget;
    if (!(to instanceof Node) || (!element.contains(to) && to !== current)) close(false);
  });
  // A link of the explanation: the same link in the page's list follows it (the app's router handles it there).
  element.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const original = current ? entryOf(current)?.querySelector('a') : null;
    if (link && original && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
      event.preventDefault();
      close(false);
      original.click();
    }
  });
  document.body.append(element);
  return element;
}

function release(word: HTMLAnchorElement | undefined): void {
  word?.removeAttribute('aria-expanded');
  word?.removeAttribute('aria-describedby');
}

/** Shows a word's explanation; `pin` keeps it open and moves focus into it. */
export function show(word: HTMLAnchorElement, pin = false): void {
  const entry = entryOf(word);
  if (!entry) return;
  clearTimeout(hideTimer);
  popover ??= create();
  if (current !== word) {
    release(current);
    current = word;
    popover.replaceChildren(...Array.from(entry.childNodes, (node) => node.cloneNode(true)));
    popover.setAttribute('aria-label', `${word.textContent ?? ''}: explanation`);
    popover.dataset.outdated = entry.dataset.outdated ?? '';
    pinned = false;
  }
  word.setAttribute('aria-expanded', 'true');
  word.setAttribute('aria-describedby', POPOVER_ID);
  popover.hidden = false;
  place();
  if (pin) {
    pinned = true;
    popover.focus({ preventScroll: true });
  }
}

/** Hides the popover; `returnFocus` puts focus back on its word. */
export function close(returnFocus: boolean): void {
  clearTimeout(hideTimer);
  if (!popover || popover.hidden) return;
  popover.hidden = true;
  pinned = false;
  const word = current;
  release(word);
  current = undefined;
  if (returnFocus && word && document.activeElement !== word) {
    returning = word;
    word.focus({ preventScroll: true });
  }
}

function scheduleHide(): void {
  clearTimeout(hideTimer);
  if (pinned) return;
  hideTimer = setTimeout(() => {
    if (!pinned && document.activeElement !== current) close(false);
  }, 300);
}

/** The words of the same command line (or inline command), for the arrow keys. */
function wordsAround(word: HTMLAnchorElement): HTMLAnchorElement[] {
  const line = word.closest('.code-line, code') ?? word.parentElement;
  return line ? Array.from(line.querySelectorAll<HTMLAnchorElement>(WORD)) : [word];
}

function move(word: HTMLAnchorElement, step: number | 'first' | 'last'): void {
  const words = wordsAround(word);
  const at = words.indexOf(word);
  const next =
    step === 'first'
      ? words[0]
      : step === 'last'
        ? words.at(-1)
        : words[Math.max(0, Math.min(words.length - 1, at + step))];
  if (!next || next === word) return;
  // Roving stop: the word focused last is the line's Tab stop.
  word.tabIndex = -1;
  next.removeAttribute('tabindex');
  next.focus();
}

function onKeyDown(event: KeyboardEvent): void {
  const target = event.target;
  if (event.key === 'Escape' && popover && !popover.hidden) {
    const inside = target instanceof Node && popover.contains(target);
    close(inside || target === current);
    return;
  }
  if (!isWord(target)) return;
  const keys: Record<string, number | 'first' | 'last'> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    Home: 'first',
    End: 'last',
  };
  const step = keys[event.key];
  if (step !== undefined) {
    event.preventDefault();
    move(target, step);
  }
}

/** Called by the loader for the event that loaded this module, and for every later one. */
export function onPointerOver(word: HTMLAnchorElement, event: PointerEvent): void {
  if (event.pointerType === 'mouse' && !pinned) show(word);
}

export function onFocus(word: HTMLAnchorElement): void {
  if (returning === word) returning = undefined;
  else if (!(pinned && current === word)) show(word);
}

export function onActivate(word: HTMLAnchorElement): void {
  if (pinned && current === word) close(true);
  else show(word, true);
}

document.addEventListener('keydown', onKeyDown);
document.addEventListener('pointerout', (event) => {
  if (event.pointerType === 'mouse' && isWord(event.target) && event.target === current) scheduleHide();
});
document.addEventListener('focusout', (event) => {
  const to = event.relatedTarget;
  if (event.target === current && !pinned && !(to instanceof Node && popover?.contains(to))) close(false);
});
document.addEventListener('pointerdown', (event) => {
  const target = event.target;
  if (!popover || popover.hidden || !(target instanceof Node)) return;
  if (!popover.contains(target) && !(target instanceof Element && target.closest(WORD))) close(false);
});
window.addEventListener('scroll', place, { capture: true, passive: true });
window.addEventListener('resize', place, { passive: true });
