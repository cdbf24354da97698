import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { buildFactsheet } from '../../src/lib/factsheet.ts';
import { formatters } from '../../src/lib/format.ts';
import { factsheetCharts } from '../../src/lib/pdf/charts.ts';
import { documentInput, fullShortening, sheetInput, type FactsheetDraft } from '../../src/lib/pdf/input.ts';
import { createFactsheetRenderer } from '../../src/lib/pdf/render.ts';
import { createTypesetter, defaultTemplate, FactsheetError } from '../../src/lib/pdf/typst.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation, Mfi, Programme } from '../../src/schemas/index.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const root = process.cwd();
const report = await validateContent(root);
const id = 'imon-womens-entrepreneurship';
const file = `content/innovations/${id}.mdx`;
const template = await readFile(defaultTemplate, 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('a Typst error', () => {
  it('in the template names the innovation and the template line', async () => {
    const folder = await temporaryFolder('broken-template');
    const broken = template.replace('heading(level: 2, labels.results)', 'heading(level: 2, labels.resultz)');
    await writeFile(join(folder, 'factsheet.typ'), broken);
    const renderer = await createFactsheetRenderer({ root, entries: report.entries, template: join(folder, 'factsheet.typ') });

    const error = (() => {
      try {
        renderer.innovation(id);
        return undefined;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(FactsheetError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toMatch(
      new RegExp(`factsheet\\.typ:${lineOf(broken, 'labels.resultz')}:\\d+: error: dictionary does not contain key "resultz"`),
    );
    expect(message).toContain('heading(level: 2, labels.resultz)');
  });

  it('that breaches PDF/UA-1 is reported by the export of the layout that is kept', async () => {
    const folder = await temporaryFolder('inaccessible-template');
    // The results chain without its text alternative lays out, but is no PDF/UA-1.
    await writeFile(join(folder, 'factsheet.typ'), template.replace(', alt: s.charts.resultsChainAlt', ''));
    const renderer = await createFactsheetRenderer({ root, entries: report.entries, template: join(folder, 'factsheet.typ') });
    expect(() => renderer.innovation(id)).toThrow(
      new RegExp(`^${file} \\(".+"\\): the PDF factsheet could not be exported as PDF/UA-1:\\n.*alt`, 's'),
    );
  });

  it('from data the template cannot read names the innovation and the template line', () => {
    const t = useTranslations('en');
    const data = <T>(kind: string, key: string) => report.entries.find((e) => e.kind === kind && e.id === key)!.data as T;
    const innovation = data<Innovation>('innovations', id);
    const sheet = buildFactsheet(
      innovation,
      data<Mfi>('mfis', innovation.mfi),
      innovation.programme === undefined ? undefined : data<Programme>('programmes', innovation.programme),
      'en',
      bundledTaxonomy,
    );
    const draft: FactsheetDraft = {
      id,
      file,
      webUrl: 'https://example.org/',
      sheet,
      narrative: [],
      charts: factsheetCharts(sheet, id, t),
    };
    const input = documentInput({
      language: 'en',
      meta: { title: sheet.title, author: 'Tests', subject: sheet.summary, keywords: [] },
      buildDate: new Date('2026-01-15T00:00:00Z'),
      publisher: 'Tests',
      t,
      f: formatters('en', t),
      sheets: [sheetInput(draft, fullShortening(draft), t)],
    });
    delete (input.sheets[0]!.sheet as Partial<typeof sheet>).header;

    expect(() => createTypesetter().compile(input, file)).toThrow(
      new RegExp(
        `${file}: the PDF factsheet could not be typeset:\\n.*factsheet\\.typ:${lineOf(template, '..sheet.header.map')}:\\d+: error: dictionary does not contain key "header"`,
      ),
    );
  });
});
