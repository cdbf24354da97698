import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { serveSite } from '../helpers/static-server.ts';
import { launchChromium } from './chromium.ts';
import { pageTypes } from './page-types.ts';

const widths = [390, 1280];
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const failures = resolve('tests/.output/failures');

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;

beforeAll(async () => {
  site = await serveSite(inject('distDir'));
  browser = await launchChromium();
  await mkdir(failures, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A page at a width, with a screenshot saved if the test that opened it fails. */
async function open(path: string, width: number, name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  onTestFailed(async () => {
    await page.screenshot({ path: join(failures, `${name}-${width}.png`), fullPage: true });
  });
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  return { page, errors };
}

/** What axe-core finds on the page as it is now, one line per rule with its first nodes. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    // Best practices too: landmark-unique (two landmarks of one name) is one of them.
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  });
}

describe.each(Object.entries(pageTypes))('the %s page', (name, path) => {
  it.each(widths)('renders at %i px with one h1, no errors and nothing wider than the screen', async (width) => {
    const { page, errors } = await open(path, width, name);
    expect(await page.locator('h1').count()).toBe(1);
    // Wide tables scroll inside their own region; the page itself must not.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no violation found by axe-core (WCAG 2.2 A/AA and best practices)', async () => {
    const { page } = await open(path, 1280, `${name}-axe`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('reaches every link and control with the keyboard, each with a visible focus', async () => {
    const { page } = await open(path, 1280, `${name}-keyboard`);
    // Each element is named by its place in the tree, so two links with the same text stay apart.
    await page.evaluate(() => {
      const name = (el: Element) => {
        const steps: string[] = [];
        for (let node: Element | null = el; node; node = node.parentElement)
          steps.unshift(`${node.tagName}${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
        return `${steps.join('/')} "${el.textContent?.trim().slice(0, 40) ?? ''}"`;
      };
      (window as unknown as { nameOf: typeof name }).nameOf = name;
    });
    const focusable: string[] = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
        .filter((el) => el.checkVisibility())
        .map((el) => (window as unknown as { nameOf(e: Element): string }).nameOf(el)),
    );
    const reached = new Set<string>();
    const invisible: string[] = [];
    for (let i = 0; i < focusable.length + 2; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { key: (window as unknown as { nameOf(e: Element): string }).nameOf(el), visible };
      });
      if (!state) continue;
      reached.add(state.key);
      if (!state.visible) invisible.push(state.key);
    }
    expect(invisible).toEqual([]);
    expect(focusable.filter((key) => !reached.has(key))).toEqual([]);
    await page.close();
  });
});

describe('search in the browser', () => {
  it('has no axe violation after a search and a filter', async () => {
    const { page } = await open('/search/', 1280, 'search-axe');
    await page.fill('#search-q', 'insurance');
    // Before the reader turns to the filters: the results, and no counts yet.
    await expect.poll(() => page.locator('#search-counts-note').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: /^Pakistan/ }).check();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('country=Pakistan');
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('what a reader sees', () => {
  it('names each mark of the evidence map by its MFI, never by a file name', async () => {
    const { page } = await open('/evidence/', 1280, 'evidence-names');
    const names = await page.locator('.marks a').evaluateAll((links) => links.map((a) => a.textContent!.trim()));
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => /^[a-z0-9]+(-[a-z0-9]+)*:/.test(name))).toEqual([]);
    expect(names.some((name) => name.startsWith('Bai Tushum Bank: '))).toBe(true);
    await page.close();
  });

  it('keeps the licence and the data link apart in "Cite this brief"', async () => {
    const { page } = await open(pageTypes.brief, 1280, 'cite-links');
    // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out, with its line breaks, is what a reader sees.
    const text = await page.locator('.cite-brief').innerText();
    expect(text).toMatch(/CC BY 4\.0\.\n+Data of this brief \(JSON\)/);
    await page.close();
  });

  it.each([
    [390, 'stacks the five steps of the results chain, one below the other'],
    [720, 'stacks the results chain where five boxes would be too narrow'],
    [1280, 'sets the five steps of the results chain side by side, their names on one line'],
  ])('at %i px %s', async (width) => {
    const { page } = await open(pageTypes.brief, width, 'results-chain');
    const steps = await page.locator('.chain-step').evaluateAll((items) =>
      items.map((li) => {
        const box = li.getBoundingClientRect();
        const name = li.querySelector('.chain-step-name')!.getBoundingClientRect();
        const arrow = getComputedStyle(li, '::before').content;
        return { x: box.x, y: box.y, right: box.right, bottom: box.bottom, nameTop: name.y, arrow };
      }),
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out is what a reader sees.
    const names = await page.locator('.chain-step-name').evaluateAll((hs) => hs.map((h) => (h as HTMLElement).innerText));
    expect(names).toEqual(['Inputs', 'Activities', 'Outputs', 'Outcomes', 'Impact']);
    expect(await page.locator('.chain-step li').first().isVisible()).toBe(true);
    expect(steps[0]!.arrow).toBe('none');
    const row = width >= 1280;
    for (const [i, step] of steps.slice(1).entries()) {
      const before = steps[i]!;
      if (row) {
        expect(step.x).toBeGreaterThan(before.right);
        expect(step.nameTop).toBe(before.nameTop);
        expect(step.bottom).toBe(before.bottom);
      } else {
        expect(step.x).toBe(before.x);
        expect(step.y).toBeGreaterThan(before.bottom);
      }
      expect(step.arrow).toMatch(row ? /"→"/ : /"↓"/);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
