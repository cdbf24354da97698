import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveSite } from '../helpers/static-server.ts';
import { launchChromium } from './chromium.ts';

/**
 * What a reader sees of results, after the page's scripts have run: each mark's shape, colour
 * and fill agree with the words beside it and with the finding (issue 11).
 */
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

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.url}${path}`);
  await page.waitForLoadState('load');
  return page;
}

describe('results as a reader sees them', () => {
  it("a brief: each result's mark, words and finding agree (LAPO: a rise judged unfavourable)", async () => {
    const page = await open('/innovations/lapo-school-fee-loan-campaign/');
    const results = await page.$$eval('.results .result', (items) =>
      items.map((item) => ({
        mark: item.querySelector('h3 .mark path')!.getAttribute('class')!,
        heading: item.querySelector('h3')!.textContent!.replace(/\s+/g, ' ').trim(),
        verdict: item.querySelector('.result-verdict')!.textContent!.replace(/\s+/g, ' ').trim(),
      })),
    );
    const attitudes = results.find((r) => r.heading.startsWith('Value put on work rather than school'))!;
    expect(attitudes.verdict).toBe('rose; unfavourable; significance not reported');
    expect(attitudes.mark).toBe('marker marker-rose marker-unfavourable marker-tint');
    for (const result of results) {
      const [change, judgement] = result.verdict.split('; ');
      const words: Record<string, string> = {
        rose: 'rose',
        fell: 'fell',
        'no change': 'no-change',
        mixed: 'mixed',
        inconclusive: 'inconclusive',
      };
      expect(result.mark, result.heading).toContain(`marker-${words[change!]}`);
      expect(result.mark, result.heading).toContain(
        judgement === 'judgement not stated' ? 'marker-not-stated' : `marker-${judgement}`,
      );
    }
    // The chart's data table says the same three facts in words.
    const table = await page.$$eval('.chart-results, table', () =>
      [...document.querySelectorAll('table')].flatMap((t) =>
        [...t.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ')),
      ),
    );
    expect(
      table.some(
        (row) =>
          row.includes('Value put on work rather than school') && row.includes('rose; unfavourable; significance not reported'),
      ),
    ).toBe(true);
    await page.close();
  });

  it("the evidence map: a mark's text alternative says change, judgement and significance; the legend explains each", async () => {
    const page = await open('/evidence/');
    const points = await page.$$eval('.marks a', (links) =>
      links.map((a) => ({
        mark: a.querySelector('path')!.getAttribute('class')!,
        words: a.querySelector('.visually-hidden')!.textContent!.replace(/\s+/g, ' '),
      })),
    );
    expect(points.length).toBeGreaterThan(50);
    const life = points.find((p) => p.words.includes('Life insurance'))!;
    expect(life.words).toContain('fell; unfavourable; significance not reported');
    expect(life.mark).toBe('marker marker-fell marker-unfavourable marker-tint');
    for (const { mark, words } of points) {
      const judgement = /marker-(favourable|unfavourable|neither|not-stated)/.exec(mark)?.[1];
      if (judgement === 'unfavourable') expect(words).toContain('; unfavourable;');
      if (judgement === 'favourable') expect(words).toContain('; favourable;');
    }
    const legend = await page.$eval('.legend', (section) => section.textContent!.replace(/\s+/g, ' '));
    for (const words of [
      'rose',
      'fell',
      'no change',
      'favourable',
      'unfavourable',
      'judgement not stated',
      'solid: statistically significant',
    ])
      expect(legend).toContain(words);
    await page.close();
  });

  it('the evidence map at 1280 px keeps its first column in view when scrolled, with a cue that there is more', async () => {
    const page = await open('/evidence/');
    const region = page.locator('.evidence-scroll');
    const overflows = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflows).toBe(true);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
    const before = await page.locator('.evidence tbody th').first().boundingBox();
    await region.evaluate((el) => el.scrollBy({ left: 400 }));
    await page.waitForFunction(() => document.querySelector('.evidence-scroll')!.scrollLeft > 0);
    const after = await page.locator('.evidence tbody th').first().boundingBox();
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(2);
    await page.close();
  });
});
