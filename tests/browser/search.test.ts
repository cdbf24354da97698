import { join, resolve } from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { Selection } from '../../src/lib/search-counts.ts';
import type { PageFilters } from '../../src/lib/search-facets.ts';
import { serveSite } from '../helpers/static-server.ts';
import { launchChromium } from './chromium.ts';
import { expectedCounts, matches, searchablePages } from './search-content.ts';

const failures = resolve('tests/.output/failures');
const poll = { timeout: 15_000 };

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
let content: Map<string, PageFilters>;
let allPages: PageFilters[];

beforeAll(async () => {
  site = await serveSite(inject('distDir'));
  browser = await launchChromium();
  content = await searchablePages();
  allPages = [...content.values()];
  await mkdir(failures, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The search page, with the addresses it fetched and any script error recorded. */
async function open(path: string, width: number, name: string): Promise<{ page: Page; errors: string[]; fetched: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const fetched: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  onTestFailed(async () => {
    await page.screenshot({ path: join(failures, `${name}-${width}.png`), fullPage: true });
  });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return { page, errors, fetched };
}

/** Waits until the script has shown the results of the latest change. */
const settled = (page: Page) => page.waitForSelector('#search-results:not([aria-busy="true"])');

/** Every facet count as the reader sees it, keyed "facet=value". */
const shownCounts = (page: Page) =>
  page.$$eval('[data-facet]', (elements) =>
    Object.fromEntries(
      elements.map((el) => [
        `${(el as HTMLElement).dataset['facet']}=${(el as HTMLElement).dataset['value']}`,
        Number(el.textContent),
      ]),
    ),
  );

/** What each count reads, as text: empty while a query's counts are not loaded. */
const countTexts = (page: Page) => page.$$eval('[data-facet]', (elements) => elements.map((el) => el.textContent));

/** The addresses of the listed results, after pressing "show more" until every one is shown. */
async function allResults(page: Page): Promise<string[]> {
  const more = page.locator('.search-more');
  await settled(page);
  while (await more.isVisible()) {
    const before = await page.locator('#search-results li').count();
    await more.click();
    await expect.poll(() => page.locator('#search-results li').count(), poll).toBeGreaterThan(before);
    await settled(page);
  }
  return page.$$eval('#search-results li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const pagesAt = (paths: readonly string[]) =>
  paths.map((path) => {
    const page = content.get(path);
    if (!page) throw new Error(`A search result is not a page of the content: ${path}`);
    return page;
  });

describe('facet counts in the browser', () => {
  it('show the content counts for the empty search, built in, without loading the index', async () => {
    const { page, errors, fetched } = await open('/search/', 1280, 'counts-empty');
    expect(await shownCounts(page)).toEqual(expectedCounts(allPages, allPages, {}));
    expect(await page.locator('#search-status').textContent()).toBe(`${allPages.length} results`);
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after ticking values, count what ticking each value would give: OR within a facet, AND across', async () => {
    const { page, errors, fetched } = await open('/search/', 1280, 'counts-ticked');
    await page.getByRole('checkbox', { name: /^Cambodia/ }).check();
    const cambodia: Selection = { country: ['Cambodia'] };
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(allPages, allPages, cambodia));
    expect(fetched.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    // The other countries keep their counts; a second country adds to the first.
    await page.getByRole('checkbox', { name: /^Pakistan/ }).check();
    const two: Selection = { country: ['Cambodia', 'Pakistan'] };
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(allPages, allPages, two));
    // A tick in another facet narrows the countries too.
    await page.getByRole('checkbox', { name: /^Institution/ }).check();
    const three: Selection = { ...two, kind: ['Institution'] };
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(allPages, allPages, three));
    const expected = [...content].filter(([, p]) => matches(p, three)).map(([path]) => path);
    expect((await allResults(page)).sort()).toEqual(expected.sort());
    expect(await page.locator('#search-status').textContent()).toBe(`${expected.length} results`);
    // Unticking everything brings back the counts of the whole collection.
    for (const name of [/^Cambodia/, /^Pakistan/, /^Institution/]) await page.getByRole('checkbox', { name }).uncheck();
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(allPages, allPages, {}));
    expect(await page.locator('#search-status').textContent()).toBe(`${allPages.length} results`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after typing a query, count within its results once the reader moves to the filters, with and without ticks, and clearing restores them', async () => {
    const { page, errors, fetched } = await open('/search/', 1280, 'counts-query');
    await page.fill('#search-q', 'insurance');
    await expect.poll(() => page.url(), poll).toContain('q=insurance');
    await expect.poll(() => page.locator('#search-status').textContent(), poll).not.toBe(`${allPages.length} results`);
    const found = pagesAt(await allResults(page));
    expect(found.length).toBeGreaterThan(1);
    expect(found.length).toBeLessThan(allPages.length);
    // Until then no count is shown rather than the whole collection's, and no filter data is fetched.
    expect(new Set(await countTexts(page))).toEqual(new Set(['']));
    expect(await page.locator('#search-counts-note').isVisible()).toBe(true);
    expect(fetched.filter((path) => path.includes('/pagefind/filter/'))).toEqual([]);
    await page.locator('.search-filters h2').hover();
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(found, allPages, {}));
    expect(await page.locator('#search-counts-note').isVisible()).toBe(false);
    // Counting left the results as they were: all of them still listed.
    expect(await page.locator('#search-results li').count()).toBe(found.length);
    await page.getByRole('checkbox', { name: /^Innovation brief/ }).check();
    const briefs: Selection = { kind: ['Innovation brief'] };
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(found, allPages, briefs));
    expect(await page.locator('#search-status').textContent()).toBe(`${found.filter((p) => matches(p, briefs)).length} results`);
    await page.getByRole('checkbox', { name: /^Innovation brief/ }).uncheck();
    await page.fill('#search-q', '');
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(allPages, allPages, {}));
    expect(await page.locator('#search-results li').count()).toBe(20);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts a query for a keyboard reader when the focus moves into the filters', async () => {
    const { page, errors } = await open('/search/', 1280, 'counts-keyboard');
    await page.locator('#search-q').focus();
    await page.keyboard.type('insurance');
    await expect.poll(() => page.url(), poll).toContain('q=insurance');
    await settled(page);
    expect(new Set(await countTexts(page))).toEqual(new Set(['']));
    // From the box: the search button, then the first control of the filters (the sort order).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    await expect.poll(() => countTexts(page), poll).not.toContain('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url(), poll).toContain('kind=');
    expect(await countTexts(page)).not.toContain('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads 0 everywhere for a query with no result, never the counts of an earlier search', async () => {
    const { page } = await open('/search/?country=Cambodia', 1280, 'counts-none');
    await expect.poll(() => shownCounts(page), poll).toEqual(expectedCounts(allPages, allPages, { country: ['Cambodia'] }));
    await page.fill('#search-q', 'qqxxzzy');
    await expect.poll(() => page.locator('#search-status').textContent(), poll).toBe('No results');
    const zeros = Object.fromEntries(Object.keys(expectedCounts(allPages, allPages, {})).map((key) => [key, 0]));
    await expect.poll(() => shownCounts(page), poll).toEqual(zeros);
    await page.close();
  });
});

describe('search in the browser', () => {
  it('finds by text, narrows by a filter, keeps both in the URL, and opens a result', async () => {
    const { page, errors } = await open('/search/', 1280, 'search-flow');
    await page.fill('#search-q', 'child labour');
    await expect.poll(() => page.url(), poll).toContain('q=child+labour');
    await expect.poll(() => page.locator('#search-results li').count(), poll).toBeGreaterThan(1);
    await page.getByRole('checkbox', { name: /^Pakistan/ }).check();
    await expect.poll(() => page.url(), poll).toContain('country=Pakistan');
    // The brief; its institution's page names child labour only in a source's title, which is not indexed.
    await expect.poll(() => page.locator('#search-status').textContent(), poll).toBe('1 result');
    const first = page.locator('#search-results li h3 a').first();
    await expect.poll(() => first.textContent(), poll).toBeTruthy();
    // One short excerpt per hit, with the matched words marked.
    expect(await page.locator('#search-results li').first().locator('p:not(.card-meta)').count()).toBe(1);
    expect(await page.locator('#search-results li mark').count()).toBeGreaterThan(0);
    await first.click();
    await page.waitForURL(/\/innovations\/nrsp/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the excerpts of the results it shows, and the next page of them when asked', async () => {
    const { page, errors, fetched } = await open('/search/', 1280, 'search-paging');
    const fragments = () => fetched.filter((path) => path.includes('/pagefind/fragment/')).length;
    await page.fill('#search-q', 'microfinance');
    await expect.poll(() => page.url(), poll).toContain('q=microfinance');
    await expect.poll(() => page.locator('#search-status').textContent(), poll).not.toBe(`${allPages.length} results`);
    await settled(page);
    const total = Number((await page.locator('#search-status').textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('#search-results li').count()).toBe(20);
    expect(fragments()).toBe(20);
    expect(await page.locator('.search-more').textContent()).toBe(`Show ${Math.min(20, total - 20)} more`);
    await page.locator('.search-more').click();
    await expect.poll(() => page.locator('#search-results li').count(), poll).toBe(Math.min(40, total));
    await settled(page);
    expect(fragments()).toBe(Math.min(40, total));
    expect(await page.locator('#search-results li h3 a').last().textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a brief by what it says, not by its citation block', async () => {
    const { page } = await open('/search/', 1280, 'search-indexed');
    await page.fill('#search-q', 'BibTeX');
    await expect.poll(() => page.locator('#search-status').textContent(), poll).toBe('No results');
    await page.fill('#search-q', 'hazardous');
    await expect.poll(() => page.locator('#search-results li').count(), poll).toBeGreaterThan(0);
    await page.close();
  });

  it("finds an institution by its further figures (LAPO's loans disbursed over the year)", async () => {
    const { page } = await open('/search/', 1280, 'search-further-figures');
    await page.fill('#search-q', 'disbursed');
    await expect
      .poll(() => page.locator('#search-results li h3 a').allTextContents(), poll)
      .toContain('LAPO Microfinance Bank Limited');
    await page.close();
  });

  it('restores a shared search from its URL, and shows the empty search a page at a time', async () => {
    const { page } = await open('/search/?challenge=Child+labour&kind=Innovation+brief&sort=newest', 390, 'search-shared');
    await expect.poll(() => page.locator('#search-status').textContent(), poll).toBe('3 results');
    expect(await page.getByRole('checkbox', { name: /^Child labour/ }).isChecked()).toBe(true);
    await page.goto(`${site.url}/search/`);
    expect(await page.locator('#search-results li').count()).toBe(20);
    expect(await page.locator('.search-more').textContent()).toBe(`Show ${allPages.length - 20} more`);
    expect((await allResults(page)).sort()).toEqual([...content.keys()].sort());
    await page.close();
  });
});
