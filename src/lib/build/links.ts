import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  why: string;
}

/** Every file of the built site, as paths relative to it with forward slashes, and every folder holding one. */
async function siteFiles(siteDir: string): Promise<{ files: Set<string>; folders: Set<string> }> {
  const entries = await readdir(siteDir, { withFileTypes: true, recursive: true });
  const files = new Set<string>();
  const folders = new Set<string>(['']);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = relative(siteDir, join(entry.parentPath, entry.name)).split('\\').join('/');
    files.add(path);
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1))
      folders.add(path.slice(0, slash));
  }
  return { files, folders };
}

/** A link to a fragment of another page, checked once every page has been read. */
interface PendingLink {
  page: string;
  link: string;
  hash: string;
  fragment: string;
  order: number;
}

/** The ids a page defines, for `#fragment` links. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/**
 * Every `href` and `src` in every HTML page of a built site, checked: internal links must name a
 * file (or a folder with index.html) under the site's base path, and their fragment an id on the
 * target page; external URLs must be well-formed http(s) or mailto (they are not fetched). The
 * site's files are listed once and each page read once. A fragment is checked against the page
 * in hand when it points there, and otherwise noted with its target, whose ids are read once
 * after every page: the check holds the ids of one page at a time, not those of every page of
 * the site at once, and its memory does not grow with the number of briefs.
 */
export async function brokenLinks(siteDir: string, base: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const { files, folders } = await siteFiles(siteDir);
  /** The file a site path names: itself, or a folder's index.html; undefined if there is none. */
  const fileAt = (path: string) => {
    const folder = path.replace(/\/+$/, '');
    if (folders.has(folder)) {
      const index = folder === '' ? 'index.html' : `${folder}/index.html`;
      return files.has(index) ? index : undefined;
    }
    return !path.endsWith('/') && files.has(path) ? path : undefined;
  };
  // Numbered in reading order, so the report lists broken links page by page, as they appear.
  const broken: (BrokenLink & { order: number })[] = [];
  /** Links to fragments of other pages, by the file they point at. */
  const elsewhere = new Map<string, PendingLink[]>();
  let checked = 0;
  for (const page of [...files].filter((file) => file.endsWith('.html')).sort()) {
    const html = await readFile(join(siteDir, page), 'utf8');
    const pagePath = `/${page}`;
    let ownIds: Set<string> | undefined;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = match[1]!.replace(/&amp;/g, '&');
      const order = checked++;
      const fail = (why: string) => broken.push({ page: pagePath, link, why, order });
      if (/^(https?:|mailto:)/.test(link)) {
        try {
          new URL(link);
        } catch {
          fail('malformed URL');
        }
        continue;
      }
      if (link.startsWith('data:')) continue;
      const url = new URL(link, `http://site.invalid${base}${page}`);
      if (!url.pathname.startsWith(base)) {
        fail(`outside the base path ${base}`);
        continue;
      }
      const file = fileAt(decodeURIComponent(url.pathname.slice(base.length)));
      if (!file) {
        fail('no such file');
        continue;
      }
      if (!url.hash || !file.endsWith('.html')) continue;
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (file === page) {
        ownIds ??= idsOf(html);
        if (!ownIds.has(fragment)) fail(`no element with id ${url.hash}`);
        continue;
      }
      const pending = elsewhere.get(file) ?? [];
      elsewhere.set(file, pending);
      pending.push({ page: pagePath, link, hash: url.hash, fragment, order });
    }
  }
  for (const [file, pending] of elsewhere) {
    const ids = idsOf(await readFile(join(siteDir, file), 'utf8'));
    for (const { page, link, hash, fragment, order } of pending) {
      if (!ids.has(fragment)) broken.push({ page, link, why: `no element with id ${hash}`, order });
    }
  }
  broken.sort((a, b) => a.order - b.order);
  return { checked, broken: broken.map(({ order: _, ...link }) => link) };
}
