/**
 * Relations between manifest objects as a list, one item per relation: both objects by kind and name
 * (linked to their manifest embeds) and the field that makes the link. Data computed at build time by
 * src/lib/relations; the chapter pages get the same list as Markdown from the relationGraph remark plugin.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { RelationEnd, RelationItem } from '../../lib/relations/describe';
import styles from './styles.module.css';

function End({ end }: { end: RelationEnd }): ReactNode {
  return (
    <>
      {end.href ? <Link to={end.href}>{end.label}</Link> : end.label}
      {end.origin && ` (${end.origin})`}
    </>
  );
}

function Fields({ fields }: { fields: string[] }): ReactNode {
  return fields.map((field, index) => (
    <React.Fragment key={field}>
      {index > 0 && (index === fields.length - 1 ? ' and ' : ', ')}
      <code>{field}</code>
    </React.Fragment>
  ));
}

export default function RelationList({ items }: { items: RelationItem[] }): ReactNode {
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={`${item.from.label}|${item.fields.join()}|${item.to.label}|${item.to.href ?? ''}`}>
          <End end={item.from} /> {item.relation} <End end={item.to} /> through <Fields fields={item.fields} />
        </li>
      ))}
    </ul>
  );
}
