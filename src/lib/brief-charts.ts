import type { DataTable } from './charts/table.ts';
import { keyFiguresSvg, keyFiguresTable, type KeyFigure } from './charts/key-figures.ts';
import type { MarkerKind } from './charts/markers.ts';
import { resultsChainSvg, resultsChainTable } from './charts/results-chain.ts';
import { resultsSvg } from './charts/results-svg.ts';
import { resultsTable, type ResultDatum, type ResultsChartLabels } from './charts/results.ts';
import { timelineSvg, timelineTable, type SurveyRound, type TimelinePhase } from './charts/timeline.ts';
import { worldMapSvg, worldMapTable } from './charts/world-map.ts';
import type { Factsheet } from './factsheet.ts';
import type { Formatters } from './format.ts';
import type { Translate } from '../i18n/index.ts';
import type { Innovation } from '../schemas/index.ts';

/** A chart ready for a page: its SVG (or the SVGs of its layouts) and its data as a table. */
export interface ChartView {
  svg: string;
  /** A second layout for narrow screens, where the chart has one. */
  narrowSvg?: string;
  table: DataTable;
}

/** Chart widths in SVG units: the wide layout for the brief's main column, the narrow for phones. */
const mainWidth = 760;
const narrowWidth = 360;
const sideWidth = 320;

export function resultsChartLabels(t: Translate): ResultsChartLabels {
  return {
    marker: (kind: MarkerKind) => (kind === 'not-measured' || kind === 'not-reported' ? t(`status.${kind}`) : t(`direction.${kind}`)),
    significance: (s) => t(`significance.${s}`),
    unit: (unit) => t(`chart.unit.${unit as 'percent'}`),
    withoutEffectSize: t('chart.withoutEffectSize'),
    range: t('chart.range'),
    ci: t('chart.ci'),
    legend: { direction: t('chart.legend.direction'), significance: t('chart.legend.significance'), effectSize: t('chart.legend.effectSize') },
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
  return {
    svg: resultsChainSvg(sheet.resultsChain, { ...common, width: mainWidth, orientation: 'horizontal', idPrefix: `${id}-chain` }),
    narrowSvg: resultsChainSvg(sheet.resultsChain, { ...common, width: narrowWidth, orientation: 'vertical', idPrefix: `${id}-chain-narrow` }),
    table: resultsChainTable(sheet.resultsChain, { header: [t('chart.step'), t('chart.item')], notReported: t('value.notReported') }),
  };
}

export function resultsChart(sheet: Factsheet, innovation: Innovation, id: string, t: Translate, locale: string): ChartView {
  const results: ResultDatum[] = sheet.results.map((result, index) => ({ ...result, effectSize: innovation.results[index]?.effect, effectLabel: result.effect }));
  const labels = resultsChartLabels(t);
  const text = { title: t('chart.results.title'), description: t('chart.results.description', { count: results.length }) };
  return {
    svg: resultsSvg(results, { ...text, width: mainWidth, locale, labels, idPrefix: `${id}-results` }),
    narrowSvg: resultsSvg(results, { ...text, width: narrowWidth, locale, labels, idPrefix: `${id}-results-narrow` }),
    table: resultsTable(results, {
      ...labels,
      header: [t('chart.outcome'), t('chart.group'), t('chart.direction'), t('chart.significance'), t('chart.effect'), t('chart.finding')],
    }),
  };
}

export function keyFiguresChart(sheet: Factsheet, id: string, t: Translate): ChartView {
  const figures: KeyFigure[] = sheet.profile.figures.map((row) => ({ label: row.label, value: row.value, proportion: row.proportion }));
  const mfi = sheet.mfi.shortName;
  const description = sheet.profile.year
    ? t('chart.figures.description', {
        mfi,
        year: sheet.profile.year,
        figures: figures.map((f) => `${f.label.toLowerCase()} ${f.value ?? t('value.notReported')}`).join(', '),
      })
    : t('chart.figures.noYear', { mfi });
  const caption = sheet.profile.year ? t('brief.profileYear', { year: sheet.profile.year }) : t('brief.profileNoYear');
  return {
    svg: keyFiguresSvg(figures, { width: sideWidth, notReported: t('value.notReported'), caption, idPrefix: `${id}-figures`, title: t('chart.figures.title', { mfi }), description }),
    table: keyFiguresTable(figures, { header: [t('chart.figure'), t('chart.value')], notReported: t('value.notReported') }),
  };
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
  return {
    svg: worldMapSvg({
      width: mainWidth,
      highlighted: codes,
      countryName: f.country,
      href,
      idPrefix: `${id}-map`,
      title,
      description: t('chart.map.description', { title, count: codes.length, countries: names.join(', ') }),
    }),
    table: worldMapTable([...codes].sort((a, b) => f.country(a).localeCompare(f.country(b))), { header: [t('chart.country')], countryName: f.country }),
  };
}

export function timelineChart(name: string, phases: readonly TimelinePhase[], rounds: readonly SurveyRound[], id: string, t: Translate, f: Formatters, locale: string): ChartView {
  const description = t('chart.timeline.description', {
    name,
    phases: phases.map((p) => `${p.name}, ${f.period({ start: p.start, end: p.end })}`).join('; '),
  });
  return {
    svg: timelineSvg(phases, rounds, { width: mainWidth, locale, roundsLabel: t('chart.rounds'), idPrefix: `${id}-timeline`, title: t('chart.timeline.title', { name }), description }),
    table: timelineTable(phases, rounds, { header: [t('chart.phase'), t('chart.start'), t('chart.end')], formatDate: f.partialDate }),
  };
}
