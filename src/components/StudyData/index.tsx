/**
 * The reader's data on /study: export to a JSON file, import one (merged by card id, newest review wins),
 * reset. A file that is not ours, from a newer version, or not JSON changes nothing and says why. Damaged
 * stored data is shown as such, with the readable part to download and a reset.
 */
import React, { useRef, useState, type ReactNode } from 'react';
import { readData, serialize } from '@site/src/lib/study/data';
import { mergeData, salvage } from '@site/src/lib/study/exchange';
import { replaceStudy, updateStudy } from '@site/src/lib/browser/study';
import type { StudyState } from '@site/src/lib/study/storage';
import { downloadText } from '@site/src/lib/browser/download';
import styles from './styles.module.css';

const today = () => new Date(Date.now()).toISOString().slice(0, 10);

export default function StudyData({ state }: { state: StudyState }): ReactNode {
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const exportData = () => {
    if (state.status === 'ok') {
      downloadText(`kia-study-${today()}.json`, JSON.stringify(state.data, null, 2), 'application/json');
    } else if (state.status === 'corrupt') {
      const readable = salvage(state.raw);
      if (readable) downloadText(`kia-study-readable-${today()}.json`, serialize(readable), 'application/json');
      else downloadText(`kia-study-damaged-${today()}.txt`, state.raw, 'text/plain');
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = readData(await file.text());
    if (input.current) input.current.value = '';
    if (!result.ok) {
      setMessage(`Nothing was imported from ${file.name}: ${result.message}`);
      return;
    }
    if (state.status !== 'ok') {
      setMessage('Nothing was imported: reset the damaged data first (download what is readable before).');
      return;
    }
    const after = updateStudy((data) => mergeData(data, result.data));
    const cards = Object.keys(result.data.cards).length;
    const sections = Object.keys(result.data.read).length;
    setMessage(
      after.status === 'ok'
        ? `Imported ${cards} cards and ${sections} read sections from ${file.name}, merged with this browser's data (for each card the newest review wins).`
        : `Nothing was imported: ${after.message}`,
    );
  };

  const reset = () => {
    const after = replaceStudy(undefined);
    setConfirming(false);
    setMessage(after.status === 'ok' ? 'Your study data was deleted from this browser.' : after.message);
  };

  return (
    <section className={styles.data} aria-labelledby="your-data">
      <h2 id="your-data">Your data</h2>
      {state.status === 'corrupt' && (
        <div className={styles.problem} role="alert" data-study-corrupt="">
          <p>{state.message}</p>
          <p>Download what can still be read, then reset to start again (or import a file you exported before).</p>
        </div>
      )}
      {state.status === 'unavailable' && <p className={styles.problem}>{state.message}</p>}
      <p>
        Your reviews and reading progress stay in this browser; nothing is sent anywhere. To move them to another
        browser, export a file here and import it there.
      </p>
      <div className={styles.actions}>
        {state.status !== 'unavailable' && (
          <button type="button" className={styles.button} onClick={exportData}>
            {state.status === 'corrupt' ? 'Download readable data' : 'Export to a file'}
          </button>
        )}
        <label className={styles.button}>
          Import from a file
          <input
            ref={input}
            className={styles.file}
            type="file"
            accept="application/json,.json"
            onChange={(event) => void importFile(event.target.files?.[0])}
          />
        </label>
        {confirming ? (
          <span className={styles.confirm}>
            Delete all reviews and reading progress in this browser?{' '}
            <button type="button" className={styles.danger} onClick={reset}>
              Delete
            </button>{' '}
            <button type="button" className={styles.button} onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className={styles.button} onClick={() => setConfirming(true)}>
            Reset study data
          </button>
        )}
      </div>
      <p className={styles.message} role="status" data-study-message="">
        {message}
      </p>
    </section>
  );
}
