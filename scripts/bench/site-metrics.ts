/**
 * What a reader's browser fetches for the pages of a built site: how many HTML pages there are,
 * the gzip size of each brief page with its stylesheets (each counted in full, as a first visit
 * fetches them), and any JavaScript a brief page would run. A script element of a data type
 * (JSON-LD, JSON) runs nothing, so it is not counted as JavaScript.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SiteMetrics {
  htmlPages: number;
  briefPages: number;
  /** gzip bytes of a brief page's HTML and its CSS. */
  briefBytes: { median: number; max: number; largest: string };
  /** On brief pages: JavaScript script tags and references to .js files, and their bytes. */
  briefScripts: { tags: number; bytes: number };
  /** Every page, of the whole site, that has a JavaScript script tag. */
  pagesWithScripts: string[];
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Script elements a browser does not run: structured data and JSON blocks. */
const dataScriptType = /\btype="application\/(?:ld\+)?json"/i;

/** The script elements of a page that run JavaScript, with their inline text. */
export function javascriptTags(html: string): { element: string; inline: string }[] {
  return [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)]
    .filter(([, element]) => !dataScriptType.test(element!))
    .map(([, element, inline]) => ({ element: element!, inline: inline ?? '' }));
}

const gzipBytes = (content: string | Buffer) => gzipSync(content).byteLength;

/** Addresses of the files a page links with `attribute`, on `tag` elements matching `also`. */
function references(html: string, tag: string, attribute: string, also: RegExp): string[] {
  const found: string[] = [];
  for (const [element] of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const address = new RegExp(`\\b${attribute}="([^"]+)"`, 'i').exec(element)?.[1];
    if (address && also.test(element)) found.push(address);
  }
  return found;
}

export async function siteMetrics(dist: string): Promise<SiteMetrics> {
  const files = await htmlFiles(dist);
  const local = (address: string) => join(dist, new URL(address, 'http://site/').pathname);
  const cssCache = new Map<string, number>();
  const cssBytes = async (address: string) => {
    if (!cssCache.has(address)) cssCache.set(address, gzipBytes(await readFile(local(address))));
    return cssCache.get(address)!;
  };

  const sizes: { page: string; bytes: number }[] = [];
  const scripts = { tags: 0, bytes: 0 };
  const pagesWithScripts: string[] = [];
  for (const file of files) {
    const page = `/${relative(dist, file)}`;
    const html = await readFile(file, 'utf8');
    const tags = javascriptTags(html);
    if (tags.length) pagesWithScripts.push(page);
    if (!/^\/innovations\/[^/]+\/index\.html$/.test(page)) continue;

    const stylesheets = references(html, 'link', 'href', /\brel="stylesheet"/i);
    let bytes = gzipBytes(html);
    for (const address of stylesheets) bytes += await cssBytes(address);
    sizes.push({ page, bytes });

    const linkedJs = [
      ...tags.flatMap(({ element }) => references(element, 'script', 'src', /./)),
      ...references(html, 'link', 'href', /\.m?js"/i),
    ];
    scripts.tags += tags.length + references(html, 'link', 'href', /\.m?js"/i).length;
    scripts.bytes += tags.reduce((sum, { inline }) => sum + Buffer.byteLength(inline), 0);
    for (const address of linkedJs) scripts.bytes += (await readFile(local(address))).byteLength;
  }

  sizes.sort((a, b) => a.bytes - b.bytes);
  const largest = sizes.at(-1);
  return {
    htmlPages: files.length,
    briefPages: sizes.length,
    briefBytes: {
      median: sizes[Math.floor(sizes.length / 2)]?.bytes ?? 0,
      max: largest?.bytes ?? 0,
      largest: largest?.page ?? '',
    },
    briefScripts: scripts,
    pagesWithScripts: pagesWithScripts.sort(),
  };
}
