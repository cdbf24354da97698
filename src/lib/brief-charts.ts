import type { DataTable } from './charts/table.ts';
import { keyFiguresSvg, keyFiguresTable, type KeyFigure } from './charts/key-figures.ts';
import type { MarkerKind, MarkerTone } from './charts/markers.ts';
import { resultsChainSvg, resultsChainTable } from './charts/results-chain.ts';
import { resultsSvg } from './charts/results-svg.ts';
import { resultsTable, type ResultDatum, type ResultsChartLabels } from './charts/results.ts';
import { timelineSvg, timelineTable, type SurveyRound, type TimelinePhase } from './charts/timeline.ts';
import { worldMapSvg, worldMapTable } from './charts/world-map.ts';
import type { Factsheet } from './factsheet.ts';
import type { Formatters } from './format.ts';
import type { Translate } from '../i18n/index.ts';
import type { Innovation } from '../schemas/index.ts';
import type { Effect } from '../schemas/result.ts';

/** A chart ready for a page: its SVG (or the SVGs of its layouts) and its data as a table. */
export interface ChartView {
  svg: string;
  /** A second layout for narrow screens, where the chart has one. */
  narrowSvg?: string | undefined;
  table: DataTable;
}

/**
 * A chart whose SVGs and table are each drawn when first read: the page shows them all, while a
 * chart's download files need one layout or the table.
 */
function lazyView(parts: { svg: () => string; narrowSvg?: () => string; table: () => DataTable }): ChartView {
  let svg: string | undefined;
  let narrowSvg: string | undefined;
  let table: DataTable | undefined;
  return {
    get svg() {
      svg ??= parts.svg();
      return svg;
    },
    get narrowSvg() {
      if (parts.narrowSvg) narrowSvg ??= parts.narrowSvg();
      return narrowSvg;
    },
    get table() {
      table ??= parts.table();
      return table;
    },
  };
}

/** Chart widths in SVG units: the wide layout for the brief's main column, the narrow for phones. */
const mainWidth = 760;
const narrowWidth = 360;
const sideWidth = 320;

/** The words of every mark: a shape for each change, a colour for each judgement. */
export function markerLabel(kind: MarkerKind, t: Translate): string {
  return kind === 'not-measured' || kind === 'not-reported' ? t(`status.${kind}`) : t(`change.${kind}`);
}

export function toneLabel(tone: MarkerTone, t: Translate): string {
  return tone === 'status' ? t('status.not-reported') : t(`judgement.${tone}`);
}

/** One axis per unit: a percent, a percentage point and a sum in USD never share a scale. */
export function effectAxisKey(effect: Pick<Effect, 'unit' | 'currency' | 'per'>): string {
  return [effect.unit, effect.currency ?? '', effect.per ?? ''].join(':');
}

export function resultsChartLabels(t: Translate, f: Formatters): ResultsChartLabels {
  return {
    marker: (kind) => markerLabel(kind, t),
    tone: (tone) => toneLabel(tone, t),
    significance: (s) => t(`significance.${s}`),
    unit: (key) => {
      const [unit, currency, per] = key.split(':');
      return t('chart.unit', {
        unit: f.unitName({
          unit: unit as Effect['unit'],
          currency: currency || undefined,
          per: (per || undefined) as Effect['per'],
        }),
      });
    },
    withoutEffectSize: t('chart.withoutEffectSize'),
    range: t('chart.range'),
    ci: t('chart.ci'),
    legend: {
      change: t('chart.legend.change'),
      judgement: t('chart.legend.judgement'),
      significance: t('chart.legend.significance'),
      effectSize: t('chart.legend.effectSize'),
    },
  };
}

/** The results chain's title and description: the web chart's and the PDF's text alternative. */
export function resultsChainText(sheet: Factsheet, t: Translate): { title: string; description: string } {
  const steps = sheet.resultsChain.map((step) => `${step.label}: ${step.lines.join('; ') || t('value.notReported')}.`).join(' ');
  return { title: t('brief.resultsChain'), description: t('chart.chain.description', { steps }) };
}

