/**
 * The search benchmark at sizes a full build takes too long to reach: the real site is built once
 * from a small synthetic collection, and its brief and institution pages are cloned into a
 * scratch site of N of each. Each clone gets its own number (in its title, address, names and
 * text, as the synthetic generator numbers them) and its own country and region (the base's
 * countries in turn, consistently on a brief and its institution, in text, links, filters and
 * metadata); everything else is the built page as it is, so the clones index as the real pages
 * do. The search page's built list and counts are recomputed from the clones, then the real
 * search-index step (src/lib/build/search-index.ts) indexes the scratch site.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildSearchIndex } from '../../src/lib/build/search-index.ts';
import { facetNames, type FacetName } from '../../src/lib/search-counts.ts';
import { facetCounts, type PageFilters } from '../../src/lib/search-facets.ts';

/** The collections that are cloned: one institution per brief, numbered alike (synthetic-content.ts). */
const cloned = [
  { folder: 'innovations', prefix: 'synthetic-innovation-' },
  { folder: 'mfis', prefix: 'synthetic-mfi-' },
] as const;

/** A brief's or institution's number as the synthetic generator writes it: "0042", wider when N needs it. */
const numberLabel = (size: number, index: number) => String(index + 1).padStart(Math.max(4, String(size).length), '0');

const unescapeHtml = (text: string) =>
  text
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;|&#38;/g, '&');

/** The ways Astro writes a text into a page: as it is (JSON-LD), and with its ampersands escaped in two ways. */
const writtenForms = (text: string) => [...new Set([text, text.replace(/&/g, '&amp;'), text.replace(/&/g, '&#38;')])];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Country {
  name: string;
  region: string;
  /** The address of its page, /countries/<code>/. */
  href: string;
}

/** The countries of the base's pages, each with its region and page address, as the pages show them. */
export function baseCountries(html: readonly string[]): Country[] {
  const countries = new Map<string, Country>();
  for (const page of html) {
    const { filters } = searchRecord(page);
    const [name] = filters['country'] ?? [];
    const [region] = filters['region'] ?? [];
    // A brief links its country's page; an institution's page names it without a link.
    const href =
      name &&
      new RegExp(`<a href="(/countries/[a-z]+/)">(?:${writtenForms(name).map(escapeRegExp).join('|')})</a>`).exec(page)?.[1];
    if (name && region && href) countries.set(name, { name, region, href });
  }
  if (countries.size === 0) throw new Error('The pages to clone name no country with a region and a country page');
  return [...countries.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A page with its number `from` written `to`: the number standing alone, not inside a longer number, a decimal or a hash. */
export function relabel(html: string, from: string, to: string): string {
  return html.replace(new RegExp(`(?<![\\w.])${from}(?!\\w)`, 'g'), to);
}

/** Replaces every key of `replacements` in `text` in one pass, longest first, so that no replacement is replaced again. */
function replaceAll(text: string, replacements: ReadonlyMap<string, string>): string {
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(
    keys.map((key) => (/^\w/.test(key) ? `\\b${escapeRegExp(key)}\\b` : escapeRegExp(key))).join('|'),
    'g',
  );
  return text.replace(pattern, (found) => replacements.get(found)!);
}

/**
 * Rewrites a page for clone `copy`: its country becomes the one `copy` places after it in
 * `countries`, with that country's region and page address, written as the page writes text:
 * escaped in HTML, as it is in scripts (JSON-LD).
 */
export function moveCountry(html: string, countries: readonly Country[], copy: number): string {
  const [name] = searchRecord(html).filters['country'] ?? [];
  const index = countries.findIndex((country) => country.name === name);
  if (index === -1 || copy % countries.length === 0) return html;
  const from = countries[index]!;
  const to = countries[(index + copy) % countries.length]!;
  const inHtml = new Map([[from.href, to.href]]);
  for (const form of writtenForms(from.name)) inHtml.set(form, escapeHtml(to.name));
  // The region is a text of its own (a fact, a filter): matched whole, so "Africa" stays in "North Africa".
  for (const form of writtenForms(from.region)) inHtml.set(`>${form}<`, `>${escapeHtml(to.region)}<`);
  const inScripts = new Map([[from.name, to.name]]);
  return html
    .split(/(<script\b[^>]*>[\s\S]*?<\/script>)/)
    .map((part, i) => replaceAll(part, i % 2 === 1 ? inScripts : inHtml))
    .join('');
}

/** What the search page needs of an indexed page: its filters, sort year, title, result metadata and description. */
export interface SearchRecord {
  url: string;
  filters: Record<string, string[]>;
  year: string;
  title: string;
  meta: Record<string, string>;
  description: string;
}

export function searchRecord(html: string, url = ''): SearchRecord {
  const filters: Record<string, string[]> = {};
  for (const [, name, value] of html.matchAll(/<span data-pagefind-filter="(\w+)">([^<]*)<\/span>/g)) {
    filters[name!] = [...(filters[name!] ?? []), unescapeHtml(value!)];
  }
  const meta: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<span data-pagefind-meta="(\w+)">([^<]*)<\/span>/g)) meta[name!] = value!;
  return {
    url,
    filters,
    year: /data-pagefind-sort="year:(\d+)"/.exec(html)?.[1] ?? '0',
    title: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '',
    meta,
    description: /<meta name="description" content="([^"]*)">/.exec(html)?.[1] ?? '',
  };
}

