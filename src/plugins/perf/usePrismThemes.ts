/** The configured light and dark Prism themes, for colours that follow both modes (./prismColors.ts). */
import { useThemeConfig } from '@docusaurus/theme-common';
import type { PrismTheme } from 'prism-react-renderer';

export interface PrismThemes {
  light: PrismTheme;
  dark: PrismTheme;
}

export function usePrismThemes(): PrismThemes {
  const { prism } = useThemeConfig() as unknown as { prism: { theme: PrismTheme; darkTheme?: PrismTheme } };
  return { light: prism.theme, dark: prism.darkTheme ?? prism.theme };
}
