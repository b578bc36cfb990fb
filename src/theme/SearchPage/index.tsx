/**
 * Wraps the plugin's "all results" page (/search, linked from the bottom of the search box's results). The
 * plugin renders its content in a plain <div>, so the page has no main landmark and screen-reader users
 * cannot jump to the results. The page does nothing without JavaScript (it searches in the browser), so
 * giving the content the main role once it has mounted reaches every reader who can use it, without
 * ejecting and forking the plugin's component.
 */
import React, { useEffect, type ReactNode } from 'react';
import SearchPage from '@theme-original/SearchPage';

export default function SearchPageWrapper(): ReactNode {
  useEffect(() => {
    const content = document.querySelector('#__docusaurus_skipToContent_fallback > .container');
    if (content && !content.closest('main, [role="main"]')) content.setAttribute('role', 'main');
  }, []);
  return <SearchPage />;
}
