/**
 * Wraps the search box of @easyops-cn/docusaurus-search-local (a wrap, not an eject: the plugin's component
 * stays as it is) to add two things the plugin has no option for:
 *
 * - `/` focuses the search box, as on many documentation sites; the plugin's own shortcut stays Ctrl/Cmd+K.
 *   Ignored while typing in a field, so `/` still types a slash there (the command index filter, for one).
 * - Highlighting on the page a result opens: the plugin marks each query word as a substring, so the `k` of
 *   `k create configmap` would light up every letter k of the page, and `svc` would not mark the "Service"
 *   the result was found by. This re-marks short words as whole words only, and adds the synonyms the index
 *   matched (k <-> kubectl, short <-> long resource names), after the plugin's own marking.
 *
 * It also restyles the shortcut hint for contrast (styles.css).
 */
import React, { useEffect, type ReactNode } from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import Mark from 'mark.js';
import { synonymsOf } from '../../lib/searchTerms';
import './styles.css';

type Props = WrapperProps<typeof SearchBarType>;

/** The URL parameter the plugin puts the query words in when it opens a result. */
const HIGHLIGHT_PARAM = '_highlight';
/** Words this short are marked only as whole words. */
const WHOLE_WORD_MAX = 3;
const EXCLUDE = ['.theme-doc-toc-mobile > button'];
/** Characters around a whole word: mark.js counts anything else as part of the word. */
const LIMITERS = ' \n\t.,;:!?()[]{}<>"\'`/=-_|&*+$#@%~'.split('');

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function useSlashShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTyping(event.target)) return;
      const input = document.querySelector<HTMLInputElement>('input.navbar__search-input');
      if (!input) return;
      event.preventDefault(); // or the slash would be typed into the box
      input.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

function useSynonymHighlight(): void {
  const { search, pathname } = useLocation();
  useEffect(() => {
    const words = new URLSearchParams(search).getAll(HIGHLIGHT_PARAM).map((word) => word.toLowerCase());
    if (words.length === 0) return undefined;
    const all = [...new Set(words.flatMap((word) => [word, ...synonymsOf(word)]))];
    const short = all.filter((word) => word.length <= WHOLE_WORD_MAX);
    const long = all.filter((word) => word.length > WHOLE_WORD_MAX);
    // The plugin marks after a macro task (its effect runs first, being a child); this runs after it.
    const timer = window.setTimeout(() => {
      const root = document.querySelector('article');
      if (!root) return;
      const mark = new Mark(root);
      mark.unmark({
        done: () => {
          if (long.length) mark.mark(long, { exclude: EXCLUDE, separateWordSearch: false });
          if (short.length) {
            mark.mark(short, {
              exclude: EXCLUDE,
              separateWordSearch: false,
              accuracy: { value: 'exactly', limiters: LIMITERS },
            });
          }
        },
      });
    });
    return () => window.clearTimeout(timer);
  }, [search, pathname]);
}

export default function SearchBarWrapper(props: Props): ReactNode {
  useSlashShortcut();
  useSynonymHighlight();
  return <SearchBar {...props} />;
}
