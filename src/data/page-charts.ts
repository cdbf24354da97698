import { absoluteUrl } from './absolute-url.ts';
import { buildDate } from './build-date.ts';
import {
  allInnovations,
  allMfis,
  allProgrammes,
  requireEntry,
  url,
  type InnovationEntry,
  type ProgrammeEntry,
} from './collections.ts';
import { useTranslations, type Translate } from '../i18n/index.ts';
import {
  keyFiguresChart,
  resultsChainChart,
  resultsChart,
  timelineChart,
  worldMapChart,
  type ChartView,
} from '../lib/brief-charts.ts';
import { chartCitation, formatPageReference } from '../lib/chart-download.ts';
import { briefToCsl, citedBriefOf, formatReferenceText, type CitedBrief } from '../lib/citation.ts';
import { labelOf, type Taxonomy } from '../schemas/taxonomy.ts';
import { taxonomy } from './taxonomy.ts';
import { evidenceMap } from '../lib/evidence.ts';
import type { Factsheet } from '../lib/factsheet.ts';
import { briefSheet } from './factsheets.ts';
import { formatters, type Formatters } from '../lib/format.ts';
import { sitePath } from '../lib/paths.ts';
import { settings } from '../lib/settings.ts';

/**
 * Every chart of the site with the files a reader can take it away as. The pages show the
 * charts and link the files; the endpoint src/pages/charts/[...file].ts writes the files, from
 * the same functions, so the two never disagree.
 */

/** The files of one chart: site paths of its SVG (when it is one) and CSV, and its citation line. */
export interface ChartDownload {
  svg?: string;
  csv: string;
  citation: string;
}

export type DownloadableChart = ChartView & { download: ChartDownload };

/** A chart's data as a table only (the evidence map is an HTML table, not an SVG). */
export interface TableChart {
  table: ChartView['table'];
  download: ChartDownload;
}

/** The folder of a page's chart files: /charts/<kind>/<id>/. */
const chartFile = (page: string[], name: string, extension: 'svg' | 'csv') =>
  sitePath(import.meta.env.BASE_URL, 'charts', ...page, `${name}.${extension}`);

/**
 * A chart with its files' links. It is drawn when its SVG or table is first read, so that listing
 * the chart files of every page (the endpoint's paths) reads only the links and draws nothing.
 */
function withDownload(draw: () => ChartView, page: string[], name: string, citation: string): DownloadableChart {
  let view: ChartView | undefined;
  const drawn = () => (view ??= draw());
  return {
    get svg() {
      return drawn().svg;
    },
    get narrowSvg() {
      return drawn().narrowSvg;
    },
    get table() {
      return drawn().table;
    },
    download: { svg: chartFile(page, name, 'svg'), csv: chartFile(page, name, 'csv'), citation },
  };
}

const citationWords = (t: Translate) => ({ source: t('chart.cite.source'), licence: t('chart.cite.licence') });
const cite = (t: Translate, chartTitle: string, reference: string) =>
  chartCitation({ chartTitle, reference, licence: settings.licence.name }, citationWords(t));
const pageReference = (title: string, path: string) =>
  formatPageReference({
    publisher: settings.organisation.name,
    title,
    siteTitle: settings.title,
    url: absoluteUrl(path),
    date: buildDate,
  });

export interface BriefCharts {
  chain: DownloadableChart;
  results: DownloadableChart;
  figures: DownloadableChart;
  timeline?: DownloadableChart;
}

/** A brief's charts: its results chain, results, the institution's key figures and, with dated survey rounds, the timeline. */
export function briefCharts(
  entry: InnovationEntry,
  sheet: Factsheet,
  programme: ProgrammeEntry['data'] | undefined,
  brief: CitedBrief,
  t: Translate,
  f: Formatters,
  lang: string,
): BriefCharts {
  const page = ['innovations', entry.id];
  const reference = formatReferenceText(briefToCsl(brief));
  const make = (draw: () => ChartView, name: string, title: string) => withDownload(draw, page, name, cite(t, title, reference));
  const datedRounds = (entry.data.study?.rounds ?? []).filter((round) => round.date);
  const phases = programme?.phases;
  const timeline =
    datedRounds.length > 0 && phases && sheet.programme
      ? {
          draw: () =>
            timelineChart(
              sheet.programme!.shortName,
              phases.map((p) => ({ name: p.name, start: p.period.start, end: p.period.end })),
              datedRounds,
              entry.id,
              t,
              f,
              lang,
            ),
          title: t('chart.timeline.title', { name: sheet.programme.shortName }),
        }
      : undefined;
  return {
    chain: make(() => resultsChainChart(sheet, entry.id, t), 'results-chain', t('brief.resultsChain')),
    results: make(() => resultsChart(sheet, entry.data, entry.id, t, f, lang), 'results', t('chart.results.title')),
    figures: make(
      () => keyFiguresChart(sheet, entry.id, t),
      'key-figures',
      t('chart.figures.title', { mfi: sheet.mfi.shortName }),
    ),
    ...(timeline ? { timeline: make(timeline.draw, 'timeline', timeline.title) } : {}),
  };
}

export interface ProgrammeCharts {
  map?: DownloadableChart;
  timeline?: DownloadableChart;
}

