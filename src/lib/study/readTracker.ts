/**
 * Notices the sections a reader scrolls through: a section counts as read when the reader scrolls to its end
 * (the next heading, or the end of the page, comes into view). A jump (a link to a section, or the End key)
 * reads nothing. Also reports the section the reader is in. One IntersectionObserver each; nothing per scroll.
 */
export interface TrackedSection {
  anchor: string;
  heading: HTMLElement;
}

export interface ReadTrackerCallbacks {
  /** Sections just scrolled through. */
  onRead(anchors: string[]): void;
  /** The section whose heading the reader just passed. */
  onCurrent(anchor: string, title: string): void;
}

export function trackReading(sections: TrackedSection[], end: Element, callbacks: ReadTrackerCallbacks): () => void {
  if (typeof IntersectionObserver === 'undefined' || sections.length === 0) return () => undefined;
  // The element whose arrival in view ends each section.
  const endOf = new Map<Element, string>();
  sections.forEach((section, index) => endOf.set(sections[index + 1]?.heading ?? end, section.anchor));
  const initial = new Set<Element>();
  const ends = new IntersectionObserver((entries) => {
    const read: string[] = [];
    for (const entry of entries) {
      // The first report of each element only says where it is; reading is moving it into view.
      if (!initial.has(entry.target)) {
        initial.add(entry.target);
        continue;
      }
      const anchor = endOf.get(entry.target);
      if (entry.isIntersecting && anchor !== undefined) read.push(anchor);
    }
    if (read.length > 0) callbacks.onRead(read);
  });
  endOf.forEach((_, element) => ends.observe(element));

  // A heading crossing into the top third of the viewport starts "the section the reader is in".
  const byHeading = new Map(sections.map((section) => [section.heading as Element, section.anchor]));
  const current = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const anchor = byHeading.get(entry.target);
        if (entry.isIntersecting && anchor) callbacks.onCurrent(anchor, entry.target.textContent?.trim() ?? '');
      }
    },
    { rootMargin: '0px 0px -66% 0px' },
  );
  byHeading.forEach((_, heading) => current.observe(heading));
  return () => {
    ends.disconnect();
    current.disconnect();
  };
}
