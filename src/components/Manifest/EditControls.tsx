/**
 * A manifest's Edit button and, once pressed, its editor (src/components/ManifestEditor, loaded then).
 * An island of the page's content (see src/theme/MDXContent): where the content is static HTML, it is
 * rendered into its element in the browser. The text to edit is read from the page's code block, and
 * the code block is hidden while the editor is open.
 */
import React, { useEffect, useRef, type ReactNode } from 'react';
import { useManifestEditor } from '../ManifestEditor/launcher';
import { codeBlockText } from '../../lib/browser/contentActions';

export interface EditControlsProps {
  file: string;
  buttonClassName?: string;
}

export default function EditControls({ file, buttonClassName }: EditControlsProps): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const manifest = () => ref.current?.closest('[data-manifest]');
  const editor = useManifestEditor(
    file,
    async () => {
      const block = manifest()?.querySelector('.kia-code');
      if (!block) throw new Error(`no code block for ${file}`);
      return codeBlockText(block);
    },
    buttonClassName,
  );
  useEffect(() => {
    const code = manifest()?.querySelector<HTMLElement>('[data-manifest-code]');
    if (code) code.hidden = editor.editing;
  });
  return (
    <div ref={ref} data-island="EditControls" data-island-props={JSON.stringify({ file, buttonClassName })}>
      {editor.button}
      {editor.panel}
    </div>
  );
}
