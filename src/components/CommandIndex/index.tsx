/**
 * The kubectl command index page: every kubectl command of the notes by verb and resource type, each verb
 * with one line on what it does, near-identical commands folded into one entry, and a find box that matches
 * what a command does (its verb's and flags' meaning, task words) as well as its spelling. The data comes from
 * the commandIndex plugin at build time; the other tools and the commands only named in the text are shown
 * on demand, so the page stays small.
 */
import React, {
  useCallback,
  useDeferredValue,
  useMemo,
  useRef,
  type CSSProperties,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import Layout from '@theme/Layout';
import { useHistory } from '@docusaurus/router';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { CommandIndexData, CommandIndexPage, VerbSection } from '../../lib/notesCommandIndex';
import {
  MAX_QUERY,
  prepare,
  rank,
  readQuery,
  searchEntries,
  type Prepared,
  type SearchEntry,
} from '../../lib/commandSearch';
import { handleContentClick } from '../../lib/browser/contentActions';
import copy from 'copy-text-to-clipboard';
import CommandWords from '../CommandWords';
import AdoptedListing, { adoptsListing, LISTING_ID } from './AdoptedListing';
import { WordsContext, useExplainedWords } from './ExplainableCode';
import { CommandRow, Group, Uses } from './Rows';
import { sectionSize } from './sectionSize';
import styles from './styles.module.css';

/** The size a verb section reserves before it is laid out (styles.module.css, .verb). */
function reserveOf(section: VerbSection): CSSProperties {
  const { rows, chars } = sectionSize(section);
  return { '--kia-rows': rows, '--kia-chars': chars } as CSSProperties;
}

/** A part of the page shown on demand (a button that reveals it). */
function OnDemand({ id, title, label, children }: { id: string; title: string; label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <section id={id} className={styles.verb} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <button type="button" className={styles.more} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Hide' : 'Show'} {label}
      </button>
      {open && children}
    </section>
  );
}

/**
 * The whole index by verb: memoized, so typing in the find box does not re-render ~1,200 elements. On the
 * page's first load its verb sections are the server's HTML, adopted (AdoptedListing.tsx).
 */
const Listing = React.memo(function Listing({ index }: { index: CommandIndexData }): ReactNode {
  const { counts } = index;
  const [adopted] = useState(adoptsListing);
  return (
    <>
      <nav aria-label="Verbs" className={styles.verbNav}>
        {index.kubectl.map((section) => (
          <a key={section.id} href={`#${section.id}`}>
            {section.verb}
          </a>
        ))}
      </nav>
      {adopted ? (
        <AdoptedListing />
      ) : (
        <div id={LISTING_ID}>
          {index.kubectl.map((section) => (
            <section
              key={section.id}
              id={section.id}
              className={styles.verb}
              aria-labelledby={`${section.id}-t`}
              style={reserveOf(section)}
            >
              <h2 id={`${section.id}-t`} className={styles.verbTitle}>
                kubectl {section.verb}
              </h2>
              <p className={styles.verbDescription}>{section.description}.</p>
              {section.groups.map((group) => (
                <Group key={group.id} group={group} />
              ))}
            </section>
          ))}
        </div>
      )}
      <OnDemand id="other-commands" title="Other command-line tools" label={`${counts.otherCommands} commands`}>
        {index.other.map((group) => (
          <Group key={group.id} group={group} />
        ))}
      </OnDemand>
      <OnDemand id="mentions" title="Named in the text" label={`${index.mentions.length} commands`}>
        <ul className={styles.mentions}>
          {index.mentions.map((mention) => (
            <li key={mention.command} data-mention={mention.command}>
              <code>{mention.command}</code>: <Uses uses={mention.uses} />
            </li>
          ))}
        </ul>
      </OnDemand>
    </>
  );
});

function IndexBody({ index }: { index: CommandIndexPage }): ReactNode {
  const isBrowser = useIsBrowser();
  const history = useHistory();
  const words = useExplainedWords(index.wordsUrl);
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const [message, setMessage] = useState('');

  const onCopy = useCallback((command: string) => {
    setMessage(copy(command) ? `Copied: ${command}` : 'Copy failed: select the command and copy it by hand');
  }, []);

  // Prepared for the first query, not at load: ~16 ms of work (4x that on a phone) the reader may never need.
  const prepared = useRef<Prepared<SearchEntry>[]>();

  const read = useMemo(() => readQuery(deferred), [deferred]);
  // Input that is refused (too long) is answered at once, without waiting for the deferred render.
  const queryMessage = readQuery(text.length > MAX_QUERY ? text : '').message ?? read.message;
  const results = useMemo(() => {
    if (!read.query) return [];
    prepared.current ??= searchEntries(index).map(prepare);
    return rank(read.query, prepared.current);
  }, [read, index]);
  /** Copy, and the links of adopted rows (no Link there): client-side navigation, like Link's. */
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const copyButton = target?.closest('button[data-copy]');
    const command = copyButton?.closest('[data-command]')?.getAttribute('data-command');
    if (command) onCopy(command);
    else handleContentClick(event.nativeEvent, { navigate: (path) => history.push(path) });
  };
  const { counts } = index;
  const searching = deferred.trim() !== '' || queryMessage !== undefined;

  return (
    <WordsContext.Provider value={words.source}>
      {/* The listener of the rows' buttons and links (see onClick); each is a button or a link itself. */}
      <main className="container margin-vert--lg" onClick={onClick}>
        <h1>kubectl command index</h1>
        <p>
          The {counts.kubectlCommands} kubectl commands of the notes ({counts.kubectlUses} uses on {counts.pages} pages)
          by verb and resource type; commands that differ only in a name or value are one entry. Find a command by what
          it does (&quot;roll back&quot;, &quot;copy a file&quot;) or by how it is spelled. The alias <code>k</code> is
          written out as <code>kubectl</code>.
        </p>

        <div id="find" className={styles.filterBar} role="search" aria-label="Find a command">
          <label htmlFor="command-filter" className={styles.filterLabel}>
            Find
          </label>
          <input
            id="command-filter"
            type="search"
            className={styles.filter}
            placeholder="roll back, scale, port forward, svc..."
            value={text}
            onChange={(event) => setText(event.target.value)}
            disabled={!isBrowser}
            autoComplete="off"
            spellCheck={false}
          />
          <span className={styles.count} role="status" aria-live="polite" data-testid="command-count">
            {!searching
              ? `${counts.kubectlCommands} commands`
              : queryMessage
                ? queryMessage
                : `${results.length} ${results.length === 1 ? 'match' : 'matches'}`}
          </span>
        </div>
        <p className={styles.copyStatus} role="status" aria-live="polite">
          {message}
        </p>

        {searching && (
          <ol className={styles.results} data-results="">
            {results.slice(0, 30).map((result) =>
              result.entry ? (
                <CommandRow key={result.command} command={result.entry} result />
              ) : (
                <li key={result.command} className={styles.command} data-result={result.command}>
                  <code className={styles.commandText}>{result.command}</code>: {result.description} (a kubectl verb the
                  notes do not run).
                </li>
              ),
            )}
            {results.length === 0 && !queryMessage && (
              <li className={styles.empty}>
                No command matches “{deferred.length > 60 ? `${deferred.slice(0, 60)}…` : deferred}”.
              </li>
            )}
          </ol>
        )}
        {/* Hidden, not unmounted, while searching: the first keystroke does not tear down ~1,200 elements. */}
        <div hidden={searching}>
          <Listing index={index} />
          {words.entries.length > 0 && (
            <CommandWords entries={words.entries} label="The words of the commands explained so far" />
          )}
        </div>
      </main>
    </WordsContext.Provider>
  );
}

/** The page: the layout around the index; only the index body re-renders as the reader types. */
export default function CommandIndex({ index }: { index: CommandIndexPage }): ReactNode {
  // Registers the ids so `onBrokenAnchors: 'throw'` can check links other pages make to them.
  const brokenLinks = useBrokenLinks();
  index.kubectl.forEach((section) => {
    brokenLinks.collectAnchor(section.id);
    section.groups.forEach((group) => brokenLinks.collectAnchor(group.id));
  });
  ['other-commands', 'mentions', 'find'].forEach((id) => brokenLinks.collectAnchor(id));
  return (
    <Layout
      title="kubectl command index"
      description="Every kubectl command of the notes by verb, with what each verb does, found by task or spelling."
    >
      <IndexBody index={index} />
    </Layout>
  );
}
