// @ts-check
/**
 * Webpack loader, browser bundle only, run on a docs page after the MDX and JS loaders: it turns the
 * compiled page into its frame. The frame keeps the page's data exports (front matter, title, table of
 * contents, assets, metadata), which the doc layout reads as soon as the route loads; its default export,
 * the body, becomes a chunk of its own (the same file with the BODY_QUERY query, which this loader
 * skips) that `pageBody` (src/lib/pageBody.tsx) loads only when the page is rendered by React.
 *
 * A hand-written loader because nothing maintained does this: the mdx-loader has no option to split a
 * page, and a remark or recma plugin cannot, since the MDX is compiled once for the server and the
 * browser bundles. It is a CommonJS file because the bundler loads loaders with `require`.
 */
const path = require('node:path');
const acorn = require('acorn');

/** The query that marks a page's body module. */
const BODY_QUERY = 'kia-body';

/** The data exports the doc layout reads from a page module (see DocProvider in theme-common). */
const DATA_EXPORTS = new Set(['frontMatter', 'contentTitle', 'toc', 'assets']);

/**
 * Whether an expression is plain data: literals, arrays and objects of them, `undefined`. A data export
 * that is anything else (a call, a reference to an import) would need the body's imports in the frame.
 * @param {any} node an ESTree expression
 * @returns {boolean}
 */
function isPlainData(node) {
  switch (node?.type) {
    case 'Literal':
      return true;
    case 'Identifier':
      return node.name === 'undefined';
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return isPlainData(node.argument);
    case 'ArrayExpression':
      return node.elements.every(isPlainData);
    case 'ObjectExpression':
      return node.properties.every(
        (/** @type {any} */ property) =>
          property.type === 'Property' && !property.computed && !property.method && isPlainData(property.value),
      );
    default:
      return false;
  }
}

/**
 * The frame module of a compiled page.
 * @param {string} source the page compiled to a JS module (the output of the MDX and JS loaders)
 * @param {string} file the page's path, for errors and for the body's import
 * @returns {string}
 */
function pageFrame(source, file) {
  const program = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  /** @type {string[]} */
  const kept = [];
  let metadataSource;
  for (const node of program.body) {
    if (node.type !== 'ExportNamedDeclaration' && node.type !== 'ExportAllDeclaration') continue;
    // The position is in the compiled page: MDX keeps `export` statements in their order.
    const where = `${file} (compiled, ${node.loc?.start.line}:${(node.loc?.start.column ?? 0) + 1})`;
    if (node.type === 'ExportNamedDeclaration' && node.source) {
      // The re-export of the page's metadata (a JSON module) as `metadata`.
      const names = node.specifiers.map((specifier) =>
        specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value),
      );
      if (names.join() !== 'metadata') throw new Error(`${where}: the page re-exports ${names.join(', ')}`);
      metadataSource = node.source.value;
      kept.push(source.slice(node.start, node.end));
      continue;
    }
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : undefined;
    if (declaration?.type !== 'VariableDeclaration') {
      const name = declaration && 'id' in declaration && declaration.id ? `"${declaration.id.name}" ` : '';
      throw new Error(`${where}: export ${name}is not page data; a docs page may export only data`);
    }
    for (const declarator of declaration.declarations) {
      const name = declarator.id.type === 'Identifier' ? declarator.id.name : '?';
      if (!DATA_EXPORTS.has(name) || !isPlainData(declarator.init)) {
        throw new Error(`${where}: export "${name}" is not plain page data; the page's frame cannot carry it`);
      }
    }
    kept.push(source.slice(node.start, node.end));
  }
  if (typeof metadataSource !== 'string') throw new Error(`${file}: the compiled page has no metadata export`);
  const body = `./${path.basename(file)}?${BODY_QUERY}`;
  return [
    `import { pageBody } from '@site/src/lib/browser/pageBody';`,
    `import kiaPageMetadata from ${JSON.stringify(metadataSource)};`,
    ...kept,
    `export default await pageBody(kiaPageMetadata.id, () => import(${JSON.stringify(body)}));`,
    '',
  ].join('\n');
}

/**
 * @this {{ resourcePath: string }}
 * @param {string} source
 */
function frameLoader(source) {
  return pageFrame(source, path.relative(process.cwd(), this.resourcePath));
}

module.exports = frameLoader;
module.exports.pageFrame = pageFrame;
module.exports.BODY_QUERY = BODY_QUERY;
