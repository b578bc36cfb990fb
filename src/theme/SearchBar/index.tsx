/**
 * The navbar's search: the site's own Pagefind search box (src/components/SearchBox). Theme-classic's navbar
 * renders `@theme/SearchBar` when a search is installed; this is it.
 */
import React, { type ReactNode } from 'react';
import SearchBox from '../../components/SearchBox';

export default function SearchBar(): ReactNode {
  return <SearchBox />;
}