/** The built list's entry for a page, as src/pages/search.astro writes it. */
function listItem(record: SearchRecord): string {
  // A programme's heading adds its short name, which its list entry leaves out.
  const programme = record.filters['kind']?.includes('Programme') ? record.filters['programme']?.[0] : undefined;
  const title = programme ? record.title.replace(` (${programme})`, '') : record.title;
  const about = [record.meta['mfi'], record.meta['country'], record.meta['challenge']].filter(Boolean).join(' · ');
  return (
    `<li><h3><a href="${record.url}">${title}</a></h3>` +
    `${about ? `<p class="card-meta">${about}</p>` : ''}${record.description ? `<p>${record.description}</p>` : ''}</li>`
  );
}

/** The search page with its built list (the newest `pageSize`), result count and facet counts recomputed for `records`. */
export function searchPage(html: string, records: readonly SearchRecord[]): string {
  const pageSize = Number(/data-page-size="(\d+)"/.exec(html)?.[1]);
  const numbers = new Intl.NumberFormat(/data-lang="([^"]+)"/.exec(html)?.[1]);
  const counts = facetCounts(records.map((record) => record.filters as PageFilters));
  const countOf = (facet: FacetName, value: string) => counts[facet].find(([v]) => v === value)?.[1] ?? 0;
  const newest = [...records].sort(
    (a, b) => Number(b.year) - Number(a.year) || unescapeHtml(a.title).localeCompare(unescapeHtml(b.title)),
  );
  const [results = ''] = /<p id="search-status"[^>]*>[^<]*<\/p>/.exec(html) ?? [];
  const resultsText = /&quot;other&quot;:&quot;([^&]*)&quot;/.exec(html)?.[1] ?? '{count} results';
  return html
    .replace(
      /(<span class="count" data-facet="(\w+)" data-value="([^"]*)" data-all=")\d+(">)[^<]*(<\/span>)/g,
      (_, start: string, facet: FacetName, value: string, middle: string, end: string) => {
        const count = countOf(facet, unescapeHtml(value));
        return `${start}${count}${middle}${numbers.format(count)}${end}`;
      },
    )
    .replace(
      results,
      results
        .replace(/data-all="\d+"/, `data-all="${records.length}"`)
        .replace(/>[^<]*</, `>${resultsText.replace('{count}', numbers.format(records.length))}<`),
    )
    .replace(
      /(<ol id="search-results"[^>]*>)[\s\S]*?(<\/ol>)/,
      (_, open: string, close: string) => `${open}${newest.slice(0, pageSize).map(listItem).join('')}${close}`,
    )
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, (section) =>
      section.replace(/(<a href="[^"]*">)([^<]*)(<\/a> \()\d+\)/g, (_, open: string, value: string, middle: string) => {
        const plain = unescapeHtml(value);
        const facet = facetNames.find((name) => counts[name].some(([v]) => v === plain));
        return `${open}${value}${middle}${facet ? countOf(facet, plain) : 0})`;
      }),
    );
}

/** Runs `work` over `items`, `limit` at a time. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += limit) await Promise.all(items.slice(start, start + limit).map(work));
}

/**
 * Writes into `out` the site `base` with `size` briefs and `size` institutions cloned from its
 * own, its search page recomputed, and indexes it for search. Returns how many pages the search
 * finds (those with data-pagefind-body: briefs, institutions, programmes).
 */
export async function scaledSearchSite(builtSite: string, size: number, out: string): Promise<{ searchable: number }> {
  const base = resolve(builtSite);
  await cp(base, out, {
    recursive: true,
    filter: (source) => !['innovations', 'mfis', 'pagefind'].some((skip) => source === join(base, skip)),
  });
  const pages = await Promise.all(
    cloned.map(async ({ folder, prefix }) => {
      const names = (await readdir(join(base, folder))).filter((name) => name.startsWith(prefix)).sort();
      const html = await Promise.all(names.map((name) => readFile(join(base, folder, name, 'index.html'), 'utf8')));
      return names.map((name, index) => ({ folder, prefix, label: name.slice(prefix.length), html: html[index]! }));
    }),
  );
  const baseSize = Math.min(...pages.map((list) => list.length));
  if (baseSize === 0) throw new Error(`${base} has no synthetic briefs and institutions to clone`);
  const countries = baseCountries(pages.flat().map((page) => page.html));
  const records: SearchRecord[] = [];
  const jobs = Array.from({ length: size }, (_, index) => index);
  await inBatches(jobs, 64, async (index) => {
    const copy = Math.floor(index / baseSize);
    const label = numberLabel(size, index);
    for (const list of pages) {
      const page = list[index % baseSize]!;
      const html = moveCountry(relabel(page.html, page.label, label), countries, copy);
      const path = `${page.folder}/${page.prefix}${label}`;
      await mkdir(join(out, path), { recursive: true });
      await writeFile(join(out, path, 'index.html'), html);
      records.push(searchRecord(html, `/${path}/`));
    }
  });
  for (const name of await readdir(join(base, 'programmes'))) {
    const html = await readFile(join(base, 'programmes', name, 'index.html'), 'utf8').catch(() => '');
    if (html.includes('data-pagefind-body')) records.push(searchRecord(html, `/programmes/${name}/`));
  }
  const search = join(out, 'search', 'index.html');
  await writeFile(search, searchPage(await readFile(search, 'utf8'), records));
  await buildSearchIndex(out, 'en');
  return { searchable: records.length };
}
