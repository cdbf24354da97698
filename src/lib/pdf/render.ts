/**
 * PDF factsheets from validated content: one two-page factsheet per innovation, and one PDF per
 * programme that holds all of its factsheets, or, for a large programme, an index of them
 * (programme-index.ts). Factsheets are typeset from the factsheet view model (`buildFactsheet`),
 * the same one the web brief renders, so the two cannot say different things.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate as siteBuildDate } from '../../data/build-date.ts';
import { useTranslations, type Translate } from '../../i18n/index.ts';
import type { Innovation, Mfi, Programme, Site } from '../../schemas/index.ts';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import { briefToCsl, citedBriefOf, formatReferences, sourceListItems } from '../citation.ts';
import { buildFactsheet } from '../factsheet.ts';
import { buildMfiProfile } from '../mfi-profile.ts';
import { requireTaxonomy } from '../taxonomy/load.ts';
import { formatters, type Formatters } from '../format.ts';
import { innovationsOfProgramme } from '../programmes.ts';
import { readSiteSettings } from '../site-settings.ts';
import type { ValidatedEntry } from '../validation/validate.ts';
import { balanceLastPage } from './balance.ts';
import { factsheetCharts } from './charts.ts';
import { fitToPages, omissions } from './fit.ts';
import { documentFrame, documentInput, sheetInput, type DocumentMeta, type FactsheetDraft, type SheetInput } from './input.ts';
import { factsheetFolder } from './manifest.ts';
import { narrativeBlocks } from './markdown.ts';
import { indexInput, indexTemplateBeside, programmeForm, type ProgrammeForm } from './programme-index.ts';
import { createTypesetter, defaultTemplate, exported, type Compiled, type Typesetter } from './typst.ts';

export interface RenderedPdf extends Compiled {
  id: string;
  /** What the fitting rule left out to keep two pages, in plain words; empty when nothing. */
  omitted: string[];
}

export interface FittedFactsheet {
  pdf: RenderedPdf;
  /** The sheet as the factsheet typeset it (shortened, balanced): a programme's PDF repeats it. */
  sheet: SheetInput;
}

export interface FactsheetRenderer {
  /** Innovation ids, in the order the site lists them (by title). */
  innovations: string[];
  /** Ids of the programmes that have at least one innovation. */
  programmes: string[];
  innovation(id: string): RenderedPdf;
  programme(id: string): RenderedPdf;
  /**
   * The innovation's factsheet and its sheet, so that another renderer (process) can typeset the
   * programme; typeset afresh at each call, and not kept.
   */
  fitted(id: string): FittedFactsheet;
  /** The innovations a programme's PDF holds, in order. */
  members(id: string): string[];
  /** Whether a programme's PDF is a volume of its members' factsheets or an index of them. */
  programmeForm(id: string): ProgrammeForm;
  /** A programme's volume from its members' sheets, in `members` order, wherever they were fitted. */
  programmeFrom(id: string, sheets: readonly SheetInput[]): RenderedPdf;
  /** A programme's index of its members, which needs none of their factsheets. */
  programmeIndex(id: string): RenderedPdf;
  /**
   * Formats the references the innovation's pages show (its sources and its MFI's, as SourceList
   * formats them, and its "Cite this brief"), so that a build's pages read them from the
   * reference cache: the PDF workers run on both cores, the pages on one.
   */
  pageReferences(id: string): void;
}

/** What the renderer reads of a validated entry: plain data, so that it can be sent to a worker thread. */
export interface RendererEntry extends Pick<ValidatedEntry, 'kind' | 'id' | 'file' | 'data' | 'narrative'> {
  document: Pick<ValidatedEntry['document'], 'body'>;
}

export interface RendererOptions {
  /** The project folder, holding content/. */
  root: string;
  /** The content, as `validateContent` returns it (valid entries only). */
  entries: readonly RendererEntry[];
  /** The date printed in the footer and the PDF's metadata (default: the site's build date). */
  buildDate?: Date;
  /** Another Typst template, for tests; the programme index's template is read from its folder. */
  template?: string;
  /** The most innovations a programme's PDF holds as a volume (default `volumeMemberLimit`), for tests. */
  volumeMemberLimit?: number;
}

/**
 * What every renderer of one project shares: its settings, taxonomy and words, and one Typst
 * compiler (its fonts load once). A worker process makes one and, for each job, a renderer over
 * the few entries that job needs, so that its memory does not grow with the collection.
 */
