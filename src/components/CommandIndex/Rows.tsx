/**
 * The rows of the kubectl command index: a command with Copy, its status notes and the sections that use
 * it, grouped by resource type. Shared by the listing and the find box's results. Copy is handled by the
 * page's click listener (a button with `data-copy`, the command in its row's `data-command`), so adopted rows
 * work without React (AdoptedListing.tsx).
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { CommandGroup, CommandLocation, IndexedCommand } from '../../lib/notesCommandIndex';
import type { CommandStatus } from '../../lib/commands';
import TextWithCode from '../TextWithCode';
import ExplainableCode from './ExplainableCode';
import styles from './styles.module.css';

const STATUS_CLASS: Record<CommandStatus['kind'], string | undefined> = {
  removed: styles.removed,
  deprecated: styles.deprecated,
  fix: styles.fix,
  note: styles.note,
};

function StatusNote({ status }: { status: CommandStatus }): ReactNode {
  return (
    <div className={clsx(styles.status, STATUS_CLASS[status.kind])}>
      <strong className={styles.statusLabel}>{status.label}.</strong> <TextWithCode text={status.note} />
      {status.replacements.length > 0 && (
        <>
          {' '}
          {status.kind === 'note' ? 'See also:' : 'Use now:'} {status.replacements.map((r) => `\`${r}\``).join(' · ')}
        </>
      )}
    </div>
  );
}

export function Uses({ uses }: { uses: CommandLocation[] }): ReactNode {
  return uses.map((use, index) => (
    <React.Fragment key={use.href}>
      {index > 0 && ' · '}
      <Link to={use.href} className={styles.useLink}>
        {use.pageLabel} › {use.section}
        {use.history ? ' (history)' : ''}
      </Link>
    </React.Fragment>
  ));
}

export function CommandRow({
  command,
  result,
}: {
  command: IndexedCommand;
  /** Shown as a result of the find box. */
  result?: boolean;
}): ReactNode {
  return (
    <li className={styles.command} data-command={command.command} data-result={result ? command.command : undefined}>
      <ExplainableCode className={styles.commandText} text={command.command} />{' '}
      <button type="button" className={styles.copy} data-copy="" aria-label={`Copy ${command.command}`}>
        Copy
      </button>
      {command.historyOnly && <p className={styles.history}>The notes&apos; original form, shown as history.</p>}
      {command.statuses.map((status) => (
        <StatusNote key={status.label} status={status} />
      ))}
      {/* The links sit in the row itself: one wrapper element per row is ~100 elements on the page. */}{' '}
      <Uses uses={command.uses} />
      {command.also.length > 0 && (
        <ul className={styles.also} aria-label={`${command.also.length} more like it`}>
          {command.also.map((variant) => (
            <li key={variant.command} data-command={variant.command}>
              <code>{variant.command}</code> <Uses uses={variant.uses} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function Group({ group }: { group: CommandGroup }): ReactNode {
  return (
    <section id={group.id} className={styles.group}>
      <h3 className={styles.groupTitle}>{group.title}</h3>
      <ul className={styles.commands}>
        {group.commands.map((command) => (
          <CommandRow key={command.command} command={command} />
        ))}
      </ul>
    </section>
  );
}