export function resultsChainChart(sheet: Factsheet, id: string, t: Translate): ChartView {
  const text = resultsChainText(sheet, t);
  const common = { notReported: t('value.notReported'), ...text };
  return lazyView({
    svg: () => resultsChainSvg(sheet.resultsChain, { ...common, width: mainWidth, idPrefix: `${id}-chain` }),
    table: () =>
      resultsChainTable(sheet.resultsChain, {
        header: [t('chart.step'), t('chart.item')],
        notReported: t('value.notReported'),
      }),
  });
}

export function resultsChart(
  sheet: Factsheet,
  innovation: Innovation,
  id: string,
  t: Translate,
  f: Formatters,
  locale: string,
): ChartView {
  const results: ResultDatum[] = sheet.results.map((result) => {
    const effect = innovation.results[result.index]?.effect;
    return { ...result, effectSize: effect && { ...effect, unit: effectAxisKey(effect) }, effectLabel: result.effect };
  });
  const labels = resultsChartLabels(t, f);
  const text = { title: t('chart.results.title'), description: t('chart.results.description', { count: results.length }) };
  return lazyView({
    svg: () => resultsSvg(results, { ...text, width: mainWidth, locale, labels, idPrefix: `${id}-results` }),
    narrowSvg: () => resultsSvg(results, { ...text, width: narrowWidth, locale, labels, idPrefix: `${id}-results-narrow` }),
    table: () =>
      resultsTable(results, {
        ...labels,
        header: [
          t('chart.outcome'),
          t('chart.group'),
          t('chart.round'),
          `${t('chart.change')}; ${t('chart.judgement')}; ${t('chart.significance')}`,
          t('chart.effect'),
          t('chart.finding'),
        ],
      }),
  });
}

export function keyFiguresChart(sheet: Factsheet, id: string, t: Translate): ChartView {
  const figures: KeyFigure[] = sheet.profile.figures.map((row) => ({
    label: row.label,
    value: row.value,
    proportion: row.proportion,
  }));
  const mfi = sheet.mfi.shortName;
  const description = sheet.profile.year
    ? t('chart.figures.description', {
        mfi,
        year: sheet.profile.year,
        figures: figures.map((f) => `${f.label.toLowerCase()} ${f.value ?? t('value.notReported')}`).join(', '),
      })
    : t('chart.figures.noYear', { mfi });
  const caption = sheet.profile.year ? t('brief.profileYear', { year: sheet.profile.year }) : t('brief.profileNoYear');
  return lazyView({
    svg: () =>
      keyFiguresSvg(figures, {
        width: sideWidth,
        notReported: t('value.notReported'),
        caption,
        idPrefix: `${id}-figures`,
        title: t('chart.figures.title', { mfi }),
        description,
      }),
    table: () => keyFiguresTable(figures, { header: [t('chart.figure'), t('chart.value')], notReported: t('value.notReported') }),
  });
}

export function worldMapChart(
  codes: readonly string[],
  id: string,
  t: Translate,
  f: Formatters,
  href: (code: string) => string | undefined,
  title = t('chart.map.title'),
): ChartView {
  const names = codes.map(f.country).sort();
  return lazyView({
    svg: () =>
      worldMapSvg({
        width: mainWidth,
        highlighted: codes,
        countryName: f.country,
        href,
        idPrefix: `${id}-map`,
        title,
        description: t('chart.map.description', { title, count: codes.length, countries: names.join(', ') }),
      }),
    table: () =>
      worldMapTable(
        [...codes].sort((a, b) => f.country(a).localeCompare(f.country(b))),
        { header: [t('chart.country')], countryName: f.country },
      ),
  });
}

export function timelineChart(
  name: string,
  phases: readonly TimelinePhase[],
  rounds: readonly SurveyRound[],
  id: string,
  t: Translate,
  f: Formatters,
  locale: string,
): ChartView {
  const description = t('chart.timeline.description', {
    name,
    phases: phases.map((p) => `${p.name}, ${f.period({ start: p.start, end: p.end })}`).join('; '),
  });
  return lazyView({
    svg: () =>
      timelineSvg(phases, rounds, {
        width: mainWidth,
        locale,
        roundsLabel: t('chart.rounds'),
        idPrefix: `${id}-timeline`,
        title: t('chart.timeline.title', { name }),
        description,
      }),
    table: () =>
      timelineTable(phases, rounds, {
        header: [t('chart.phase'), t('chart.start'), t('chart.end')],
        formatDate: f.partialDate,
      }),
  });
}
