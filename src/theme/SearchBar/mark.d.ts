/** The part of mark.js (a dependency of the search plugin, without bundled types) the search bar uses. */
declare module 'mark.js' {
  interface MarkOptions {
    accuracy?: 'partially' | 'complementary' | 'exactly' | { value: 'exactly' | 'complementary'; limiters: string[] };
    exclude?: string[];
    separateWordSearch?: boolean;
    done?: () => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
    unmark(options?: { done?: () => void }): void;
  }
}
