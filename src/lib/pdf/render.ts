/**
 * PDF factsheets from validated content: one two-page factsheet per innovation, and one PDF per
 * programme that holds all of its factsheets. Both are typeset from the factsheet view model
 * (`buildFactsheet`), the same one the web brief renders, so the two cannot say different things.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDate as siteBuildDate } from '../../data/build-date.ts';
import { useTranslations } from '../../i18n/index.ts';
import { siteSchema, type Innovation, type Mfi, type Programme, type Site } from '../../schemas/index.ts';
import { buildFactsheet } from '../factsheet.ts';
import { formatters } from '../format.ts';
import { innovationsOfProgramme } from '../programmes.ts';
import type { ValidatedEntry } from '../validation/validate.ts';
import { balanceLastPage } from './balance.ts';
import { factsheetCharts } from './charts.ts';
import { fitToPages, omissions } from './fit.ts';
import { documentInput, sheetInput, type DocumentMeta, type FactsheetDraft, type SheetInput } from './input.ts';
import { narrativeBlocks } from './markdown.ts';
import { createTypesetter, type Compiled } from './typst.ts';

export interface RenderedPdf extends Compiled {
  id: string;
  /** What the fitting rule left out to keep two pages, in plain words; empty when nothing. */
  omitted: string[];
}

export interface FactsheetRenderer {
  /** Innovation ids, in the order the site lists them (by title). */
  innovations: string[];
  /** Ids of the programmes that have at least one innovation. */
  programmes: string[];
  innovation(id: string): RenderedPdf;
  programme(id: string): RenderedPdf;
}

export interface RendererOptions {
  /** The project folder, holding content/. */
  root: string;
  /** The content, as `validateContent` returns it (valid entries only). */
  entries: readonly ValidatedEntry[];
  /** The date printed in the footer and the PDF's metadata (default: the site's build date). */
  buildDate?: Date;
  /** Another Typst template, for tests. */
  template?: string;
}

async function readSite(root: string): Promise<Site> {
  return siteSchema.parse(parse(await readFile(join(root, 'content', 'site.yaml'), 'utf8')));
}

/** The line of its file on which an MDX body starts, so narrative problems name the file's own line. */
async function bodyFirstLine(root: string, entry: ValidatedEntry): Promise<number> {
  const text = await readFile(join(root, entry.file), 'utf8');
  return text.split('\n').length - (entry.document.body ?? '').split('\n').length + 1;
}

export async function createFactsheetRenderer(options: RendererOptions): Promise<FactsheetRenderer> {
  const { root, entries } = options;
  const site = await readSite(root);
  const language = site.default_language;
  const t = useTranslations(language);
  const f = formatters(language, t);
  const buildDate = options.buildDate ?? new Date(`${siteBuildDate}T00:00:00Z`);
  const typesetter = createTypesetter(options.template ? { template: options.template } : {});

  const byKind = <T,>(kind: ValidatedEntry['kind']) =>
    new Map(entries.filter((entry) => entry.kind === kind).map((entry) => [entry.id, { entry, data: entry.data as T }]));
  const mfis = byKind<Mfi>('mfis');
  const programmes = byKind<Programme>('programmes');
  const innovations = [...byKind<Innovation>('innovations').values()].sort((a, b) => a.data.title.localeCompare(b.data.title));

  const drafts = new Map<string, FactsheetDraft>();
  for (const { entry, data } of innovations) {
    const mfi = mfis.get(data.mfi)?.data;
    const programme = programmes.get(data.programme)?.data;
    if (!mfi || !programme) throw new Error(`${entry.file}: its MFI or programme is missing (run npm run validate)`);
    const sheet = buildFactsheet(data, mfi, programme, language);
    drafts.set(entry.id, {
      id: entry.id,
      file: entry.file,
      webUrl: new URL(`innovations/${entry.id}/`, site.base_url).href,
      sheet,
      narrative: narrativeBlocks(entry.document.body ?? '', { file: entry.file, firstLine: await bodyFirstLine(root, entry), baseUrl: site.base_url }),
      charts: factsheetCharts(sheet, entry.id, t),
    });
  }

  const typeset = (sheets: SheetInput[], meta: DocumentMeta, what: string) =>
    typesetter.compile(documentInput({ language, meta, buildDate, publisher: site.organisation.name, t, f, sheets }), what);
  const keywords = (draft: FactsheetDraft) =>
    draft.sheet.header.flatMap((row) => (row.key && row.value !== undefined ? [row.value] : []));

  const fitted = new Map<string, { input: SheetInput; pdf: RenderedPdf }>();
  const innovation = (id: string) => {
    const known = fitted.get(id);
    if (known) return known;
    const draft = drafts.get(id);
    if (!draft) throw new Error(`No innovation "${id}"`);
    const meta = { title: draft.sheet.title, author: site.organisation.name, subject: draft.sheet.summary, keywords: keywords(draft) };
    const what = `${draft.file} ("${draft.sheet.title}")`;
    const fit = fitToPages(draft, (shortening) => typeset([sheetInput(draft, shortening, t)], meta, what));
    const { compiled, columnBreak } = balanceLastPage(fit.compiled, (at) =>
      typeset([sheetInput(draft, fit.shortening, t, at)], meta, what),
    );
    const result = {
      input: sheetInput(draft, fit.shortening, t, columnBreak),
      pdf: { id, ...compiled, omitted: omissions(draft, fit.shortening) },
    };
    fitted.set(id, result);
    return result;
  };

  const places = innovations.map(({ entry, data }) => ({ id: entry.id, programme: data.programme, country: mfis.get(data.mfi)?.data.country ?? '' }));
  const members = (id: string) => {
    const programme = programmes.get(id);
    if (!programme) throw new Error(`No programme "${id}"`);
    return { programme, ids: innovationsOfProgramme(id, programme.data, places).map((place) => place.id) };
  };

  return {
    innovations: innovations.map(({ entry }) => entry.id),
    programmes: [...programmes.keys()].filter((id) => members(id).ids.length > 0).sort(),
    innovation: (id) => innovation(id).pdf,
    programme(id) {
      const { programme, ids } = members(id);
      const sheets = ids.map((member) => innovation(member).input);
      const meta = {
        title: t('pdf.programmeTitle', { programme: programme.data.name }),
        author: site.organisation.name,
        subject: programme.data.summary,
        keywords: [...new Set(ids.flatMap((member) => keywords(drafts.get(member)!)))],
      };
      return { id, ...typeset(sheets, meta, programme.entry.file), omitted: [] };
    },
  };
}
