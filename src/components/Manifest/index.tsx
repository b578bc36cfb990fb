/**
 * A manifest embedded in a page. The text arrives as a prop from the manifestEmbed remark plugin at build
 * time, so everything here is static HTML; JavaScript only adds copy and download.
 */
import React, { useCallback, useEffect, useState, type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { manifestAnchor } from '../../lib/manifestAnchor';
import { copyToClipboard } from '../../lib/clipboard';
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
  /** Injected by the manifestEmbed remark plugin: JSON list of the objects the file declares. */
  objects?: string;
  /** Start folded (the text stays in the HTML either way). */
  collapsed?: boolean;
  /** Optional words shown after the file name. */
  children?: ReactNode;
}

const LANGUAGES: Record<string, string> = {
  yml: 'yaml',
  yaml: 'yaml',
  conf: 'nginx',
  sh: 'bash',
  json: 'json',
  Dockerfile: 'docker',
};

export function languageOf(file: string): string {
  const base = file.split('/').pop() ?? file;
  if (base === 'Dockerfile') return 'docker';
  return LANGUAGES[base.split('.').pop() ?? ''] ?? 'text';
}

function basename(file: string): string {
  return file.split('/').pop() ?? file;
}

/**
 * The origin readers reach the site at. The static HTML carries the build's `SITE_URL` (the address of
 * the deploy, also what a print or a crawler sees); once hydrated, the page shows the origin it was
 * actually served from, so a local server or a preview deploy shows a command that works there too.
 */
function useServedOrigin(): string {
  const { siteConfig } = useDocusaurusContext();
  const [origin, setOrigin] = useState(siteConfig.url);
  useEffect(() => setOrigin(window.location.origin), []);
  return origin;
}

/** Builds the file from the text already in the page: works offline, no fetch. */
function download(fileName: string, text: string): void {
  const blob = new Blob([text], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function Manifest({ file, code, objects, collapsed = false, children }: ManifestProps): ReactNode {
  const origin = useServedOrigin();
  const [status, setStatus] = useState('');
  if (code === undefined) {
    throw new Error(`<Manifest file="${file}">: no code; is the manifestEmbed remark plugin configured?`);
  }
  const parsed: ManifestObject[] = objects ? (JSON.parse(objects) as ManifestObject[]) : [];
  const name = basename(file);
  const isObject = parsed.length > 0;
  const summary = parsed.map((object) => `${object.kind} ${object.name}`).join(', ');
  // Under the site's base path (`/kia/manifests/...` for BASE_URL=/kia/).
  const rawPath = useBaseUrl(`/manifests/${file}`);

  const onCopy = useCallback(() => {
    copyToClipboard(code).then(
      () => setStatus(`Copied ${name}`),
      () => setStatus('Copy failed: select the text and copy it by hand'),
    );
  }, [code, name]);
  const onDownload = useCallback(() => {
    download(name, code);
    setStatus(`Downloaded ${name}`);
  }, [code, name]);

  return (
    <details className={styles.manifest} open={!collapsed} data-manifest={file}>
      <summary className={styles.summary}>
        <span className={styles.fileName}>{name}</span>
        {summary && <span className={styles.objects}>{summary}</span>}
        {children && <span className={styles.objects}>{children}</span>}
      </summary>
      <div className={styles.toolbar}>
        <button type="button" className={styles.button} onClick={onCopy} aria-label={`Copy ${name} to the clipboard`}>
          Copy
        </button>
        <button type="button" className={styles.button} onClick={onDownload} aria-label={`Download ${name}`}>
          Download
        </button>
        {/* A plain <a>: the raw file is not a route of the app, so the router must not handle it. */}
        <a className={styles.raw} href={rawPath} target="_blank" rel="noopener" aria-label={`Open raw ${name}`}>
          Raw
        </a>
        <Link className={styles.raw} to={`/manifests#${manifestAnchor(file)}`}>
          In the catalog
        </Link>
        <span className={styles.status} role="status" aria-live="polite">
          {status}
        </span>
      </div>
      <div className={styles.code}>
        <CodeBlock language={languageOf(file)} title={`manifests/${file}`} showLineNumbers>
          {code}
        </CodeBlock>
      </div>
      {isObject && (
        <p className={styles.run}>
          Run it with <code>kubectl apply -f {name}</code> from the folder you saved it in, or straight from this site:{' '}
          <code>kubectl apply -f {`${origin}${rawPath}`}</code>
        </p>
      )}
    </details>
  );
}
