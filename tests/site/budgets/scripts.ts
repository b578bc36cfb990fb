/**
 * The JavaScript a page of the production build runs at load, read from the build alone (no browser), so a
 * test can hold it to a budget: the scripts its HTML names (`<script src>`, `<link rel=preload|modulepreload
 * as=script>`), and the chunks Docusaurus' client loads before it hydrates the page: those of every route
 * the page's path matches, from the route table, the route chunk names and the registry in main.js, with
 * the file of each chunk from the runtime's chunk maps. tests/e2e/js-at-load.test.ts checks that this is
 * exactly the set of scripts Chromium fetches on a first visit.
 *
 * The bundle is minified rspack output; the shapes read here are named at each regular expression, and a
 * shape that is not found throws rather than count nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { attr, readHtml, selectAll } from '../../builtHtml';

export interface BuildBundle {
  buildDir: string;
  /** Route tree of main.js: path, the route's chunk-names key, nested routes. */
  routes: Route[];
  /** Route key (`/ch06-volumes-045`) -> registry keys of its chunks (component, content, plugin data...). */
  chunkNames: Map<string, string[]>;
  /** Registry key (`ebd9b805`) -> the chunk ids its loader requests (`n.e("5057")`). */
  registry: Map<string, string[]>;
  /** Chunk id -> its JS file under the build (chunks of CSS only have none). */
  chunkFile: (id: string) => string | undefined;
  /** The id of a named chunk (`webpackChunkName`, or a registry key such as `ebd9b805`). */
  chunkId: (name: string) => string | undefined;
}

export interface Route {
  path: string;
  key: string | undefined;
  exact: boolean;
  routes: Route[];
}

function readAsset(buildDir: string, pattern: RegExp): { file: string; text: string } {
  const dir = path.join(buildDir, 'assets', 'js');
  const name = fs.readdirSync(dir).find((file) => pattern.test(file));
  if (!name) throw new Error(`${dir}: no file matches ${pattern}`);
  const file = path.join(dir, name);
  return { file, text: fs.readFileSync(file, 'utf8') };
}

/** The text of the bracketed value that starts at `start` (`[` or `{`), quotes respected. */
export function balanced(text: string, start: number): string {
  const open = text[start];
  if (open !== '[' && open !== '{') throw new Error(`balanced: no bracket at ${start}`);
  let depth = 0;
  let quote: string | undefined;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === '\\') index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '[' || char === '{') depth += 1;
    else if (char === ']' || char === '}') {
      depth -= 1;
      if (depth === 0) return text.slice(start, index + 1);
    }
  }
  throw new Error(`balanced: unterminated value at ${start}`);
}

/**
 * The route table: `[{path:"/commands",component:d("/commands","c3e"),exact:!0},...,{path:"/",
 * component:d("/","676"),routes:[...]}]` (the first such array of main.js; nested ones follow it), where
 * `d(path, hash)` names the chunk-names entry `${path}-${hash}`. Read with a small parser of that shape.
 */
export function parseRoutes(main: string): Route[] {
  const start = main.indexOf('[{path:"');
  if (start < 0) throw new Error('main.js: no route table ([{path:"...)');
  const source = balanced(main, start);
  const parse = (list: string): Route[] => {
    const routes: Route[] = [];
    let index = 1;
    while (index < list.length - 1) {
      if (list[index] !== '{') {
        index += 1;
        continue;
      }
      const object = balanced(list, index);
      index += object.length;
      const routePath = /^\{path:"([^"]*)"/.exec(object)?.[1];
      if (routePath === undefined) throw new Error(`main.js: a route without a path: ${object.slice(0, 80)}`);
      const component = /component:\w+\("([^"]*)"(?:,"([0-9a-f]+)")?\)/.exec(object);
      const nested = object.indexOf(',routes:[');
      routes.push({
        path: routePath,
        key: component?.[2] ? `${component[1]}-${component[2]}` : undefined,
        exact: /,exact:!0/.test(nested < 0 ? object : object.slice(0, nested)),
        routes: nested < 0 ? [] : parse(balanced(object, nested + ',routes:'.length)),
      });
    }
    return routes;
  };
  return parse(source);
}

/** The keys of a route's chunks: every string value of its entry (`{"__comp":"...","__context":{"plugin":"..."}}`). */
function chunkNamesOf(main: string): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const match of main.matchAll(/"(\/[^"]*-[0-9a-f]{3})":\{/g)) {
    const entry = balanced(main, (match.index ?? 0) + match[0].length - 1);
    names.set(
      match[1] ?? '',
      [...entry.matchAll(/:"([^"]+)"/g)].map((value) => value[1] ?? ''),
    );
  }
  if (names.size === 0) throw new Error('main.js: no route chunk names ("/path-abc":{"__comp":...})');
  return names;
}

/**
 * Registry: `"0757cf46":[()=>n.e("5510").then(...),"@site/docs/ch09-deployments.mdx",6519]`. The minifier
 * writes a key as short as it can: quoted when it starts with 0 (`"06f81a28"`), bare when it starts with
 * a letter (`ebd9b805`), and as a number when it is all digits, in hex when that is shorter
 * (`0x11113f9` for "17896441").
 */
