/**
 * The /search page (added by src/plugins/search): the same search as the navbar's box, open in the page, with
 * the query from `?q=`.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import { useLocation } from '@docusaurus/router';
import SearchBox from '../SearchBox';

export default function SearchPage(): ReactNode {
  const query = new URLSearchParams(useLocation().search).get('q') ?? '';
  return (
    <Layout title="Search" description="Search the study notes">
      <main className="container margin-vert--lg">
        <h1>Search the notes</h1>
        <SearchBox inline initialQuery={query} />
      </main>
    </Layout>
  );
}
