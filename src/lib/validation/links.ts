/**
 * Internal links, checked against the pages the build will write (see site-pages.ts), so that a
 * broken one is reported at its line in the content file rather than in a built HTML page. A
 * link is internal when it is a path (`/briefs/mfis/amk/`, `../amk/`) or an http(s) address
 * under the site's own base_url.
 */
import type { ValidatedEntry } from './content-files.ts';
import type { NarrativeAddress } from './mdx-safety.ts';
import { formatPath, type Problem } from './problem.ts';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import { sitePages } from './site-pages.ts';
import { didYouMean } from './suggest.ts';

export interface SiteAddress {
  /** Where the site is published, e.g. https://example.org/briefs/. */
  baseUrl: string;
  /** The site's path on its host, e.g. /briefs/ (BASE_PATH may differ from base_url's path). */
  base: string;
}

const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The address of the page a narrative appears on, for resolving a relative link. */
const pageOf = (entry: ValidatedEntry, base: string) => `${base}${entry.kind}/${entry.id}/`;

type Target = { path: string } | { outside: true } | undefined;

/**
 * The site-relative path an address leads to, `{ outside }` for a path outside the base path,
 * or undefined for an external address or a link within the page.
 */
/** The site's own address, read once per base_url rather than once per link. */
const ownSites = new Map<string, URL>();
const ownSiteOf = (baseUrl: string) => ownSites.get(baseUrl) ?? ownSites.set(baseUrl, new URL(baseUrl)).get(baseUrl)!;

function targetOf(address: string, from: string, site: SiteAddress, isField: boolean): Target {
  const trimmed = address.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const isAbsolute = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//');
  // A field's text is an address only with a scheme: every other field is left unparsed.
  if (isField && !isAbsolute) return undefined;
  const ownSite = ownSiteOf(site.baseUrl);
  let url: URL;
  try {
    url = new URL(trimmed, `${ownSite.origin}${from}`);
  } catch {
    return undefined;
  }
  if (isAbsolute) {
    // An address with a scheme is internal only when it names the site's own host and path.
    if (
      !/^https?:$/.test(url.protocol) ||
      url.host !== ownSite.host ||
      !withSlash(url.pathname).startsWith(withSlash(ownSite.pathname))
    )
      return undefined;
    return { path: url.pathname.slice(withSlash(ownSite.pathname).length) };
  }
  if (!withSlash(url.pathname).startsWith(site.base)) return { outside: true };
  let path = url.pathname.slice(site.base.length);
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape names no page; keep it as written so it is reported.
  }
  return { path };
}

function check(
  address: string,
  /** Where the address is written: asked only for a problem, since locating a field costs a parse. */
  at: () => { line: number; column: number },
  /** The field's path, written out only for a problem (most values are no link). */
  field: () => string,
  entry: ValidatedEntry,
  site: SiteAddress,
  pages: Set<string>,
  isField: boolean,
): Problem | undefined {
  const target = targetOf(address, pageOf(entry, site.base), site, isField);
  if (!target) return undefined;
  const base = { file: entry.file, ...at(), field: field(), found: JSON.stringify(address) };
  if ('outside' in target) {
    return {
      ...base,
      message: `this link leads outside the site: it is served under ${site.base}`,
      expected: `a path that starts with ${site.base}, e.g. ${site.base}mfis/`,
    };
  }
  const path = target.path;
  if (pages.has(path) || pages.has(withSlash(path))) return undefined;
  const guess = didYouMean(path, [...pages]);
  return {
    ...base,
    message: `no page of the site has this address${guess ? `; did you mean "${site.base}${guess}"?` : ''}`,
    expected: `the address of a brief, MFI, programme, listing, data file or factsheet under ${site.base}`,
  };
}

/**
 * Every internal link that leads to no page: in narratives (links, images, component addresses)
 * and in fields (http(s) addresses under the site's base_url).
 */
export function checkInternalLinks(
  entries: readonly ValidatedEntry[],
  narratives: ReadonlyMap<string, readonly NarrativeAddress[]>,
  site: SiteAddress,
  taxonomy: Taxonomy,
): Problem[] {
  const pages = sitePages(entries, taxonomy);
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { address, line, column } of narratives.get(entry.file) ?? []) {
      const problem = check(
        address,
        () => ({ line, column }),
        () => '',
        entry,
        site,
        pages,
        false,
      );
      if (problem) problems.push(problem);
    }
    const walk = (value: unknown, path: PropertyKey[]) => {
      if (typeof value === 'string') {
        const problem = check(
          value,
          () => entry.document.locate(path),
          () => formatPath(path),
          entry,
          site,
          pages,
          true,
        );
        if (problem) problems.push(problem);
      } else if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, [...path, index]);
      } else if (value && typeof value === 'object')
        for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    };
    walk(entry.document.data, []);
  }
  return problems;
}
