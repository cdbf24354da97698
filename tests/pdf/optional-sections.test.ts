/**
 * A study without recommendations or a results chain (the other-taxonomy fixture): its PDF
 * leaves those sections out, heading and all, as the web brief does, and says what the record
 * lacks, from the same view model. Read with Poppler's pdftotext, as a reader's tools would.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFactsheet, type Factsheet } from '../../src/lib/factsheet.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { formatters } from '../../src/lib/format.ts';
import { factsheetCharts } from '../../src/lib/pdf/charts.ts';
import { documentInput, fullShortening, sheetInput, type FactsheetDraft } from '../../src/lib/pdf/input.ts';
import { createFactsheetRenderer } from '../../src/lib/pdf/render.ts';
import { createTypesetter } from '../../src/lib/pdf/typst.ts';
import { requireTaxonomy } from '../../src/lib/taxonomy/load.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation, Mfi } from '../../src/schemas/index.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { squash } from './inspect.ts';

const run = promisify(execFile);
const id = 'phone-health-savings';

describe('the factsheet of a study without recommendations or a results chain', () => {
  let root: string;
  let sheet: Factsheet;
  let text: string;
  let structure: string;

  beforeAll(async () => {
    root = await fixtureProject('other-taxonomy', { alone: true });
    const report = await validateContent(root);
    expect(report.problems).toEqual([]);
    const data = <T>(kind: string, entryId: string) => report.entries.find((e) => e.kind === kind && e.id === entryId)!.data as T;
    const innovation = data<Innovation>('innovations', id);
    sheet = buildFactsheet(innovation, data<Mfi>('mfis', innovation.mfi), undefined, 'en', await requireTaxonomy(root));
    const file = join(root, `${id}.pdf`);
    await writeFile(file, (await createFactsheetRenderer({ root, entries: report.entries })).innovation(id).pdf);
    text = (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
    structure = (await run('pdfinfo', ['-struct-text', file])).stdout;
  });

  it('is a study without them, whose record lacks something', () => {
    expect(sheet.has).toMatchObject({ recommendations: false, resultsChain: false });
    expect(sheet.completeness.length).toBeGreaterThan(0);
  });

  it('has no recommendations heading and no results chain', () => {
    expect(text).not.toContain('Recommendations');
    expect(text).not.toContain('Results chain');
    expect(structure).not.toMatch(/^\s*Figure\b/m);
    expect(structure).not.toMatch(/^\s*H2 "Recommendations"/m);
  });

  it('says "not reported" only for the fields the view model has no value for, not for a missing section', () => {
    const unknownFields = [...sheet.header, ...sheet.profile.rows, ...sheet.study].filter((row) => row.value === undefined);
    const gapLines = sheet.completeness.filter((line) => line.includes('not reported'));
    expect(squash(text).split('notreported').length - 1).toBe(unknownFields.length + gapLines.length);
  });

  it('says what the record lacks and why it matters, under a heading of its own', () => {
    const lacks = squash(text).indexOf(squash('What this record lacks'));
    expect(lacks).toBeGreaterThan(squash(text).indexOf('Results'));
    for (const line of sheet.completeness) expect(squash(text).slice(lacks)).toContain(squash(line));
    // Tagged as a section heading (PDF/UA-1), like the others, and its gaps as a list.
    expect(structure).toMatch(/^\s*H2 "What this record lacks"/m);
    expect(structure.slice(structure.indexOf('H2 "What this record lacks"'))).toMatch(
      /^\s*H2 "What this record lacks".*\n.*\n\s*L\b/,
    );
  });

  it('points to the web brief for what the record lacks, when the two-page rule leaves the list out', async () => {
    const t = useTranslations('en');
    const webUrl = `https://fixture.example.org/innovations/${id}/`;
    const draft: FactsheetDraft = { id, file: 'brief.mdx', webUrl, sheet, narrative: [], charts: factsheetCharts(sheet, id, t) };
    const input = documentInput({
      language: 'en',
      meta: { title: sheet.title, author: 'Fixture', subject: sheet.summary, keywords: [] },
      buildDate: new Date('2026-01-15T00:00:00Z'),
      publisher: 'Fixture',
      t,
      f: formatters('en', t),
      sheets: [sheetInput(draft, { ...fullShortening(draft), completeness: false }, t)],
    });
    const file = join(root, 'shortened.pdf');
    await writeFile(file, createTypesetter().compile(input, 'the shortened factsheet').exportPdf());
    const shortened = squash((await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout);
    const lacks = shortened.indexOf(squash('What this record lacks'));
    expect(lacks).toBeGreaterThan(0);
    expect(shortened.slice(lacks)).toContain(
      squash(`What this record lacks, and why it matters, is set out in the web brief: ${webUrl}`),
    );
    for (const line of sheet.completeness) expect(shortened).not.toContain(squash(line));
  });
});