export function registryOf(main: string): Map<string, string[]> {
  const registry = new Map<string, string[]>();
  const entries = /[{,](?:"([0-9a-f]{8})"|([a-f][0-9a-f]{7})|(0x[0-9a-f]+|[1-9]\d*)):\[\(\)=>/g;
  for (const match of main.matchAll(entries)) {
    const key = match[1] ?? match[2] ?? String(Number(match[3]));
    const entry = balanced(main, (match.index ?? 0) + match[0].length - '[()=>'.length);
    registry.set(
      key,
      [...entry.matchAll(/\.e\("([^"]+)"\)/g)].map((call) => call[1] ?? ''),
    );
  }
  if (registry.size === 0) throw new Error('main.js: no registry ("abcdef12":[()=>...])');
  return registry;
}

/** `m.u=e=>"assets/js/"+(({106:"17896441",...})[e]||e)+"."+({106:"d96758d3",...})[e]+".js"`. */
function chunkMapsOf(buildDir: string, runtime: string): Pick<BuildBundle, 'chunkFile' | 'chunkId'> {
  const shape = /"assets\/js\/"\+\(\((\{[^}]*\})\)\[e\]\|\|e\)\+"\."\+\((\{[^}]*\})\)\[e\]\+"\.js"/.exec(runtime);
  if (!shape) throw new Error('runtime~main.js: no chunk file map ("assets/js/"+(({...})[e]||e)+"."+({...})[e]+".js")');
  const map = (object: string) =>
    new Map([...object.matchAll(/"?(\w+)"?:"([^"]+)"/g)].map((entry) => [entry[1] ?? '', entry[2] ?? '']));
  const names = map(shape[1] ?? '');
  const hashes = map(shape[2] ?? '');
  const ids = new Map([...names].map(([id, name]) => [name, id]));
  return {
    chunkFile: (id) => {
      const hash = hashes.get(id);
      if (!hash) return undefined;
      const file = `assets/js/${names.get(id) ?? id}.${hash}.js`;
      return fs.existsSync(path.join(buildDir, file)) ? file : undefined;
    },
    chunkId: (name) => ids.get(name),
  };
}

export function readBundle(buildDir = 'build'): BuildBundle {
  const main = readAsset(buildDir, /^main\.[0-9a-f]+\.js$/).text;
  const runtime = readAsset(buildDir, /^runtime~main\.[0-9a-f]+\.js$/).text;
  return {
    buildDir,
    routes: parseRoutes(main),
    chunkNames: chunkNamesOf(main),
    registry: registryOf(main),
    ...chunkMapsOf(buildDir, runtime),
  };
}

/** The routes a path renders, outermost first (react-router-config's matchRoutes: first match per level). */
export function matchRoutes(routes: Route[], pathname: string): Route[] {
  for (const route of routes) {
    const matches =
      route.path === '*' ||
      pathname === route.path ||
      (!route.exact && (route.path === '/' || pathname.startsWith(`${route.path}/`)));
    if (matches) return [route, ...matchRoutes(route.routes, pathname)];
  }
  return [];
}

/** Local script URLs the HTML names: `<script src>` and script preloads. */
function htmlScripts(htmlFile: string): string[] {
  const document = readHtml(htmlFile);
  const scripts = selectAll(document, 'script').flatMap((script) => attr(script, 'src') ?? []);
  const preloads = selectAll(document, 'link')
    .filter((link) => /(^|\s)(preload|modulepreload)(\s|$)/.test(attr(link, 'rel') ?? ''))
    .filter((link) => attr(link, 'rel')?.includes('modulepreload') || attr(link, 'as') === 'script')
    .flatMap((link) => attr(link, 'href') ?? []);
  return [...scripts, ...preloads]
    .filter((url) => url.startsWith('/') && !url.startsWith('//'))
    .map((url) => url.replace(/^\//, '').replace(/[?#].*$/, ''));
}

/** The build-relative JS files a page runs at load, in no particular order, without repeats. */
export function scriptsAtLoad(bundle: BuildBundle, pathname: string, htmlFile: string): string[] {
  const matched = matchRoutes(bundle.routes, pathname).filter((route) => route.path !== '*');
  if (matched.length === 0) throw new Error(`${pathname}: no route of main.js matches`);
  const files = new Set(htmlScripts(htmlFile));
  for (const route of matched) {
    const names = route.key ? bundle.chunkNames.get(route.key) : [];
    if (!names) throw new Error(`${pathname}: route ${route.key} has no chunk names`);
    for (const name of names) {
      for (const id of bundle.registry.get(name) ?? []) {
        const file = bundle.chunkFile(id);
        if (file) files.add(file);
      }
    }
  }
  return [...files];
}

/**
 * The files a dynamic import of a named chunk loads: the chunk and every chunk requested with it, as in
 * `Promise.all([a.e("4014"),a.e("8389"),a.e("7815")]).then(...)` (or a lone `a.e("7815")`), in whichever
 * script of the build makes that import.
 */
export function lazyFiles(bundle: BuildBundle, name: string): string[] {
  const id = bundle.chunkId(name);
  if (!id) throw new Error(`runtime~main.js: no chunk named ${name}`);
  const dir = path.join(bundle.buildDir, 'assets', 'js');
  const ids = new Set<string>();
  const request = new RegExp(`\\w\\.e\\("${id}"\\)`);
  for (const file of fs.readdirSync(dir).filter((entry) => entry.endsWith('.js'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const group of text.matchAll(/Promise\.all\(\[((?:\w\.e\("\w+"\),?)+)\]\)/g)) {
      if (request.test(group[1] ?? ''))
        for (const call of (group[1] ?? '').matchAll(/\.e\("(\w+)"\)/g)) ids.add(call[1] ?? '');
    }
    if (request.test(text)) ids.add(id);
  }
  if (ids.size === 0) throw new Error(`no script of the build imports the chunk ${name}`);
  return [...ids].flatMap((chunk) => bundle.chunkFile(chunk) ?? []);
}
