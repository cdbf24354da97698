import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser/chromium.ts';
import { nuErrors } from './helpers/nu-checker.ts';
import { serveSite } from './helpers/static-server.ts';

describe('the Nu HTML Checker', () => {
  it('finds no error on any built page', async () => {
    expect(await nuErrors([inject('distDir')])).toEqual([]);
  }, 120_000);

  describe('on the search page after a search', () => {
    let browser: Browser;
    let site: Awaited<ReturnType<typeof serveSite>>;
    beforeAll(async () => {
      site = await serveSite(inject('distDir'));
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    it('finds no error in the document the script has built', async () => {
      const page = await browser.newPage();
      await page.goto(`${site.url}/search/?q=training&challenge=Child+labour`, { waitUntil: 'networkidle' });
      await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const html = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);
      expect(await nuErrors([], html)).toEqual([]);
      await page.close();
    }, 120_000);
  });
});
