/**
 * The docs sidebar, wrapped (DocSidebar is safe to wrap). On a phone the sidebar lives in the navbar's
 * menu, which is closed when a page loads; the theme still renders it there while the page hydrates. That
 * render starts with `localeCompare` (theme-common's `useShallowMemoObject`), and the first
 * `localeCompare` of a page loads the browser's collation data: 20-35 ms of main thread here, four
 * times that on a mid-range phone, inside the hydration's longest task. On a phone the sidebar is
 * rendered when the reader first opens the menu instead; on a wider screen, as the theme does.
 */
import React, { useLayoutEffect, useState, type ReactNode } from 'react';
import DocSidebar from '@theme-original/DocSidebar';
import type { Props } from '@theme/DocSidebar';
import { useWindowSize } from '@docusaurus/theme-common';
// The hook the theme's own mobile sidebar uses (pinned in tests/content/theme-wrappers.test.ts).
import { useNavbarMobileSidebar } from '@docusaurus/theme-common/internal';

/** The menu's panels, and the class that shows its second one (the docs sidebar), as the theme names them. */
const MENU_PANELS = '.navbar-sidebar__items';
const SHOW_SIDEBAR_PANEL = 'navbar-sidebar__items--show-secondary';

export default function DocSidebarWrapper(props: Props): ReactNode {
  const windowSize = useWindowSize();
  const { shown } = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  // Set during render, so the sidebar is in the very render that opens the menu.
  if (shown && !opened) setOpened(true);
  const deferred = windowSize === 'mobile' && !opened;
  useLayoutEffect(() => {
    if (windowSize !== 'mobile' || !shown) return;
    // On the first opening the theme moves to the sidebar's panel two renders after the sidebar registers
    // itself, which would show the main menu, then slide. Showing the panel before the opening menu is
    // first painted is what the theme's own class says then, and at every later opening (it returns to
    // the sidebar's panel whenever the menu closes).
    document.querySelector(MENU_PANELS)?.classList.add(SHOW_SIDEBAR_PANEL);
  }, [windowSize, shown]);
  if (deferred) return null;
  return <DocSidebar {...props} />;
}
