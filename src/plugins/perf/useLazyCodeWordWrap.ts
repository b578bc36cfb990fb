/**
 * Docusaurus' useCodeWordWrap (the state behind a code block's word-wrap button), measuring lazily.
 * The original reads each block's scrollWidth in an effect right after hydration: on a chapter with
 * fifty code blocks that is fifty forced layouts of a long page in one task. Here a block is measured
 * when it comes near the viewport (an IntersectionObserver callback, where layout is already done),
 * after the wrap is toggled, and on resize if it has been seen.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface CodeWordWrap {
  readonly codeBlockRef: RefObject<HTMLPreElement | null>;
  readonly isEnabled: boolean;
  readonly isCodeScrollable: boolean;
  readonly toggle: () => void;
}

export function useLazyCodeWordWrap(): CodeWordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const seen = useRef(false);

  const measure = useCallback(() => {
    const pre = codeBlockRef.current;
    if (!pre) return;
    setIsCodeScrollable(pre.scrollWidth > pre.clientWidth || pre.querySelector('code')?.hasAttribute('style') === true);
  }, []);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) code.removeAttribute('style');
    else {
      code.style.whiteSpace = 'pre-wrap';
      // As in Docusaurus: very long tokens wrap too, so no scrollbar is left.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  useEffect(() => {
    if (seen.current) measure();
  }, [isEnabled, measure]);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      seen.current = true;
      measure();
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        seen.current = true;
        measure();
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(pre);
    const onResize = (): void => {
      if (seen.current) measure();
    };
    window.addEventListener('resize', onResize, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', onResize);
    };
  }, [measure]);

  return { codeBlockRef, isEnabled, isCodeScrollable, toggle };
}
