import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { validateContent } from '../src/lib/validation/validate.ts';

const dist = inject('distDir');
const html = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const text = (s: string) =>
  decode(s.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
let pages: string[];

beforeAll(async () => {
  const { entries } = await validateContent('.');
  pages = [
    '',
    'evidence',
    ...entries.filter((e) => e.kind === 'innovations' || e.kind === 'programmes').map((e) => `${e.kind}/${e.id}`),
  ];
});

/**
 * Each chart's figure on a built page: its table (header and rows) and its download block. The
 * results chain is a list on the page, one CSV row for each of its items (or for a step without).
 */
function charts(page: string) {
  return [
    ...page.matchAll(
      /<(figure class="chart"|table class="evidence"|div class="results-chain")[\s\S]*?<div class="chart-downloads"[^>]*>([\s\S]*?)<\/div>/g,
    ),
  ].map((m) => {
    const block = m[0];
    const links = [...m[2]!.matchAll(/<a href="([^"]+)" download type="([^"]+)"/g)].map((l) => ({ href: l[1]!, type: l[2]! }));
    const citation = text(/<p class="chart-citation">([\s\S]*?)<\/p>/.exec(m[2]!)?.[1] ?? '');
    // The evidence map is a matrix on the page and one row per result in its CSV: no table to compare.
    if (m[1]!.startsWith('table')) return { links, citation, header: [] as string[], rows: 0 };
    if (m[1]!.startsWith('div')) {
      const rows = (block.match(/<ul>[\s\S]*?<\/ul>/g) ?? []).join('').split('<li>').length - 1;
      return { links, citation, header: ['Step', 'Item'], rows: rows + (block.match(/class="not-reported"/g) ?? []).length };
    }
    const header = [...(/<thead>([\s\S]*?)<\/thead>/.exec(block)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((h) =>
      text(h[1]!),
    );
    const rows = [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(block)?.[1] ?? '').matchAll(/<tr>/g)].length;
    return { links, citation, header, rows };
  });
}

describe('taking a chart away', () => {
  it('offers, under every chart, its SVG and its CSV as plain links, with a citation line', async () => {
    let count = 0;
    for (const path of pages) {
      const page = await html(path);
      const figures = (page.match(/<figure class="chart"|<div class="results-chain"/g) ?? []).length;
      const found = charts(page);
      expect(
        found.filter((c) => c.links.some((l) => l.type === 'image/svg+xml')),
        path,
      ).toHaveLength(figures);
      for (const chart of found) {
        expect(
          chart.links.some((l) => l.type === 'text/csv'),
          path,
        ).toBe(true);
        expect(chart.citation, path).toMatch(/^Source: .+ Licence: CC BY 4\.0\.$/);
        count += 1;
      }
    }
    // Every brief has at least three (results chain, results, key figures); the evidence map one.
    expect(count).toBeGreaterThanOrEqual(3 * (pages.length - 5));
  });

  it('builds each SVG as a standalone document with the citation printed under the chart', async () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const path of pages) {
      for (const chart of charts(await html(path))) {
        const link = chart.links.find((l) => l.type === 'image/svg+xml');
        if (!link) continue;
        const svg = await readFile(join(dist, link.href), 'utf8');
        // parse(…, true) validates the XML first and throws on any error.
        const doc = parser.parse(svg, true);
        expect(doc.svg['@_xmlns'], link.href).toBe('http://www.w3.org/2000/svg');
        expect(doc.svg.svg['title'], link.href).toBeTruthy();
        // Printed in lines, so compared without the spaces where they break.
        const printed = text(svg.slice(svg.lastIndexOf('<text')));
        expect(printed.replace(/\s/g, ''), link.href).toBe(chart.citation.replace(/\s/g, ''));
      }
    }
  });

  it('builds each CSV with the columns and rows of the chart table on the page', async () => {
    for (const path of pages) {
      for (const chart of charts(await html(path))) {
        const link = chart.links.find((l) => l.type === 'text/csv')!;
        const csv = csvParse(await readFile(join(dist, link.href), 'utf8'));
        if (chart.header.length > 0) {
          expect(csv.columns, link.href).toEqual(chart.header);
          expect(csv.length, link.href).toBe(chart.rows);
        } else {
          expect(csv.length, link.href).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gives the evidence map one CSV row per result', async () => {
    const { entries } = await validateContent('.');
    const results = entries
      .filter((e) => e.kind === 'innovations')
      .reduce((sum, e) => sum + (e.data['results'] as unknown[]).length, 0);
    const csv = csvParse(await readFile(join(dist, 'charts/evidence/evidence-map.csv'), 'utf8'));
    expect(csv.columns).toEqual(['Challenge', 'Outcome domain', 'Institution', 'Outcome', 'Change', 'Judgement', 'Significance']);
    expect(csv).toHaveLength(results);
  });
});
