/**
 * How the site's diagrams are drawn: one Mermaid configuration per colour mode. Every render's cache key
 * includes these settings (and Mermaid's version), so changing a colour here re-renders every diagram.
 */
import mermaidPackage from 'mermaid/package.json';

export type Theme = 'light' | 'dark';
export const THEMES: readonly Theme[] = ['light', 'dark'];

/** The page background of each colour mode (Infima's): the SVG is drawn on it, so it reads the same opened alone. */
export const BACKGROUND: Record<Theme, string> = { light: '#ffffff', dark: '#1b1b1d' };

/** Mermaid's configuration for each colour mode. */
export const MERMAID_CONFIG: Record<Theme, Record<string, unknown>> = {
  light: {
    theme: 'neutral',
    securityLevel: 'strict',
    // Plain SVG text instead of HTML in <foreignObject>: the SVG is shown as an <img> and printed, where
    // SVG text is the most portable (every browser, PDF, e-reader).
    htmlLabels: false,
    fontFamily: 'arial, "Liberation Sans", sans-serif',
    themeVariables: { background: BACKGROUND.light, edgeLabelBackground: BACKGROUND.light },
  },
  dark: {
    theme: 'dark',
    securityLevel: 'strict',
    htmlLabels: false,
    fontFamily: 'arial, "Liberation Sans", sans-serif',
    // Mermaid's dark theme puts edge labels on a translucent grey too faint for its text: the page's
    // own background meets AA contrast with the label colour.
    themeVariables: { background: BACKGROUND.dark, edgeLabelBackground: BACKGROUND.dark },
  },
};

/** Bumped when the way a render is post-processed changes (see render.ts), so old renders go stale. */
export const RENDER_FORMAT = 2;

export const MERMAID_VERSION: string = mermaidPackage.version;