export interface RenderContext {
  root: string;
  site: Site;
  taxonomy: Taxonomy;
  language: Site['default_language'];
  t: Translate;
  f: Formatters;
  buildDate: Date;
  template: string;
  volumeMemberLimit: number | undefined;
  typesetter(): Typesetter;
}

export async function createRenderContext(options: Omit<RendererOptions, 'entries'>): Promise<RenderContext> {
  const { root } = options;
  const template = options.template ?? defaultTemplate;
  let typesetter: Typesetter | undefined;
  const site = await readSiteSettings(root);
  const language = site.default_language;
  const t = useTranslations(language);
  return {
    root,
    site,
    taxonomy: await requireTaxonomy(root),
    language,
    t,
    f: formatters(language, t),
    buildDate: options.buildDate ?? new Date(`${siteBuildDate}T00:00:00Z`),
    template,
    volumeMemberLimit: options.volumeMemberLimit,
    typesetter: () => (typesetter ??= createTypesetter({ template })),
  };
}

/** The line of its file on which an MDX body starts, so narrative problems name the file's own line. */
function bodyFirstLine(root: string, entry: RendererEntry): number {
  const text = readFileSync(join(root, entry.file), 'utf8');
  return text.split('\n').length - (entry.document.body ?? '').split('\n').length + 1;
}

/**
 * A renderer does its work when asked, not when created: a worker process typesets only its
 * share of the factsheets, and the process that hands out the work typesets none.
 */
export async function createFactsheetRenderer(options: RendererOptions): Promise<FactsheetRenderer> {
  return rendererOver(await createRenderContext(options), options.entries);
}

