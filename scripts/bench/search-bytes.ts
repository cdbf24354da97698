/**
 * What a reader's browser downloads to search: the built site served on 127.0.0.1, /search/
 * opened in Chromium with an empty cache, a query typed, and the transfer size of every request
 * under /pagefind/ added up, once the page has settled after opening and again after the query.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { serveSite } from '../../tests/helpers/static-server.ts';

export interface SearchBytes {
  query: string;
  /** The result count the page announced. */
  status: string;
  /** Bytes as our test server sends them (no compression; Pagefind's index files come compressed). */
  opening: Transfer;
  /** What typing the query added. */
  typing: Transfer;
}

export interface Transfer {
  requests: number;
  bytes: number;
  /** The same, with the text files (pagefind.js, its JSON) gzipped, as most hosts send them. */
  gzipBytes: number;
  /** Bytes by kind of file: the engine, index chunks, filter chunks, result fragments. */
  parts: Record<Part, number>;
}

const parts = ['engine', 'index', 'filter', 'fragment'] as const;
type Part = (typeof parts)[number];

/** Pagefind keeps index, filter and fragment chunks in folders of those names; the rest is its engine. */
const partOf = (path: string): Part => parts.find((part) => path.startsWith(`/pagefind/${part}/`)) ?? 'engine';

const settleMs = 500;

/** Counts the /pagefind/ requests of a page and waits for them to stop. */
function watchPagefind(page: Page, dist: string) {
  const done: Promise<{ bytes: number; gzipBytes: number; part: Part }>[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const isPagefind = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/');
  page.on('request', (request) => {
    if (!isPagefind(request)) return;
    inFlight++;
    lastChange = Date.now();
  });
  const finished = (request: Request) => {
    if (!isPagefind(request)) return;
    inFlight--;
    lastChange = Date.now();
  };
  page.on('requestfailed', finished);
  page.on('requestfinished', (request) => {
    if (!isPagefind(request)) return;
    done.push(
      (async () => {
        const sizes = await request.sizes();
        const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
        const path = new URL(request.url()).pathname;
        const text = ['.js', '.json', '.css'].includes(extname(path));
        const gzipBody = text ? gzipSync(await readFile(join(dist, path))).byteLength : sizes.responseBodySize;
        return { bytes, gzipBytes: gzipBody + sizes.responseHeadersSize, part: partOf(path) };
      })(),
    );
    finished(request);
  });
  return {
    async settled(): Promise<Transfer> {
      while (inFlight > 0 || Date.now() - lastChange < settleMs) await page.waitForTimeout(100);
      const sizes = await Promise.all(done);
      const sum = (of: typeof sizes) => of.reduce((total, size) => total + size.bytes, 0);
      return {
        requests: sizes.length,
        bytes: sum(sizes),
        gzipBytes: sizes.reduce((total, size) => total + size.gzipBytes, 0),
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
  gzipBytes: after.gzipBytes - before.gzipBytes,
  parts: Object.fromEntries(parts.map((part) => [part, after.parts[part] - before.parts[part]])) as Record<Part, number>,
});

export async function searchBytes(dist: string, query: string): Promise<SearchBytes> {
  const site = await serveSite(dist);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const pagefind = watchPagefind(page, dist);
    await page.goto(`${site.url}/search/`);
    // With no query the page lists every brief; that listing is what a reader sees first.
    await page.locator('#search-results li').first().waitFor();
    const opening = await pagefind.settled();
    const before = await page.locator('#search-status').textContent();
    await page.fill('#search-q', query);
    await page.waitForURL(/[?&]q=/);
    await page.waitForFunction((previous) => document.querySelector('#search-status')?.textContent !== previous, before);
    const total = await pagefind.settled();
    const status = (await page.locator('#search-status').textContent()) ?? '';
    return { query, status, opening, typing: minus(total, opening) };
  } finally {
    await browser.close();
    await site.close();
  }
}
