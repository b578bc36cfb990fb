/** Components every page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import Manifest from '@site/src/components/Manifest';
import Diagram from '@site/src/components/Diagram';
import DiagramImage from '@site/src/components/DiagramImage';

export default {
  ...MDXComponents,
  Manifest,
  Diagram,
  DiagramImage,
};
