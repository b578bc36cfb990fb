/**
 * A manifest embedded in a page. The text arrives as a prop from the manifestEmbed remark plugin at build
 * time, highlighted there too, so everything here is static HTML. The buttons have no React handlers:
 * src/lib/contentActions copies and downloads for every manifest of a page (its content may be static).
 */
import React, { type ReactNode } from 'react';
import CodeBlock from '@site/src/theme/CodeBlock';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { manifestAnchor } from '../../lib/manifestAnchor';
import { languageOf } from '../../lib/manifestLanguage';
import EditControls from './EditControls';
import styles from './styles.module.css';

interface ManifestObject {
  apiVersion: string;
  kind: string;
  name: string;
}

export interface ManifestProps {
  /** Path under manifests/, e.g. `ch05/kubia-svc.yml`. */
  file: string;
  /** Injected by the manifestEmbed remark plugin: the exact file text. */
  code?: string;
  /** Injected by the manifestEmbed remark plugin: the text as highlighted code-block line markup. */
  html?: string;
  /** Injected by the manifestEmbed remark plugin: JSON list of the objects the file declares. */
  objects?: string;
  /** Start folded (the text stays in the HTML either way). */
  collapsed?: boolean;
  /** Optional words shown after the file name. */
  children?: ReactNode;
}

function basename(file: string): string {
  return file.split('/').pop() ?? file;
}

export default function Manifest({ file, code, html, objects, collapsed = false, children }: ManifestProps): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const anchor = manifestAnchor(file);
  // The embed's id: relation lists and graphs link here; registered so `onBrokenAnchors` checks those links.
  useBrokenLinks().collectAnchor(anchor);
  if (code === undefined) {
    throw new Error(`<Manifest file="${file}">: no code; is the manifestEmbed remark plugin configured?`);
  }
  const parsed: ManifestObject[] = objects ? (JSON.parse(objects) as ManifestObject[]) : [];
  const name = basename(file);
  const isObject = parsed.length > 0;
  const summary = parsed.map((object) => `${object.kind} ${object.name}`).join(', ');
  const rawPath = useBaseUrl(`/manifests/${file}`);

  return (
    <details id={anchor} className={styles.manifest} open={!collapsed} data-manifest={file}>
      <summary className={styles.summary}>
        <span className={styles.fileName}>{name}</span>
        {summary && <span className={styles.objects}>{summary}</span>}
        {children && <span className={styles.objects}>{children}</span>}
      </summary>
      <div className={styles.toolbar}>
        <button
          type="button"
          className={styles.button}
          data-manifest-action="copy"
          aria-label={`Copy ${name} to the clipboard`}
        >
          Copy
        </button>
        <button type="button" className={styles.button} data-manifest-action="download" aria-label={`Download ${name}`}>
          Download
        </button>
        {/* A plain <a>: the raw file is not a route of the app, so the router must not handle it. */}
        <a className={styles.raw} href={rawPath} target="_blank" rel="noopener" aria-label={`Open raw ${name}`}>
          Raw
        </a>
        <Link className={styles.raw} to={`/manifests#${anchor}`}>
          In the catalog
        </Link>
        <span className={styles.status} role="status" aria-live="polite" />
      </div>
      {languageOf(file) === 'yaml' && <EditControls file={file} buttonClassName={styles.button} />}
      <div className={styles.code} data-manifest-code>
        <CodeBlock
          language={languageOf(file)}
          title={`manifests/${file}`}
          showLineNumbers
          html={html}
          finalNewline={code.endsWith('\n') ? 'true' : undefined}
        >
          {code}
        </CodeBlock>
      </div>
      {isObject && (
        <p className={styles.run}>
          Run it with <code>kubectl apply -f {name}</code> from the folder you saved it in, or straight from this site:{' '}
          {/* The build's SITE_URL in the HTML (a print or a crawler sees the deploy's address); in the browser,
              src/theme/MDXContent puts in the origin the page was served from (data-served-path). */}
          <code data-served-path={rawPath}>kubectl apply -f {`${siteConfig.url}${rawPath}`}</code>
        </p>
      )}
    </details>
  );
}
