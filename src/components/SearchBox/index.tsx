/**
 * The navbar's search box: a combobox whose listbox shows, for each matching page, the section that answers
 * the query (section title, page title, an excerpt with the matched words marked). Pagefind's script and
 * index load on first focus (./pagefind.ts). Keys: `/` or Ctrl/Cmd+K focus the box (a `/` typed in another
 * field stays a slash), arrows move through the results, Enter opens one, Escape closes the list.
 */
import React, { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useHistory } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { SearchHit } from './pagefind';
import styles from './styles.module.css';

/**
 * The search code (Pagefind's loader, the ranking, the table of kinds it knows) is a chunk of its own,
 * loaded with Pagefind on first use: a page that is only read does not run it.
 */
const searchCode = () => import(/* webpackChunkName: "search" */ './pagefind');

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function useFocusShortcuts(input: React.RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      if ((!modK && !slash) || event.defaultPrevented) return;
      event.preventDefault(); // no slash typed into the box, no browser search bar for Ctrl+K
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

interface Results {
  /** The query these hits answer. */
  query: string;
  hits: SearchHit[];
}
const NO_RESULTS: Results = { query: '', hits: [] };

function resultCount(count: number, query: string): string {
  if (count === 0) return `No results for ${query}`;
  return `${count} result${count === 1 ? '' : 's'} for ${query}`;
}

export interface SearchBoxProps {
  /** Shown open in a page (the /search page) rather than as a navbar dropdown. */
  inline?: boolean;
  initialQuery?: string;
}

export default function SearchBox({ inline = false, initialQuery = '' }: SearchBoxProps): ReactNode {
  const baseUrl = useBaseUrl('/');
  const history = useHistory();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initialQuery);
  // Each result set carries the query it answers. Only the set for the query on screen is shown,
  // announced or opened: while the next query's results are on their way, the list is closed and an Enter
  // waits for them (it used to open the previous query's first result).
  const [results, setResults] = useState<Results>(NO_RESULTS);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(inline);
  const latest = useRef('');
  const enterPending = useRef<string | null>(null);
  useFocusShortcuts(input);
  const answered = query.trim() !== '' && results.query === query;
  const hits = answered ? results.hits : [];

  useEffect(() => {
    latest.current = query;
    if (!query.trim()) {
      setResults(NO_RESULTS);
      return;
    }
    searchCode()
      .then(({ search }) => search(baseUrl, query, () => latest.current === query))
      .then(
        (found) => {
          if (found === null || latest.current !== query) return; // a later keystroke has its own results
          // Rendered now, not in a task React schedules after this one: the results show ~5 ms sooner at 4x
          // CPU slowdown (the reader is waiting for exactly this render).
          flushSync(() => {
            setResults({ query, hits: found });
            setActive(0);
          });
        },
        (error: unknown) => console.error('Search failed:', error),
      );
  }, [baseUrl, query]);

  const go = useCallback(
    (hit: SearchHit | undefined) => {
      enterPending.current = null;
      if (!hit) return;
      setOpen(inline);
      input.current?.blur();
      history.push(hit.href);
    },
    [history, inline],
  );

  // An Enter pressed before this query's results arrived opens its first result when they do.
  useEffect(() => {
    if (results.query === query && enterPending.current === query) go(results.hits[0]);
  }, [results, query, go]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (hits.length ? (current + step + hits.length) % hits.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (answered) go(hits[active]);
      else if (query.trim()) enterPending.current = query;
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const listId = `${id}-results`;
  const expanded = open && answered;
  return (
    <div
      className={inline ? styles.inline : styles.box}
      role="search"
      aria-label={inline ? 'Search the notes' : 'Site search'}
    >
      <input
        ref={input}
        className={`navbar__search-input ${styles.input}`}
        type="search"
        placeholder="Search"
        aria-label="Search the notes"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={() => {
          setOpen(true);
          searchCode()
            .then(({ loadPagefind }) => loadPagefind(baseUrl))
            .catch((error: unknown) => console.error('Search failed to load:', error));
        }}
        onBlur={() => setOpen(inline)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {!inline && <kbd className={styles.hint}>/</kbd>}
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className={styles.list}
        hidden={!expanded}
        data-query={answered ? results.query : undefined}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.href}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            data-href={hit.href}
            className={styles.option}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              go(hit);
            }}
          >
            <span className={styles.section}>{hit.section}</span>
            {hit.section !== hit.page && <span className={styles.page}>{hit.page}</span>}
            {/* Pagefind escapes the page text and adds only <mark> around the matched words. */}
            <span className={styles.excerpt} dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
          </li>
        ))}
        {hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className={styles.empty}>
            No section matches “{results.query}”.
          </li>
        )}
      </ul>
      <span className="visually-hidden" role="status">
        {expanded ? resultCount(hits.length, results.query) : ''}
      </span>
    </div>
  );
}
