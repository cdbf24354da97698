import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { parse } from 'yaml';
import { buildFactsheet, type Factsheet } from '../../src/lib/factsheet.ts';
import { createFactsheetRenderer, type RenderedPdf } from '../../src/lib/pdf/render.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation, Mfi, Programme } from '../../src/schemas/index.ts';
import { inspectPdf, squash, type PdfFacts } from './inspect.ts';

const root = process.cwd();
const report = await validateContent(root);
const organisation = (parse(await readFile('content/site.yaml', 'utf8')) as { organisation: { name: string } }).organisation.name;
const data = <T>(kind: string, id: string) => report.entries.find((e) => e.kind === kind && e.id === id)!.data as T;
const innovations = report.entries
  .filter((entry) => entry.kind === 'innovations')
  .map((entry) => entry.id)
  .sort();
const renderer = await createFactsheetRenderer({ root, entries: report.entries, buildDate: new Date('2026-01-15T00:00:00Z') });

const viewModel = (id: string): Factsheet => {
  const innovation = data<Innovation>('innovations', id);
  return buildFactsheet(
    innovation,
    data<Mfi>('mfis', innovation.mfi),
    innovation.programme === undefined ? undefined : data<Programme>('programmes', innovation.programme),
    'en',
    bundledTaxonomy,
  );
};

it('reads valid bundled content', () => {
  expect(report.problems).toEqual([]);
  expect(innovations.length).toBeGreaterThan(0);
});

describe.each(innovations)('the PDF factsheet of %s', (id) => {
  let rendered: RenderedPdf;
  let pdf: PdfFacts;
  let text: string;
  const sheet = viewModel(id);

  beforeAll(async () => {
    rendered = renderer.innovation(id);
    pdf = await inspectPdf(rendered.pdf);
    text = squash(pdf.text.join('\n'));
  });

  it('has one or two A4 pages', () => {
    expect(rendered.pages).toBe(pdf.pages.length);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(1);
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595, -0.3);
      expect(page.height).toBeCloseTo(842, -0.3);
    }
  });

  it('embeds every font it uses, all of them Source Sans 3', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.name).toMatch(/SourceSans3/);
    }
  });

  it('names the MFI and shows every profile figure, with its year', () => {
    expect(text).toContain(squash(sheet.mfi.name));
    for (const row of sheet.profile.rows) expect(text, row.label).toContain(squash(`${row.label}${row.value ?? 'not reported'}`));
    if (sheet.profile.year) expect(text).toContain(squash(`Figures as of ${sheet.profile.year}`));
  });

  it('shows the header: programme, country and challenge', () => {
    for (const row of sheet.header.filter((r) => r.key)) expect(text, row.label).toContain(squash(row.value ?? 'not reported'));
  });

  it("shows every result's outcome and finding, and every recommendation", () => {
    for (const result of sheet.results) {
      expect(text, result.outcome).toContain(squash(result.outcome));
      expect(text, result.outcome).toContain(squash(result.finding));
    }
    for (const recommendation of sheet.recommendations) expect(text).toContain(squash(recommendation));
  });

  it('says what the record lacks, as the web brief does, and prints no heading over a section it lacks', () => {
    const lacks = text.indexOf(squash('What this record lacks'));
    expect(lacks).toBeGreaterThan(0);
    const gaps = sheet.completeness.length ? sheet.completeness : ['Every section of this record is filled in.'];
    for (const line of gaps) expect(text.slice(lacks)).toContain(squash(line));
    expect(text.includes(squash('Recommendations'))).toBe(sheet.has.recommendations);
    expect(text.includes(squash('Results chain'))).toBe(sheet.has.resultsChain);
  });

  it('numbers its pages and dates its build in the footer', () => {
    for (const [index, page] of pdf.text.entries()) expect(page).toContain(`Page ${index + 1} of ${pdf.text.length}`);
    expect(text).toContain(squash('Built January 15, 2026'));
  });

  it('carries the title, author, subject, keywords and language as metadata', () => {
    expect(pdf.info['Title']).toBe(sheet.title);
    expect(pdf.info['Author']).toBe(organisation);
    expect(pdf.info['Subject']).toBe(sheet.summary);
    expect(pdf.info['Keywords']).toContain(sheet.header.find((row) => row.key === 'challenge')!.value);
    expect(pdf.info['Language']).toBe('en');
  });
});

describe('the combined PDF of a programme', () => {
  it('holds each of its factsheets in title order, each numbered on its own', async () => {
    const members = renderer.innovations.filter((id) => data<Innovation>('innovations', id).programme === 'mf4dw');
    const pdf = await inspectPdf(renderer.programme('mf4dw').pdf);
    const expected = members.flatMap((id) => {
      const pages = renderer.innovation(id).pages;
      return Array.from({ length: pages }, (_, index) => ({ title: viewModel(id).title, page: index + 1, pages }));
    });
    expect(pdf.pages.length).toBe(expected.length);
    expected.forEach(({ title, page, pages }, index) => {
      expect(pdf.text[index]).toContain(`Page ${page} of ${pages}`);
      if (page === 1) expect(squash(pdf.text[index]!)).toContain(squash(title));
    });
  });

  it('is listed only for programmes that have innovations', () => {
    expect(renderer.programmes).toContain('mf4dw');
    // Making Microfinance Work, the training curriculum, has no innovation of its own.
    expect(report.entries.some((e) => e.kind === 'programmes' && e.id === 'making-microfinance-work')).toBe(true);
    expect(renderer.programmes).not.toContain('making-microfinance-work');
    for (const id of renderer.programmes) expect(renderer.programme(id).pages).toBeGreaterThan(0);
  });
});
