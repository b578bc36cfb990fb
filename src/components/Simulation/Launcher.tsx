/**
 * The small part of a simulation that every chapter page loads: the button that opens the interactive
 * panel, and the lazy import of the panel (its own chunk, with the models). The chunk is fetched when the
 * simulation comes near the viewport, so that it is there when the reader presses the button, or when the
 * button is pressed first. An island of the page's content (see src/theme/MDXContent).
 */
import React, { Suspense, lazy, useEffect, useRef, useState, type ReactNode } from 'react';
import styles from './styles.module.css';

const load = () => import(/* webpackChunkName: "simulation-panel" */ './Panel');

function LoadFailed(): ReactNode {
  return (
    <p role="alert">
      The simulation could not be loaded. If you are offline, open the site once online so that it is saved.
    </p>
  );
}

const Panel = lazy(() => load().catch(() => ({ default: LoadFailed })));

export default function SimulationLauncher({ spec }: { spec: string }): ReactNode {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        load().catch(() => undefined);
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    // The static table of the default run gives way to the panel's own log while the panel is open.
    const table = ref.current?.closest('[data-simulation]')?.querySelector<HTMLElement>('[data-simulation-static]');
    if (table) table.hidden = open;
  }, [open]);
  return (
    <div ref={ref} data-island="SimulationLauncher" data-island-props={JSON.stringify({ spec })}>
      <button type="button" className={styles.open} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Close the simulation' : 'Step through it yourself'}
      </button>
      {open && (
        <Suspense fallback={<p>Loading the simulation…</p>}>
          <Panel spec={spec} />
        </Suspense>
      )}
    </div>
  );
}
