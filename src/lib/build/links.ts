import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  why: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const exists = (path: string) =>
  stat(path).then(
    (s) => s,
    () => undefined,
  );

/** The ids a page defines, for `#fragment` links. */
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

/**
 * Every `href` and `src` in every HTML page of a built site, checked: internal links must name a
 * file (or a folder with index.html) under the site's base path, and their fragment an id on the
 * target page; external URLs must be well-formed http(s) or mailto (they are not fetched).
 */
export async function brokenLinks(siteDir: string, base: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const pages = (await filesUnder(siteDir)).filter((f) => f.endsWith('.html'));
  const htmlCache = new Map<string, string>();
  const read = async (path: string) => htmlCache.get(path) ?? htmlCache.set(path, await readFile(path, 'utf8')).get(path)!;
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = await read(page);
    const pagePath = `/${relative(siteDir, page).split('\\').join('/')}`;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = match[1]!.replace(/&amp;/g, '&');
      checked++;
      const fail = (why: string) => broken.push({ page: pagePath, link, why });
      if (/^(https?:|mailto:)/.test(link)) {
        try {
          new URL(link);
        } catch {
          fail('malformed URL');
        }
        continue;
      }
      if (link.startsWith('data:')) continue;
      const url = new URL(link, `http://site.invalid${base}${pagePath.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        fail(`outside the base path ${base}`);
        continue;
      }
      const target = join(siteDir, decodeURIComponent(url.pathname.slice(base.length)));
      const info = await exists(target);
      const file = info?.isDirectory() ? join(target, 'index.html') : target;
      if (!info || !(await exists(file))) {
        fail('no such file');
        continue;
      }
      if (url.hash && file.endsWith('.html') && !idsOf(await read(file)).has(decodeURIComponent(url.hash.slice(1)))) {
        fail(`no element with id ${url.hash}`);
      }
    }
  }
  return { checked, broken };
}
