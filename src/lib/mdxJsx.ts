/**
 * The MDX JSX elements of a page's tree (`<Manifest file="…" />`, `<Simulation name="…" />`), as the
 * remark plugins that fill them in at build time read and write them: which node is the element named so,
 * and its attributes by name. Only the parts of mdast-util-mdx-jsx's shapes these plugins touch.
 */

export interface JsxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: unknown;
}

export interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: (JsxAttribute | { type: string })[];
  position?: { start: { line: number } };
}

/** The node as the JSX element `<name>` (flow or text), or undefined when it is anything else. */
export function jsxElementNamed(node: unknown, name: string): JsxElement | undefined {
  const element = node as JsxElement;
  if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return undefined;
  return element.name === name ? element : undefined;
}

function isAttribute(candidate: JsxAttribute | { type: string }, name: string): candidate is JsxAttribute {
  return candidate.type === 'mdxJsxAttribute' && (candidate as JsxAttribute).name === name;
}

/** The value of the attribute `name` (a string, an expression, null for a bare attribute), or undefined. */
export function attributeValue(element: JsxElement, name: string): unknown {
  return element.attributes.find((candidate) => isAttribute(candidate, name))?.value;
}

/** Sets the attribute `name` to a string, in place of any it had, as the element's last attribute. */
export function setAttribute(element: JsxElement, name: string, value: string): void {
  element.attributes = element.attributes.filter((candidate) => !isAttribute(candidate, name));
  element.attributes.push({ type: 'mdxJsxAttribute', name, value });
}
