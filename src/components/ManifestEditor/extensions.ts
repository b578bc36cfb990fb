/**
 * The CodeMirror 6 set-up of the manifest editor: only what it needs (no autocompletion or search),
 * YAML highlighting in the site's colours (CSS variables of styles.module.css, light and dark), line
 * numbers, undo history, keyboard bindings, and the validator as a debounced linter.
 */
import { EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';

/** Colours come from CSS variables, so one style serves both colour modes. */
const highlightStyle = HighlightStyle.define([
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'var(--kia-editor-key)' },
  { tag: [tags.string, tags.special(tags.string), tags.content], color: 'var(--kia-editor-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.keyword], color: 'var(--kia-editor-literal)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--kia-editor-comment)', fontStyle: 'italic' },
  { tag: [tags.meta, tags.punctuation, tags.separator, tags.operator], color: 'var(--kia-editor-punctuation)' },
  { tag: [tags.labelName, tags.typeName], color: 'var(--kia-editor-literal)' },
]);

const theme = EditorView.theme({
  '&': {
    color: 'var(--ifm-font-color-base)',
    backgroundColor: 'var(--kia-editor-background)',
    fontSize: 'var(--ifm-code-font-size)',
  },
  '.cm-content': { fontFamily: 'var(--ifm-font-family-monospace)', caretColor: 'var(--ifm-font-color-base)' },
  '.cm-scroller': { fontFamily: 'var(--ifm-font-family-monospace)', lineHeight: '1.5' },
  '.cm-gutters': {
    backgroundColor: 'var(--kia-editor-background)',
    color: 'var(--kia-editor-comment)',
    borderRight: '1px solid var(--ifm-color-emphasis-300)',
  },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--kia-editor-active-line)' },
  '&.cm-focused': { outline: '2px solid var(--ifm-color-primary)', outlineOffset: '-2px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--ifm-font-color-base)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: 'var(--kia-editor-selection)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--ifm-background-surface-color)',
    color: 'var(--ifm-font-color-base)',
    border: '1px solid var(--ifm-color-emphasis-300)',
  },
});

export interface EditorSetup {
  /** Screen-reader name of the text area, e.g. `Edit manifest ch05/kubia-svc.yml`. */
  label: string;
  /** Diagnostics for a text; runs debounced after the reader stops typing. */
  diagnose(text: string): Promise<Diagnostic[]>;
  /** Every change of the text (for the draft and the "edited" mark). */
  onChange(text: string): void;
  /** Milliseconds of quiet before validating. */
  delay?: number;
}

export function editorExtensions({ label, diagnose, onChange, delay = 300 }: EditorSetup): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    indentOnInput(),
    indentUnit.of('  '),
    EditorState.tabSize.of(2),
    yaml(),
    syntaxHighlighting(highlightStyle),
    theme,
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
    linter((view) => diagnose(view.state.doc.toString()), { delay }),
    // An explicit tabindex: axe (scrollable-region-focusable) does not count a bare contenteditable as focusable.
    EditorView.contentAttributes.of({
      'aria-label': label,
      'aria-multiline': 'true',
      spellcheck: 'false',
      tabindex: '0',
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) onChange(update.state.doc.toString());
    }),
  ];
}