/** A programme's charts: the map of its countries, and the timeline of its phases. */
export function programmeCharts(
  entry: ProgrammeEntry,
  listedCountries: ReadonlySet<string>,
  t: Translate,
  f: Formatters,
  lang: string,
): ProgrammeCharts {
  const p = entry.data;
  const page = ['programmes', entry.id];
  const reference = pageReference(p.name, url.programme(entry.id));
  const mapTitle = t('chart.map.programmeTitle', { name: p.short_name ?? p.name });
  const timelineTitle = t('chart.timeline.title', { name: p.short_name ?? p.name });
  const { countries, phases } = p;
  return {
    ...(countries
      ? {
          map: withDownload(
            () =>
              worldMapChart(
                countries,
                entry.id,
                t,
                f,
                (code) => (listedCountries.has(code) ? url.country(code) : undefined),
                mapTitle,
              ),
            page,
            'map',
            cite(t, mapTitle, reference),
          ),
        }
      : {}),
    ...(phases
      ? {
          timeline: withDownload(
            () =>
              timelineChart(
                p.short_name ?? p.name,
                phases.map((phase) => ({ name: phase.name, start: phase.period.start, end: phase.period.end })),
                [],
                entry.id,
                t,
                f,
                lang,
              ),
            page,
            'timeline',
            cite(t, timelineTitle, reference),
          ),
        }
      : {}),
  };
}

/** The home page's map of every country with a brief. */
export function homeMapChart(countries: readonly string[], t: Translate, f: Formatters): DownloadableChart {
  const title = t('chart.map.title');
  return withDownload(
    () => worldMapChart(countries, 'home', t, f, url.country),
    ['home'],
    'map',
    cite(t, title, pageReference(settings.title, url.home())),
  );
}

/** The evidence map's cells as a table: one row per result, placed by challenge and outcome domain. */
export function evidenceMapTable(
  map: ReturnType<typeof evidenceMap>,
  label: (innovation: string) => string,
  t: Translate,
  taxonomy: Taxonomy,
): TableChart {
  const header = [
    t('evidence.challenge'),
    t('evidence.domain'),
    t('brief.mfi'),
    t('chart.outcome'),
    t('chart.change'),
    t('chart.judgement'),
    t('chart.significance'),
  ];
  const cells = map.rows.flatMap((challenge) => map.columns.map((domain) => map.cell(challenge, domain)));
  const rows = cells.flatMap((cell) =>
    cell.points.map((point) => [
      labelOf(taxonomy.challenges, cell.challenge),
      labelOf(taxonomy.outcomeDomains, cell.domain),
      label(point.innovation),
      point.outcome,
      point.status === 'measured' ? (point.change ? t(`change.${point.change}`) : '') : t(`status.${point.status}`),
      point.status === 'measured' && point.judgement ? t(`judgement.${point.judgement}`) : '',
      point.significance ? t(`significance.${point.significance}`) : '',
    ]),
  );
  const title = t('evidence.title');
  return {
    table: { header, rows },
    download: {
      csv: chartFile(['evidence'], 'evidence-map', 'csv'),
      citation: cite(t, title, pageReference(title, url.evidence())),
    },
  };
}

/** Every page's charts, by page key ("innovations/<id>", "programmes/<id>", "home", "evidence"). */
export async function chartsOfPage(key: string): Promise<Record<string, DownloadableChart | TableChart>> {
  const lang = settings.default_language;
  const t = useTranslations(lang);
  const f = formatters(lang, t);
  const [kind, id] = key.split('/');
  if (kind === 'innovations') {
    const { entry, programme, sheet } = await briefSheet(id!);
    const brief = citedBrief(entry, sheet);
    const charts = briefCharts(entry, sheet, programme?.data, brief, t, f, lang);
    return { ...charts };
  }
  if (kind === 'programmes') {
    const entry = await requireEntry('programmes', id!);
    const listed = new Set((await allMfis()).map((m) => m.data.country));
    return { ...programmeCharts(entry, listed, t, f, lang) };
  }
  if (kind === 'home') return { map: homeMapChart([...new Set((await allMfis()).map((m) => m.data.country))], t, f) };
  if (kind === 'evidence') {
    const innovations = await allInnovations();
    const mfis = new Map((await allMfis()).map((m) => [m.id, m.data]));
    const byId = new Map(innovations.map((i) => [i.id, i.data]));
    const label = (innovation: string) => {
      const data = byId.get(innovation)!;
      return mfis.get(data.mfi)?.short_name ?? data.mfi;
    };
    return { 'evidence-map': evidenceMapTable(evidenceMap(innovations, taxonomy), label, t, taxonomy) };
  }
  throw new Error(`no charts for page "${key}"`);
}

/** The keys of every page with charts. */
export async function pagesWithCharts(): Promise<string[]> {
  return [
    'home',
    'evidence',
    ...(await allInnovations()).map((i) => `innovations/${i.id}`),
    ...(await allProgrammes()).map((p) => `programmes/${p.id}`),
  ];
}

/** What a brief is cited by, as its "Cite this brief" box shows it. */
export const citedBrief = (entry: InnovationEntry, sheet: Factsheet): CitedBrief =>
  citedBriefOf(entry.id, sheet, settings, absoluteUrl(url.innovation(entry.id)), buildDate);
