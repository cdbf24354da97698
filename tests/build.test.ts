import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const page = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8');
/** The page's text, without tags, with whitespace folded, as a reader (or a search) sees it. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('the built IMON brief', () => {
  let brief: string;
  beforeAll(async () => {
    brief = text(await page('innovations/imon-womens-entrepreneurship'));
  });

  it('shows the header: MFI, country, programme and challenge', () => {
    for (const fact of ['IMON International LLC', 'Tajikistan', 'MF4DW', "Women's empowerment"]) expect(brief).toContain(fact);
  });

  it('shows every profile figure of the factsheet, with its year', () => {
    for (const fact of [
      'Figures as of 2011',
      'Non-bank financial institution',
      'Loans, Leasing, Training, Consulting',
      'Active borrowers 42,503',
      'Women borrowers 39%',
      'Active savers 0',
      'Offices 81',
      '28 regions of the country',
      'Gross loan portfolio USD 45.2 million',
    ]) {
      expect(brief).toContain(fact);
    }
  });

  it('shows the study: 3 surveys over 30 months, 905 clients, 13 branches, the comparison groups', () => {
    for (const fact of ['3 surveys', '30 months', '905 clients', 'Branches 13', 'Loan only', 'No access to the innovation']) {
      expect(brief).toContain(fact);
    }
  });

  it('shows all five results and all three recommendations, in the factsheet order', () => {
    const order = [
      'The innovation',
      'How the impact was measured',
      'Results chain',
      'Awareness of the business women',
      'Self-employment and business expansion · Women who received both',
      "Women's empowerment no change; judgement not stated; not statistically significant",
      'Delays in loan repayment rose; judgement not stated; significance not reported',
      'Client retention rose; favourable; significance not reported',
      'Recommendations',
      'Keep training prospective women entrepreneurs',
      'business development service that pays for itself',
      'through their networks at home and abroad',
      'Sources',
    ];
    // Each fact must come after the one before it (charts may repeat a fact earlier on the page).
    let from = 0;
    for (const fact of order) {
      const at = brief.indexOf(fact, from);
      expect(at, fact).toBeGreaterThanOrEqual(0);
      from = at + fact.length;
    }
  });

  it('keeps figures from other years apart, as context with their own year', () => {
    expect(brief).toContain('Context only: these describe 2013, not the years of the innovation.');
    expect(brief).toContain('more than 42,500');
  });
});

describe('every built page', () => {
  it('ships no JavaScript, except the search page, its index and the editing app', async () => {
    const files: string[] = [];
    const walk = async (dir: string) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else files.push(path);
      }
    };
    await walk(dist);
    const html = files.filter((f) => f.endsWith('.html'));
    const search = join(dist, 'search', 'index.html');
    // The editing app is the one other page that runs code; it is for editors, not readers.
    const admin = join(dist, 'admin', 'index.html');
    expect(html.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain(admin);
    // JSON-LD is data in a <script> element, never run; any other script element is code.
    for (const file of html.filter((f) => f !== search && f !== admin))
      expect(await readFile(file, 'utf8'), file).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
    expect(await readFile(search, 'utf8')).toContain('<script');
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => f.slice(dist.length + 1));
    expect(scripts.filter((f) => !f.startsWith('pagefind/') && !f.startsWith('_astro/') && !f.startsWith('admin/'))).toEqual([]);
    // The search page's script, inlined by Astro or bundled; a bundled script is one the search page loads.
    const searchPage = await readFile(search, 'utf8');
    const loaded = [...searchPage.matchAll(/<script[^>]*\ssrc="\/(_astro\/[^"]+)"/g)].map((m) => m[1]);
    const inline = [...searchPage.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(loaded.length + inline.filter((code) => code.trim() !== '').length).toBeGreaterThan(0);
    expect(scripts.filter((f) => f.startsWith('_astro/')).sort()).toEqual(loaded.sort());
  });

  it('lists the brief on the home page and links the MFI and programme pages', async () => {
    const home = await page('');
    expect(home).toContain('href="/innovations/imon-womens-entrepreneurship/"');
    expect(text(await page('mfis/imon-international'))).toContain('Entrepreneurship training and start-up loans for women');
    expect(text(await page('programmes/mf4dw'))).toContain('Implementation and testing');
  });
});

describe('every chart', () => {
  it('is an SVG named by its own title and description, with its data as a table beside it', async () => {
    const pages = [
      '',
      'innovations/imon-womens-entrepreneurship',
      'innovations/nrsp-family-health-insurance',
      'programmes/mf4dw',
    ];
    let charts = 0;
    for (const path of pages) {
      const html = await page(path);
      for (const figure of html.match(/<figure class="chart">[\s\S]*?<\/figure>/g) ?? []) {
        for (const svg of figure.match(/<svg[^>]*class="chart[^"]*"[^>]*>/g) ?? []) {
          charts++;
          const [titleId, descId] = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
          expect(svg, path).toMatch(/role="(img|group)"/);
          expect(svg, path).toMatch(/viewBox="0 0 [\d.]+ [\d.]+"/);
          expect(figure, path).toMatch(new RegExp(`<title id="${titleId}">[^<]+</title>`));
          expect(figure, path).toMatch(new RegExp(`<desc id="${descId}">[^<]+</desc>`));
        }
        expect(figure, path).toMatch(/<details class="chart-data"[^>]*>[\s\S]*<table[\s\S]*<th scope="col">/);
      }
    }
    // Home: the map; each brief: results (two layouts), figures; programme: map and timeline. The
    // results chain is a list, not a chart (tests/browser/results-chain.test.ts).
    expect(charts).toBe(1 + 3 + 3 + 2);
  });
});
