/**
 * What a reader's browser transfers to search: the built site served on 127.0.0.1 as a host
 * serves it (gzip; tests/helpers/static-server.ts), /search/ opened in Chromium with an empty
 * cache, then a query typed, then the pointer moved to the filters. Every request counts, with
 * its headers and its body as sent: for the first view the document and everything it loads
 * (fonts, script, Pagefind if it came), then what each step added, once the page has settled.
 */
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { serveSite } from '../../tests/helpers/static-server.ts';

export interface SearchBytes {
  query: string;
  /** The result count the page announced for the query. */
  status: string;
  /** Opening /search/: the built list and facet counts, and what they load. */
  firstView: Transfer;
  /** What typing the query added. */
  typing: Transfer;
  /** What moving to the filters then added: the data that counts the query's results by filter. */
  counting: Transfer;
}

/** Kinds of request: the page's own files, then Pagefind's engine (its script, WebAssembly and metadata) and its chunks. */
export const parts = ['document', 'style', 'script', 'font', 'other', 'engine', 'index', 'filter', 'fragment'] as const;
export type Part = (typeof parts)[number];

export interface Transfer {
  requests: number;
  /** Headers and body as transferred (gzip where the host compresses). */
  bytes: number;
  parts: Record<Part, number>;
}

/** Pagefind keeps index, filter and fragment chunks in folders of those names; the rest of /pagefind/ is its engine. */
function partOf(request: Request): Part {
  const path = new URL(request.url()).pathname;
  if (path.startsWith('/pagefind/')) {
    return (['index', 'filter', 'fragment'] as const).find((part) => path.startsWith(`/pagefind/${part}/`)) ?? 'engine';
  }
  const byType: Partial<Record<string, Part>> = {
    document: 'document',
    stylesheet: 'style',
    script: 'script',
    font: 'font',
  };
  return byType[request.resourceType()] ?? 'other';
}

const settleMs = 500;

/** Counts every request of a page and waits for them to stop. */
function watchRequests(page: Page) {
  const done: Promise<{ bytes: number; part: Part }>[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const changed = () => {
    lastChange = Date.now();
  };
  page.on('request', () => {
    inFlight++;
    changed();
  });
  page.on('requestfailed', () => {
    inFlight--;
    changed();
  });
  page.on('requestfinished', (request) => {
    done.push(
      request.sizes().then((sizes) => ({
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        part: partOf(request),
      })),
    );
    inFlight--;
    changed();
  });
  return {
    async settled(): Promise<Transfer> {
      while (inFlight > 0 || Date.now() - lastChange < settleMs) await page.waitForTimeout(100);
      const sizes = await Promise.all(done);
      const sum = (of: typeof sizes) => of.reduce((total, size) => total + size.bytes, 0);
      return {
        requests: sizes.length,
        bytes: sum(sizes),
        parts: Object.fromEntries(parts.map((part) => [part, sum(sizes.filter((size) => size.part === part))])) as Record<
          Part,
          number
        >,
      };
    },
  };
}

const minus = (after: Transfer, before: Transfer): Transfer => ({
  requests: after.requests - before.requests,
  bytes: after.bytes - before.bytes,
  parts: Object.fromEntries(parts.map((part) => [part, after.parts[part] - before.parts[part]])) as Record<Part, number>,
});

export async function searchBytes(dist: string, query: string): Promise<SearchBytes> {
  const site = await serveSite(dist, { host: true });
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const requests = watchRequests(page);
    await page.goto(`${site.url}/search/`);
    await page.locator('#search-results li').first().waitFor();
    const firstView = await requests.settled();
    const before = await page.locator('#search-status').textContent();
    await page.fill('#search-q', query);
    await page.waitForURL(/[?&]q=/);
    await page.waitForFunction((previous) => document.querySelector('#search-status')?.textContent !== previous, before);
    await page.waitForSelector('#search-results:not([aria-busy="true"])');
    const typed = await requests.settled();
    const status = (await page.locator('#search-status').textContent()) ?? '';
    await page.hover('.search-filters h2');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-facet]')].every((count) => count.textContent !== ''));
    const counted = await requests.settled();
    return { query, status, firstView, typing: minus(typed, firstView), counting: minus(counted, typed) };
  } finally {
    await browser.close();
    await site.close();
  }
}
