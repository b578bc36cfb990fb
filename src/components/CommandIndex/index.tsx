/**
 * The kubectl command index page: every command of the notes by verb and resource type, with a copy button,
 * the sections it appears in, and what current kubectl makes of it. The data comes from the commandIndex
 * plugin at build time, so the whole list is in the static HTML; JavaScript adds the filter and copying.
 */
import React, { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { CommandGroup, CommandIndexData, IndexedCommand } from '../../lib/notesCommandIndex';
import type { CommandStatus } from '../../lib/commands';
import { findResource } from '../../lib/kubectlResources';
import copy from 'copy-text-to-clipboard';
import styles from './styles.module.css';

/** Text with `backticks` as <code>, for the status notes. */
function InlineMarkdown({ text }: { text: string }): ReactNode {
  return text
    .split(/(`[^`]+`)/)
    .map((part, index) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1 ? (
        <code key={index}>{part.slice(1, -1)}</code>
      ) : (
        <React.Fragment key={index}>{part}</React.Fragment>
      ),
    );
}

// ---------------------------------------------------------------------------------------------------------
// Filtering
// ---------------------------------------------------------------------------------------------------------

/** Everything a filter word may match: the command, its group, the sections it is in, its status. */
function haystack(group: CommandGroup, command: IndexedCommand): string {
  return [
    group.title,
    command.command,
    ...command.uses.map((use) => `${use.pageLabel} ${use.section}`),
    ...command.statuses.map((status) => `${status.label} ${status.kind} ${status.replacements.join(' ')}`),
  ]
    .join(' ')
    .toLowerCase();
}

/**
 * A filter word matches when the text contains it, or, for a resource type name, any other name of the same
 * type (`svc` finds `services`, `deployments` finds `deploy`), or, for the notes' alias `k`, any kubectl command.
 */
function wordMatches(word: string, text: string, isKubectl: boolean): boolean {
  if (word === 'k') return isKubectl;
  if (text.includes(word)) return true;
  const resource = findResource(word);
  if (!resource) return false;
  return [resource.plural, resource.singular, ...resource.short].some((name) =>
    new RegExp(`(^|[^a-z])${name}([^a-z]|$)`).test(text),
  );
}

function matches(words: string[], group: CommandGroup, command: IndexedCommand, isKubectl: boolean): boolean {
  const text = haystack(group, command);
  return words.every((word) => wordMatches(word, text, isKubectl));
}

// ---------------------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------------------

const STATUS_CLASS: Record<CommandStatus['kind'], string | undefined> = {
  removed: styles.removed,
  deprecated: styles.deprecated,
  fix: styles.fix,
  note: styles.note,
};

function StatusNote({ status }: { status: CommandStatus }): ReactNode {
  return (
    <div className={clsx(styles.status, STATUS_CLASS[status.kind])}>
      <strong className={styles.statusLabel}>{status.label}.</strong> <InlineMarkdown text={status.note} />
      {status.replacements.length > 0 && (
        <div className={styles.replacements}>
          {status.kind === 'note' ? 'See also:' : 'Use now:'}{' '}
          {status.replacements.map((replacement, index) => (
            <React.Fragment key={replacement}>
              {index > 0 && ' · '}
              <code>{replacement}</code>
            </React.Fragment>
          ))}
        </div>
      )}
    </div>
  );
}

function CommandRow({
  command,
  onCopied,
}: {
  command: IndexedCommand;
  onCopied: (message: string) => void;
}): ReactNode {
  const onCopy = useCallback(() => {
    onCopied(
      copy(command.command) ? `Copied: ${command.command}` : 'Copy failed: select the command and copy it by hand',
    );
  }, [command.command, onCopied]);
  return (
    <li className={styles.command} data-command={command.command}>
      <div className={styles.commandLine}>
        <code className={styles.commandText}>{command.command}</code>
        <button
          type="button"
          className={styles.copy}
          onClick={onCopy}
          aria-label={`Copy ${command.command}`}
          title="Copy to the clipboard"
        >
          Copy
        </button>
      </div>
      {command.historyOnly && (
        <p className={styles.history}>The notes&apos; original form, shown as history next to the command to run.</p>
      )}
      {command.statuses.map((status) => (
        <StatusNote key={status.label} status={status} />
      ))}
      <p className={styles.uses}>
        <span className={styles.usesLabel}>{command.uses.length === 1 ? 'Section:' : 'Sections:'}</span>{' '}
        {command.uses.map((use, index) => (
          <React.Fragment key={use.href}>
            {index > 0 && ' · '}
            <Link to={use.href} className={styles.useLink}>
              {use.pageLabel} › {use.section}
            </Link>
            {use.history && <span className={styles.historyTag}> (history)</span>}
          </React.Fragment>
        ))}
      </p>
    </li>
  );
}

function Group({
  group,
  visible,
  onCopied,
}: {
  group: CommandGroup;
  visible: Set<IndexedCommand>;
  onCopied: (message: string) => void;
}): ReactNode {
  const shown = group.commands.filter((command) => visible.has(command));
  return (
    <section id={group.id} className={styles.group} hidden={shown.length === 0}>
      <h3 className={styles.groupTitle}>
        <code>{group.title}</code>
      </h3>
      <ul className={styles.commands}>
        {group.commands.map((command) =>
          visible.has(command) ? <CommandRow key={command.command} command={command} onCopied={onCopied} /> : null,
        )}
      </ul>
    </section>
  );
}

export default function CommandIndex({ index }: { index: CommandIndexData }): ReactNode {
  const isBrowser = useIsBrowser();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [message, setMessage] = useState('');

  // Registers the ids so `onBrokenAnchors: 'throw'` can check links other pages make to them.
  const brokenLinks = useBrokenLinks();
  index.kubectl.forEach((section) => {
    brokenLinks.collectAnchor(section.id);
    section.groups.forEach((group) => brokenLinks.collectAnchor(group.id));
  });
  brokenLinks.collectAnchor('other-commands');
  brokenLinks.collectAnchor('mentions');
  index.other.forEach((group) => brokenLinks.collectAnchor(group.id));

  const all = useMemo(
    () => [
      ...index.kubectl.flatMap((section) =>
        section.groups.flatMap((group) => group.commands.map((command) => ({ group, command, kubectl: true }))),
      ),
      ...index.other.flatMap((group) => group.commands.map((command) => ({ group, command, kubectl: false }))),
    ],
    [index],
  );
  const words = useMemo(() => deferredQuery.toLowerCase().split(/\s+/).filter(Boolean), [deferredQuery]);
  const visible = useMemo(
    () =>
      new Set(
        all.filter((entry) => matches(words, entry.group, entry.command, entry.kubectl)).map((entry) => entry.command),
      ),
    [all, words],
  );
  const mentions = useMemo(
    () =>
      index.mentions.filter((mention) =>
        words.every((word) =>
          wordMatches(
            word,
            `${mention.command} ${mention.uses.map((use) => use.section).join(' ')}`.toLowerCase(),
            true,
          ),
        ),
      ),
    [index.mentions, words],
  );

  const { counts } = index;
  const total = all.length;
  const sectionVisible = (groups: CommandGroup[]) =>
    groups.some((group) => group.commands.some((command) => visible.has(command)));

  return (
    <Layout
      title="kubectl command index"
      description="Every kubectl command of the notes, by verb and resource type, with the sections it appears in and its status in current kubectl."
    >
      <main className="container margin-vert--lg">
        <h1>kubectl command index</h1>
        <p>
          The {counts.kubectlCommands} kubectl commands of the notes ({counts.kubectlUses} uses on {counts.pages}{' '}
          pages), grouped by verb and resource type, then the other command-line tools. The list is built from the
          chapters themselves; the notes&apos; alias <code>k</code> is written out as <code>kubectl</code>. Where
          current kubectl removed or deprecated a command, its entry says so and gives the command to use now.
        </p>

        <div className={styles.filterBar} role="search" aria-label="Filter the commands">
          <label htmlFor="command-filter" className={styles.filterLabel}>
            Filter
          </label>
          <input
            id="command-filter"
            type="search"
            className={styles.filter}
            placeholder="configmap, rollout, svc, deprecated..."
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            // Typing before hydration would be lost: the box works once the page's script runs.
            disabled={!isBrowser}
            autoComplete="off"
            spellCheck={false}
          />
          <span className={styles.count} role="status" aria-live="polite" data-testid="command-count">
            {visible.size === total ? `${total} commands` : `${visible.size} of ${total} commands`}
          </span>
        </div>
        <p className={styles.copyStatus} role="status" aria-live="polite">
          {message}
        </p>

        <nav aria-label="Verbs" className={styles.verbNav}>
          {index.kubectl.map((section) => (
            <a key={section.id} href={`#${section.id}`} hidden={!sectionVisible(section.groups)}>
              {section.verb}
            </a>
          ))}
          <a href="#other-commands" hidden={!sectionVisible(index.other)}>
            other tools
          </a>
        </nav>

        {index.kubectl.map((section) => (
          <section
            key={section.id}
            id={section.id}
            className={styles.verb}
            hidden={!sectionVisible(section.groups)}
            aria-labelledby={`${section.id}-title`}
          >
            <h2 id={`${section.id}-title`}>
              <code>kubectl {section.verb}</code>
            </h2>
            {section.groups.map((group) => (
              <Group key={group.id} group={group} visible={visible} onCopied={setMessage} />
            ))}
          </section>
        ))}

        <section
          id="other-commands"
          className={styles.verb}
          hidden={!sectionVisible(index.other)}
          aria-labelledby="other-commands-title"
        >
          <h2 id="other-commands-title">Other command-line tools</h2>
          <p>
            The notes also run {counts.otherCommands} commands of other tools ({counts.otherUses} uses): minikube on the
            host, openssl for certificates, curl against services and the API server, and a few shell lines.
          </p>
          {index.other.map((group) => (
            <Group key={group.id} group={group} visible={visible} onCopied={setMessage} />
          ))}
        </section>

        {index.mentions.length > 0 && (
          <section
            id="mentions"
            className={styles.verb}
            aria-labelledby="mentions-title"
            hidden={mentions.length === 0}
          >
            <h2 id="mentions-title">Named in the text</h2>
            <p>
              The prose also names {index.mentions.length} kubectl commands without running them (&quot;with{' '}
              <code>kubectl attach</code>&quot;). They are listed here so a search for them still leads somewhere.
            </p>
            <ul className={styles.mentions}>
              {mentions.map((mention) => (
                <li key={mention.command} data-mention={mention.command}>
                  <code>{mention.command}</code>:{' '}
                  {mention.uses.map((use, position) => (
                    <React.Fragment key={use.href}>
                      {position > 0 && ' · '}
                      <Link to={use.href}>
                        {use.pageLabel} › {use.section}
                      </Link>
                    </React.Fragment>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        )}

        {visible.size === 0 && <p className={styles.empty}>No command matches “{deferredQuery}”.</p>}
      </main>
    </Layout>
  );
}
