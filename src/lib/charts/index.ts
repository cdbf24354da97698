/**
 * Build-time charts: each is a layout function (data in, plain geometry out, unit-tested), an
 * SVG renderer built on it (a standalone, accessible SVG string for `set:html` and for Typst),
 * and a table function (the same data as strings, for the table beside the chart).
 */
export { keyFiguresLayout, keyFiguresSvg, keyFiguresTable, type KeyFigure, type KeyFiguresOptions } from './key-figures.ts';
export { markerKind, markerFill, type MarkerFill, type MarkerKind } from './markers.ts';
export {
  resultsChainLayout,
  resultsChainSvg,
  resultsChainTable,
  type ChainStep,
  type ResultsChainOptions,
} from './results-chain.ts';
export { resultsSvg } from './results-svg.ts';
export {
  resultsLayout,
  resultsTable,
  type EffectSize,
  type ResultDatum,
  type ResultsChartLabels,
  type ResultsChartOptions,
} from './results.ts';
export type { ChartText } from './svg.ts';
export type { DataTable } from './table.ts';
export {
  timelineLayout,
  timelineSvg,
  timelineTable,
  type SurveyRound,
  type TimelineOptions,
  type TimelinePhase,
} from './timeline.ts';
export { countryFeature } from './world-countries.ts';
export { worldMapLayout, worldMapSvg, worldMapTable, type WorldMapOptions } from './world-map.ts';
