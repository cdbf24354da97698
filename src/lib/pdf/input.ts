/**
 * The data the Typst template receives (as one JSON string in `sys.inputs.data`): the factsheet
 * view model unchanged, the narrative as styled runs, and the interface words in the site's
 * language. Everything a reader sees is decided here or in the view model, never in the template.
 */
import type { Translate } from '../../i18n/index.ts';
import { judgementColours, palette } from '../charts/palette.ts';
import type { Factsheet } from '../factsheet.ts';
import type { Formatters } from '../format.ts';
import type { Source } from '../../schemas/index.ts';
import type { Block } from './markdown.ts';

/** Everything a factsheet can say, before the fitting rule shortens it. */
export interface FactsheetDraft {
  id: string;
  /** The content file, named in errors. */
  file: string;
  /** The web brief, where a shortened PDF sends its reader. */
  webUrl: string;
  sheet: Factsheet;
  narrative: Block[];
  charts: SheetCharts;
}

/** Standalone SVG documents from src/lib/charts. */
export interface SheetCharts {
  resultsChain: string;
  /** The results chain's text alternative: the web chart's description. */
  resultsChainAlt: string;
  /** One per result, in order. */
  resultMarkers: string[];
}

/** How much of the draft the PDF shows; the fitting rule lowers these until two pages hold it. */
export interface Shortening {
  contextFigures: boolean;
  sourceList: boolean;
  /** Whether the list of what the record lacks is shown (else a pointer to the web brief's). */
  completeness: boolean;
  /** How many narrative blocks, from the start, are kept. */
  narrativeBlocks: number;
}

export interface SheetInput {
  id: string;
  webUrl: string;
  sheet: Factsheet;
  narrative: Block[];
  show: { contextFigures: boolean; sourceList: boolean; completeness: boolean };
  /** The flow mark before which the column breaks, to balance the last page (see balance.ts). */
  columnBreak: string | null;
  /** Each result's source as its number in the sheet's source list (1-based); null if it names none. */
  resultSources: (number | null)[];
  charts: SheetCharts;
  words: {
    profileYear: string;
    contextNotes: string[];
    /** Says that figures of other years were left out, when they were. */
    contextOmitted: string | null;
    /** Ends a cut narrative, before the link to the web brief. */
    narrativeCut: string | null;
    sourcesOnline: string;
    /** Says that nothing the model expects is missing, when nothing is. */
    complete: string;
    completenessOnline: string;
    sourceLine: string | null;
    webBrief: string;
    figuresYear: string | null;
  };
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
}

/** What every PDF's template receives, whatever it typesets. */
export interface DocumentFrame {
  lang: string;
  meta: DocumentMeta & { date: { year: number; month: number; day: number } };
  /** The charts' colours, so that the page and its charts match. */
  colours: Record<string, string>;
  footer: { built: string; publisher: string };
}

export interface DocumentInput extends DocumentFrame {
  labels: Record<string, string>;
  /** Whether the template records where each column may break (see balance.ts), which costs time. */
  flowMarks: boolean;
  sheets: SheetInput[];
}

/** The full draft, before any shortening. */
export function fullShortening(draft: FactsheetDraft): Shortening {
  return { contextFigures: true, sourceList: true, completeness: true, narrativeBlocks: draft.narrative.length };
}

/** A source's number in the sheet's list, which holds each URL once (see buildFactsheet). */
export function sourceNumber(sources: readonly Source[], source: Source | undefined): number | null {
  const index = source ? sources.findIndex((listed) => listed.url === source.url) : -1;
  return index < 0 ? null : index + 1;
}

export function sheetInput(
  draft: FactsheetDraft,
  shortening: Shortening,
  t: Translate,
  columnBreak: string | null = null,
): SheetInput {
  const { sheet } = draft;
  const year = sheet.profile.year;
  const first = sheet.sources[0];
  const citation = first && `${first.short}, ${first.title}`;
  return {
    id: draft.id,
    webUrl: draft.webUrl,
    sheet,
    narrative: draft.narrative.slice(0, shortening.narrativeBlocks),
    show: {
      contextFigures: shortening.contextFigures,
      sourceList: shortening.sourceList,
      completeness: shortening.completeness,
    },
    columnBreak,
    resultSources: sheet.results.map((result) => sourceNumber(sheet.sources, result.source)),
    charts: draft.charts,
    words: {
      profileYear: year === undefined ? t('brief.profileNoYear') : t('brief.profileYear', { year }),
      contextNotes: sheet.contextFigures.map((panel) => t('brief.contextNote', { year: panel.year })),
      contextOmitted: !shortening.contextFigures && sheet.contextFigures.length ? t('pdf.contextOmitted') : null,
      narrativeCut: shortening.narrativeBlocks < draft.narrative.length ? t('pdf.narrativeCut') : null,
      sourcesOnline: t('pdf.sourcesOnline', { count: sheet.sources.length }),
      complete: t('brief.complete'),
      completenessOnline: t('pdf.completenessOnline'),
      sourceLine: citation ? t('pdf.source', { source: citation }) : null,
      webBrief: t('pdf.webBrief'),
      figuresYear: year === undefined ? null : t('brief.profileYear', { year }),
    },
  };
}

/** The interface words the template places; each is a key of the dictionary. */
function pdfLabels(t: Translate): Record<string, string> {
  return {
    kicker: t('pdf.kicker'),
    profile: t('brief.profile'),
    mission: t('brief.mission'),
    innovation: t('brief.innovation'),
    diagnostic: t('brief.diagnostic'),
    partners: t('brief.partners'),
    costsBenefits: t('brief.costsBenefits'),
    study: t('brief.study'),
    groups: t('study.groups'),
    resultsChain: t('brief.resultsChain'),
    results: t('brief.results'),
    effect: t('result.effect'),
    recommendations: t('brief.recommendations'),
    completeness: t('brief.completeness'),
    sources: t('brief.sources'),
    figure: t('pdf.figure'),
    sourceRef: t('pdf.sourceRef'),
    notReported: t('value.notReported'),
    page: t('pdf.page'),
  };
}

export interface FrameOptions {
  language: string;
  meta: DocumentMeta;
  buildDate: Date;
  publisher: string;
  t: Translate;
  f: Formatters;
}

export function documentFrame(options: FrameOptions): DocumentFrame {
  const { buildDate: date, t } = options;
  const day = date.toISOString().slice(0, 10);
  return {
    lang: options.language,
    meta: { ...options.meta, date: { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() } },
    colours: { ...palette, warning: judgementColours.unfavourable },
    footer: { built: t('pdf.built', { date: options.f.partialDate(day) }), publisher: options.publisher },
  };
}

export function documentInput(
  options: FrameOptions & {
    sheets: SheetInput[];
    /** Default true: a factsheet typeset on its own is balanced from its marks. */
    flowMarks?: boolean;
  },
): DocumentInput {
  return {
    ...documentFrame(options),
    labels: pdfLabels(options.t),
    flowMarks: options.flowMarks ?? true,
    sheets: options.sheets,
  };
}

/**
 * `sys.inputs` for the template. Absent values become JSON null (Typst's `none`), so the
 * template can test every optional field the same way.
 */
export function typstInputs(input: DocumentFrame): Record<string, string> {
  return { data: JSON.stringify(input, (_key, value: unknown) => (value === undefined ? null : value)) };
}
