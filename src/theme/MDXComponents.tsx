/** Components every page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import Manifest from '@site/src/components/Manifest';
import Diagram from '@site/src/components/Diagram';
import Card from '@site/src/components/Card';

export default {
  ...MDXComponents,
  Manifest,
  Diagram,
  Card,
};
