/** Components every page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import Manifest from '@site/src/components/Manifest';
import Diagram from '@site/src/components/Diagram';

export default {
  ...MDXComponents,
  Manifest,
  Diagram,
};
