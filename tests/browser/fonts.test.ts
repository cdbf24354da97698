import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite } from '../helpers/static-server.ts';
import { launchChromium } from './chromium.ts';
import { pageTypes } from './page-types.ts';

/**
 * What the fonts do for a reader: every text meant for Source Sans 3 is drawn from the subsets
 * once they are there; a reader whose fonts come too late for the first paint keeps the matched
 * fallback for that page (`font-display: optional`); either way no text moves.
 */
let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  site = await serveSite(inject('distDir'), { host: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The layout shift of the page so far, as the Layout Instability API counts it (CLS's input). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // The buffered entries arrive in the observer's first callback, before the next frame's end.
        requestAnimationFrame(() => setTimeout(() => done(total), 100));
      }),
  );
}

/**
 * The fonts Chromium drew each text of the page with (DevTools' "Rendered fonts"), as
 * "family (web font)" or "family (system)", with the first text drawn in each.
 */
async function renderedFonts(page: Page): Promise<Map<string, string>> {
  const count = await page.evaluate(() => {
    let n = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const own = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
      // Code keeps its monospace font.
      const ours = getComputedStyle(el).fontFamily.startsWith('"Source Sans 3"');
      if (own && ours && el.checkVisibility()) el.setAttribute('data-font-probe', String(n++));
    }
    return n;
  });
  expect(count).toBeGreaterThan(10);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  const fonts = new Map<string, string>();
  for (const nodeId of nodeIds) {
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of used) {
      const key = `${font.familyName} (${font.isCustomFont ? 'web font' : 'system'})`;
      if (fonts.has(key)) continue;
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      fonts.set(
        key,
        outerHTML
          .replace(/<[^>]+>/g, '')
          .trim()
          .slice(0, 60),
      );
    }
  }
  await cdp.detach();
  return fonts;
}

/**
 * A page opened in a fresh context, with the web font files it fetched. `waitForFonts` lets the
 * faces in whenever they arrive (font-display: block), for a test of what they draw that does not
 * depend on how busy the machine is.
 */
async function visit(context: BrowserContext, path: string, waitForFonts = false): Promise<{ page: Page; fonts: string[] }> {
  const page = await context.newPage();
  let rewritten = 0;
  if (waitForFonts)
    await page.route(`${site.url}${path}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/font-display:\s*optional/g, () => {
        rewritten++;
        return 'font-display:block';
      });
      await route.fulfill({ response, body });
    });
  const fonts: string[] = [];
  page.on('request', (request) => request.url().endsWith('.woff2') && fonts.push(request.url().replace(/.*\//, '')));
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  if (waitForFonts) expect(rewritten, 'the @font-face rules of the inlined stylesheet').toBeGreaterThan(0);
  return { page, fonts };
}

describe.each(Object.entries(pageTypes))('the fonts of the %s page', (name, path) => {
  it('draw every text meant for Source Sans 3 with it, from the Latin subsets', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const { page, fonts } = await visit(context, path, true);
    // The Latin subsets of the faces: the bundled content needs no other file.
    expect(fonts.length, name).toBeGreaterThan(0);
    expect(fonts.filter((file) => !/^SourceSans3-(Regular|It|Semibold|Bold)-latin\.[\w-]+\.woff2$/.test(file))).toEqual([]);
    // Each face names itself ("Source Sans 3 Semibold"); a glyph missing from a subset would show as a system font.
    const rendered = await renderedFonts(page);
    expect([...rendered].filter(([font]) => !/^Source Sans 3( \w+)? \(web font\)$/.test(font))).toEqual([]);
    await context.close();
  });

  it('move no text while the page and its fonts load', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    const { page } = await visit(context, path);
    expect(await layoutShift(page)).toBe(0);
    await context.close();
  });
});

describe('fonts that come too late for the first paint', () => {
  it.each([pageTypes.home, pageTypes.brief])('leave %s in the matched fallback, without a shift', async (path) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
    // A slow network for the fonts alone: they arrive a second after the page.
    await context.route('**/*.woff2', async (route) => {
      await new Promise((wait) => setTimeout(wait, 1000));
      await route.continue();
    });
    const { page } = await visit(context, path);
    await page.waitForTimeout(300);
    const fonts = await renderedFonts(page);
    // font-display: optional never swaps a face in after the first paint.
    expect([...fonts.keys()].filter((font) => font.includes('web font'))).toEqual([]);
    expect(await layoutShift(page)).toBe(0);
    await context.close();
  });
});
