/**
 * What the page needs to know of a render without drawing it: its size (so the HTML reserves the space
 * and nothing shifts when it loads), and its accessible title and description (Mermaid's accTitle and
 * accDescr, which it writes as the SVG's <title> and <desc>).
 */

export interface SvgInfo {
  width: number;
  height: number;
  title: string;
  description: string;
}

const ROOT = /<svg\b[^>]*>/;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function element(svg: string, name: 'title' | 'desc'): string {
  const match = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(svg);
  return match?.[1] ? decode(match[1]).trim() : '';
}

/** Reads a render made by render.ts; throws, naming `file`, if it is not one. */
export function svgInfo(svg: string, file: string): SvgInfo {
  const root = ROOT.exec(svg)?.[0];
  const viewBox = root && /\bviewBox="([-\d.\s]+)"/.exec(root)?.[1];
  const [, , width, height] = (viewBox ?? '').trim().split(/\s+/).map(Number);
  if (!root || !width || !height) throw new Error(`${file}: not a diagram render (no <svg viewBox="...">)`);
  return {
    width: Math.ceil(width),
    height: Math.ceil(height),
    title: element(svg, 'title'),
    description: element(svg, 'desc'),
  };
}

/** Every id="..." defined in an SVG: inline SVGs on one page must not share any. */
export function svgIds(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/**
 * Mermaid prefixes the root's ID but not all of the others (edges, markers, nodes): prefixes every ID
 * not already prefixed, and every reference to one (`url(#…)`, `href="#…"`), so that any renders can be
 * inlined together on one page.
 */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set(svgIds(svg).filter((id) => !id.startsWith(prefix)));
  const renamed = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return svg.replace(
    /(\sid=")([^"]+)(")|url\(#([^)]+)\)|(href=")#([^"]+)(")/g,
    (
      match,
      idOpen?: string,
      id?: string,
      idClose?: string,
      urlId?: string,
      hrefOpen?: string,
      hrefId?: string,
      hrefClose?: string,
    ) => {
      if (id !== undefined) return `${idOpen}${renamed(id)}${idClose}`;
      if (urlId !== undefined) return `url(#${renamed(urlId)})`;
      if (hrefId !== undefined) return `${hrefOpen}#${renamed(hrefId)}${hrefClose}`;
      return match;
    },
  );
}

/**
 * Puts the site's base path in front of the root-relative links of a render (`click … href "/ch04-…"`,
 * written as `xlink:href="/ch04-…"`), for an SVG put into a page of a site served under a sub-path.
 * The render itself stays as drawn (its key covers the Mermaid source, which names paths from the root).
 */
export function withBaseUrl(svg: string, baseUrl: string): string {
  if (baseUrl === '/') return svg;
  return svg.replace(/(\s(?:xlink:)?href=")\/(?!\/)/g, `$1${baseUrl}`);
}

/**
 * Gives Mermaid's root element a fixed size and the page background: as an <img> or opened alone, the
 * SVG then has an intrinsic size and reads in its colour mode whatever is behind it.
 */
export function finishSvg(svg: string, info: { width: number; height: number }, background: string): string {
  return svg.replace(ROOT, (root) => {
    const rest = root
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace(/\sstyle="[^"]*"/, '');
    return rest.replace(
      /^<svg/,
      `<svg width="${Math.ceil(info.width)}" height="${Math.ceil(info.height)}" style="background-color: ${background}"`,
    );
  });
}