/** A renderer of `entries` (an innovation needs its own, its MFI's and its programme's). */
export function rendererOver(context: RenderContext, entries: readonly RendererEntry[]): FactsheetRenderer {
  const { root, site, taxonomy, language, t, f, buildDate, template } = context;

  const byKind = <T>(kind: ValidatedEntry['kind']) =>
    new Map(entries.filter((entry) => entry.kind === kind).map((entry) => [entry.id, { entry, data: entry.data as T }]));
  const mfis = byKind<Mfi>('mfis');
  const programmes = byKind<Programme>('programmes');
  const innovationsById = byKind<Innovation>('innovations');
  const innovations = [...innovationsById.values()].sort((a, b) => a.data.title.localeCompare(b.data.title));

  // Not memoised: a worker typesets each factsheet once and must not keep what it sent away.
  const draftOf = (id: string): FactsheetDraft => {
    const innovation = innovationsById.get(id);
    if (!innovation) throw new Error(`No innovation "${id}"`);
    const { entry, data } = innovation;
    const mfi = mfis.get(data.mfi)?.data;
    const programme = data.programme === undefined ? undefined : programmes.get(data.programme)?.data;
    if (!mfi || (data.programme !== undefined && !programme))
      throw new Error(`${entry.file}: its MFI or programme is missing (run npm run validate)`);
    const sheet = buildFactsheet(data, mfi, programme, language, taxonomy);
    return {
      id: entry.id,
      file: entry.file,
      webUrl: new URL(`innovations/${entry.id}/`, site.base_url).href,
      sheet,
      narrative: entry.narrative
        ? narrativeBlocks(entry.narrative, { file: entry.file, firstLine: 1, baseUrl: site.base_url })
        : narrativeBlocks(entry.document.body ?? '', {
            file: entry.file,
            firstLine: bodyFirstLine(root, entry),
            baseUrl: site.base_url,
          }),
      charts: factsheetCharts(sheet, entry.id, t),
    };
  };

  const typesetterOnce = context.typesetter;
  const typeset = (sheets: SheetInput[], meta: DocumentMeta, what: string, flowMarks = true) =>
    typesetterOnce().compile(
      documentInput({ language, meta, buildDate, publisher: site.organisation.name, t, f, sheets, flowMarks }),
      what,
    );
  const keywords = ({ sheet }: Pick<FactsheetDraft, 'sheet'>) =>
    sheet.header.flatMap((row) => (row.key && row.value != null ? [row.value] : []));

  const fit = (id: string): FittedFactsheet => {
    const draft = draftOf(id);
    const meta = {
      title: draft.sheet.title,
      author: site.organisation.name,
      subject: draft.sheet.summary,
      keywords: keywords(draft),
    };
    const what = `${draft.file} ("${draft.sheet.title}")`;
    const pages = fitToPages(draft, (shortening) => typeset([sheetInput(draft, shortening, t)], meta, what));
    const { compiled, columnBreak } = balanceLastPage(pages.compiled, (at) =>
      typeset([sheetInput(draft, pages.shortening, t, at)], meta, what),
    );
    return {
      sheet: sheetInput(draft, pages.shortening, t, columnBreak),
      pdf: { id, ...exported(compiled), omitted: omissions(draft, pages.shortening) },
    };
  };
  // The renderer used on its own keeps each fitted factsheet for the programme PDFs.
  const fitted = new Map<string, FittedFactsheet>();
  const fitOnce = (id: string): FittedFactsheet => {
    if (!fitted.has(id)) fitted.set(id, fit(id));
    return fitted.get(id)!;
  };

  const pageReferences = (id: string) => {
    const innovation = innovationsById.get(id);
    const mfi = innovation && mfis.get(innovation.data.mfi)?.data;
    if (!innovation || !mfi) return;
    const programme = innovation.data.programme === undefined ? undefined : programmes.get(innovation.data.programme)?.data;
    const sheet = buildFactsheet(innovation.data, mfi, programme, language, taxonomy);
    formatReferences(sourceListItems(sheet.sources), language);
    formatReferences(sourceListItems(buildMfiProfile(mfi, language).sources), language);
    const url = new URL(`innovations/${id}/`, site.base_url).href;
    formatReferences([briefToCsl(citedBriefOf(id, sheet, site, url, buildDate.toISOString().slice(0, 10)))], language);
  };

  const places = innovations.map(({ entry, data }) => ({
    id: entry.id,
    programme: data.programme,
    country: mfis.get(data.mfi)?.data.country ?? '',
  }));
  const members = (id: string) => {
    const programme = programmes.get(id);
    if (!programme) throw new Error(`No programme "${id}"`);
    return innovationsOfProgramme(id, programme.data, places).map((place) => place.id);
  };
  const programmeOf = (id: string) => {
    const programme = programmes.get(id);
    if (!programme) throw new Error(`No programme "${id}"`);
    return programme;
  };
  const formOf = (id: string) => programmeForm(members(id).length, context.volumeMemberLimit);
  const programmeFrom = (id: string, sheets: readonly SheetInput[]): RenderedPdf => {
    const programme = programmeOf(id);
    const meta = {
      title: t('pdf.programmeTitle', { programme: programme.data.name }),
      author: site.organisation.name,
      subject: programme.data.summary,
      keywords: [...new Set(sheets.flatMap(keywords))],
    };
    // The sheets come balanced already, so the template need not record where columns may break.
    return { id, ...exported(typeset([...sheets], meta, programme.entry.file, false)), omitted: [] };
  };

  const programmeIndex = (id: string): RenderedPdf => {
    const programme = programmeOf(id);
    const absolute = (path: string) => new URL(path, site.base_url).href;
    const briefs = members(id).map((member) => {
      const { data } = innovationsById.get(member)!;
      const mfi = mfis.get(data.mfi)!.data;
      return {
        title: data.title,
        mfi: mfi.short_name ?? mfi.name,
        country: f.country(mfi.country),
        webUrl: absolute(`innovations/${member}/`),
        pdfUrl: absolute(`${factsheetFolder}/${member}.pdf`),
      };
    });
    const meta = {
      title: t('pdf.indexTitle', { programme: programme.data.name }),
      author: site.organisation.name,
      subject: programme.data.summary,
      keywords: [...new Set(briefs.map((brief) => brief.country))],
    };
    const frame = documentFrame({ language, meta, buildDate, publisher: site.organisation.name, t, f });
    const input = indexInput({
      frame,
      language,
      t,
      programme: { name: programme.data.name, summary: programme.data.summary, webUrl: absolute(`programmes/${id}/`) },
      briefs,
    });
    return { id, ...exported(typesetterOnce().compile(input, programme.entry.file, indexTemplateBeside(template))), omitted: [] };
  };

  return {
    innovations: innovations.map(({ entry }) => entry.id),
    programmes: [...programmes.keys()].filter((id) => members(id).length > 0).sort(),
    innovation: (id) => fitOnce(id).pdf,
    programme: (id) =>
      formOf(id) === 'index'
        ? programmeIndex(id)
        : programmeFrom(
            id,
            members(id).map((member) => fitOnce(member).sheet),
          ),
    fitted: fit,
    members,
    programmeForm: formOf,
    programmeFrom,
    programmeIndex,
    pageReferences,
  };
}
