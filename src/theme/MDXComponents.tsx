/** Components every page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import CodeBlock from '@theme/CodeBlock';
import Manifest from '@site/src/components/Manifest';
import Diagram from '@site/src/components/Diagram';
import DiagramImage from '@site/src/components/DiagramImage';
import Version from '@site/src/components/Version';
import Card from '@site/src/components/Card';
import Simulation from '@site/src/components/Simulation';
import CommandWords from '@site/src/components/CommandWords';
import InlineCommand from '@site/src/components/InlineCommand';

export default {
  ...MDXComponents,
  CodeBlock,
  Manifest,
  Diagram,
  DiagramImage,
  Version,
  Card,
  Simulation,
  CommandWords,
  InlineCommand,
};
