import { extent, scaleLinear } from 'd3';
import type { Change, Judgement, ResultStatus, Significance } from '../../schemas/vocabulary.ts';
import { legendLayout, type LegendGroup, type LegendItem } from './legend.ts';
import {
  markerFill,
  markerFills,
  markerKind,
  markerKinds,
  markerTone,
  markerTones,
  type Marker,
  type MarkerFill,
  type MarkerKind,
  type MarkerTone,
} from './markers.ts';
import { palette } from './palette.ts';
import type { DataTable } from './table.ts';
import { charactersPerLine, linesHeight, placeLines, wrapText, type FontWeight, type TextLine } from './text.ts';

/**
 * The results chart: one row per result, its marker saying what the outcome did (shape), how
 * the source judges it (colour) and its significance (fill), and its words saying all three. Rows
 * with an effect size are grouped by unit, one axis per unit (a percent and a percentage point
 * never share a scale), with the estimate as a marker, a range as a bar and a confidence
 * interval as a whisker; rows without one show the finding in words instead. Consecutive rows of
 * one outcome and subgroup at successive survey rounds are joined by a line, so that they read
 * as one outcome over time.
 */

/** An effect size as the content gives it; `unit` (a key such as "currency:USD:month") decides which axis it goes on. */
export interface EffectSize {
  estimate?: number | undefined;
  range?: readonly [number, number] | undefined;
  ci?: { low: number; high: number } | undefined;
  unit: string;
}

/**
 * One result. The view model's `ResultView` fits, with `effectSize` (the numbers) and
 * `effectLabel` (the same, worded for the page) added by the caller.
 */
export interface ResultDatum {
  outcome: string;
  group?: string | undefined;
  /** The survey round (or time since the start) it describes, in words. */
  timing?: string | undefined;
  status: ResultStatus;
  /** The finding, or for a result without one the reason why. */
  finding: string;
  change?: Change | undefined;
  judgement?: Judgement | undefined;
  /** As stated, or derived from the p-value. */
  significance?: Significance | undefined;
  /** The three facts in words: "fell; favourable; significant at 5%". */
  summary: string;
  effectSize?: EffectSize | undefined;
  effectLabel?: string | undefined;
}

/** Every word the chart shows, in the page's language. */
export interface ResultsChartLabels {
  marker: (kind: MarkerKind) => string;
  tone: (tone: MarkerTone) => string;
  significance: (significance: Significance) => string;
  /** The title of the axis for one unit, e.g. "Change in percentage points". */
  unit: (unit: string) => string;
  /** Heading of the rows that have no effect size, shown when some rows have one. */
  withoutEffectSize: string;
  range: string;
  ci: string;
  /** Headings of the legend's rows: what the shapes, the fills and the bars stand for. */
  legend: { change: string; judgement: string; significance: string; effectSize: string };
}

export interface ResultsChartOptions {
  width: number;
  /** For the tick labels' number format. */
  locale: string;
  labels: ResultsChartLabels;
}

export type TextStyle = 'heading' | 'outcome' | 'group' | 'summary' | 'effect' | 'finding' | 'tick';

export interface StyledLine extends TextLine {
  style: TextStyle;
}

export interface Span {
  x1: number;
  x2: number;
  y: number;
}

export interface ResultRow {
  /** Position of the result in the input, which the sections regroup. */
  index: number;
  top: number;
  height: number;
  marker: Marker;
  lines: StyledLine[];
  /** On the section's axis, when the result has an effect size. */
  estimate: Marker | undefined;
  range: Span | undefined;
  ci: Span | undefined;
}

export interface EffectAxis {
  domain: [number, number];
  ticks: { value: number; x: number; label: StyledLine }[];
  zeroX: number;
  /**
   * Where the grid and zero lines run: the whole section beside the labels, or in a stacked
   * chart only the bands under them, so that no line crosses the text.
   */
  spans: { top: number; bottom: number }[];
  /** The axis line, under the rows. */
  y: number;
  left: number;
  right: number;
}

/** A line joining the estimates of one outcome at successive rounds. */
export interface SeriesLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  kind: MarkerKind;
  tone: MarkerTone;
}

export interface ResultSection {
  /** The unit of the section's axis; undefined for the rows without an effect size. */
  unit: string | undefined;
  heading: StyledLine[];
  rows: ResultRow[];
  axis: EffectAxis | undefined;
  links: SeriesLink[];
}

export type ResultsLegendKey = `marker-${MarkerKind}` | `tone-${MarkerTone}` | `fill-${MarkerFill}` | 'range' | 'ci';

export interface ResultsLayout {
  width: number;
  height: number;
  /** Narrow charts put the plot or the finding under the labels instead of beside them. */
  stacked: boolean;
  legend: { headings: TextLine[]; items: LegendItem<ResultsLegendKey>[] };
  sections: ResultSection[];
}

export const resultsType: Record<TextStyle, { size: number; weight: FontWeight; colour: string }> = {
  heading: { size: 13, weight: 'bold', colour: palette.ink },
  outcome: { size: 13, weight: 'bold', colour: palette.ink },
  group: { size: 12, weight: 'regular', colour: palette.muted },
  summary: { size: 12, weight: 'regular', colour: palette.ink },
  effect: { size: 12, weight: 'bold', colour: palette.ink },
  finding: { size: 12.5, weight: 'regular', colour: palette.ink },
  tick: { size: 11, weight: 'regular', colour: palette.muted },
};

const markerColumn = 22;
const rowPadding = 7;
const sectionGap = 16;
const plotGutter = 16;
/** Room at each end of an axis for half a tick label. */
const axisInset = 16;
const plotBand = 20;
const axisHeight = 26;
/** Below this width the label column would be too narrow to read beside a plot. */
const stackBelow = 520;

/** About one tick per 90 px keeps the labels apart. */
function tickCount(plotWidth: number): number {
  return Math.max(2, Math.floor(plotWidth / 90));
}

function wrapStyled(value: string, style: TextStyle, width: number): string[] {
  const { size, weight } = resultsType[style];
  return wrapText(value, charactersPerLine(width, size, weight));
}

/** Stacks blocks of wrapped text from `top`; returns the lines and the bottom of the last. */
function stackBlocks(blocks: { lines: string[]; style: TextStyle }[], x: number, top: number) {
  const lines: StyledLine[] = [];
  let y = top;
  for (const block of blocks) {
    if (block.lines.length === 0) continue;
    if (lines.length) y += 2;
    const size = resultsType[block.style].size;
    lines.push(...placeLines(block.lines, x, y + size * 0.8, size).map((line) => ({ ...line, style: block.style })));
    y += linesHeight(block.lines.length, size);
  }
  return { lines, bottom: y };
}

function effectValues(effect: EffectSize): number[] {
  return [effect.estimate, ...(effect.range ?? []), effect.ci?.low, effect.ci?.high].filter(
    (value): value is number => value !== undefined,
  );
}

function tickFormat(locale: string) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  return (value: number) => format.format(value).replace('-', '\u2212');
}

/** Results grouped by the unit of their effect size, in order of first appearance; the rest last. */
function sectionsByUnit(results: readonly ResultDatum[]): { unit: string | undefined; indexes: number[] }[] {
  const sections = new Map<string | undefined, number[]>();
  results.forEach((result, index) => {
    const unit = result.effectSize?.unit;
    if (unit !== undefined) sections.set(unit, [...(sections.get(unit) ?? []), index]);
  });
  const without = results.flatMap((result, index) => (result.effectSize ? [] : [index]));
  if (without.length) sections.set(undefined, without);
  return [...sections].map(([unit, indexes]) => ({ unit, indexes }));
}

/** Only what the chart shows is explained. */
function legendGroups(results: readonly ResultDatum[], labels: ResultsChartLabels): LegendGroup<ResultsLegendKey>[] {
  const kinds = new Set(results.map(markerKind));
  const tones = new Set(results.map(markerTone));
  const fills = new Set(results.filter((r) => r.status === 'measured').map((r) => markerFill(r.significance)));
  const significanceOf: Record<MarkerFill, Significance> = {
    solid: 'significant',
    tint: 'not-reported',
    hollow: 'not-significant',
  };
  return [
    {
      heading: labels.legend.change,
      entries: markerKinds
        .filter((kind) => kinds.has(kind))
        .map((kind) => ({ key: `marker-${kind}` as const, label: labels.marker(kind) })),
    },
    {
      heading: labels.legend.judgement,
      entries: markerTones
        .filter((tone) => tone !== 'status' && tones.has(tone))
        .map((tone) => ({ key: `tone-${tone}` as const, label: labels.tone(tone) })),
    },
    {
      heading: labels.legend.significance,
      entries: markerFills
        .filter((fill) => fills.has(fill))
        .map((fill) => ({ key: `fill-${fill}` as const, label: labels.significance(significanceOf[fill]) })),
    },
    {
      heading: labels.legend.effectSize,
      entries: [
        ...(results.some((r) => r.effectSize?.range) ? [{ key: 'range' as const, label: labels.range }] : []),
        ...(results.some((r) => r.effectSize?.ci) ? [{ key: 'ci' as const, label: labels.ci }] : []),
      ],
    },
  ];
}

export function resultsLayout(results: readonly ResultDatum[], options: ResultsChartOptions): ResultsLayout {
  const { width, labels } = options;
  const stacked = width < stackBelow;
  const labelRight = stacked ? width : Math.round(width * 0.4);
  const labelWidth = labelRight - markerColumn;
  const plot = stacked ? { left: markerColumn, right: width } : { left: labelRight + plotGutter, right: width };
  const formatTick = tickFormat(options.locale);

  const legend = legendLayout(legendGroups(results, labels), { x: 0, y: 0, width });
  let y = legend.height + (legend.height ? sectionGap : 0);
  const groups = sectionsByUnit(results);

  const sections = groups.map(({ unit, indexes }): ResultSection => {
    const headingText = unit !== undefined ? labels.unit(unit) : groups.length > 1 ? labels.withoutEffectSize : undefined;
    const heading =
      headingText === undefined
        ? { lines: [], bottom: y }
        : stackBlocks([{ lines: wrapStyled(headingText, 'heading', width), style: 'heading' }], 0, y);
    y = heading.bottom + (heading.lines.length ? 6 : 0);
    const rowsTop = y;
    const spans: { top: number; bottom: number }[] = [];

    const x =
      unit === undefined
        ? undefined
        : scaleLinear()
            .domain(extent([0, ...indexes.flatMap((i) => effectValues(results[i]!.effectSize!))]) as [number, number])
            .range([plot.left + axisInset, plot.right - axisInset])
            .nice(tickCount(plot.right - plot.left));
    // One value alone (or only zeros) would collapse the domain to a point.
    if (x && x.domain()[0] === x.domain()[1]) x.domain([-1, 1]);

    const rows = indexes.map((index): ResultRow => {
      const result = results[index]!;
      const effect = result.effectSize;
      const labelBlocks = stackBlocks(
        [
          { lines: wrapStyled(result.outcome, 'outcome', labelWidth), style: 'outcome' },
          { lines: wrapStyled([result.group, result.timing].filter(Boolean).join(' · '), 'group', labelWidth), style: 'group' },
          { lines: wrapStyled(result.summary, 'summary', labelWidth), style: 'summary' },
          { lines: effect && result.effectLabel ? wrapStyled(result.effectLabel, 'effect', labelWidth) : [], style: 'effect' },
        ],
        markerColumn,
        y + rowPadding,
      );
      const firstLineMiddle = y + rowPadding + resultsType.outcome.size * 0.48;
      const kind = markerKind(result);
      const tone = markerTone(result);
      const fill = markerFill(result.significance);
      let bottom = labelBlocks.bottom;
      const lines = [...labelBlocks.lines];
      let plotY = firstLineMiddle;
      if (effect) {
        if (stacked) {
          plotY = bottom + 4 + plotBand / 2;
          spans.push({ top: bottom + 4, bottom: bottom + 4 + plotBand });
          bottom += 4 + plotBand;
        }
      } else {
        const findingLeft = stacked ? markerColumn : plot.left;
        const findingTop = stacked ? bottom + 3 : y + rowPadding;
        const finding = stackBlocks(
          [{ lines: wrapStyled(result.finding, 'finding', plot.right - findingLeft), style: 'finding' }],
          findingLeft,
          findingTop,
        );
        lines.push(...finding.lines);
        bottom = Math.max(bottom, finding.bottom);
      }
      const height = Math.max(bottom - y, 14) + rowPadding * 2;
      const row: ResultRow = {
        index,
        top: y,
        height,
        marker: { kind, tone, fill, x: markerColumn / 2 - 2, y: firstLineMiddle },
        lines,
        estimate: x && effect?.estimate !== undefined ? { kind, tone, fill, x: x(effect.estimate), y: plotY } : undefined,
        range: x && effect?.range ? { x1: x(effect.range[0]), x2: x(effect.range[1]), y: plotY } : undefined,
        ci: x && effect?.ci ? { x1: x(effect.ci.low), x2: x(effect.ci.high), y: plotY } : undefined,
      };
      y += height;
      return row;
    });

    let axis: EffectAxis | undefined;
    if (x) {
      const tickSize = resultsType.tick.size;
      axis = {
        domain: x.domain() as [number, number],
        ticks: x.ticks(tickCount(plot.right - plot.left)).map((value) => ({
          value,
          x: x(value),
          label: { text: formatTick(value), x: x(value), y: y + 6 + tickSize * 0.8, style: 'tick' as const },
        })),
        zeroX: x(0),
        spans: stacked ? [...spans, { top: y - 2, bottom: y }] : [{ top: rowsTop, bottom: y }],
        y,
        left: plot.left,
        right: plot.right,
      };
      y += axisHeight;
    }
    y += sectionGap;
    const links: SeriesLink[] = [];
    rows.forEach((row, i) => {
      const previous = rows[i - 1];
      if (!previous?.estimate || !row.estimate) return;
      const [a, b] = [results[previous.index]!, results[row.index]!];
      if (a.outcome !== b.outcome || a.group !== b.group || !a.timing || !b.timing) return;
      links.push({
        x1: previous.estimate.x,
        y1: previous.estimate.y,
        x2: row.estimate.x,
        y2: row.estimate.y,
        kind: row.marker.kind,
        tone: row.marker.tone,
      });
    });
    return { unit, heading: heading.lines, rows, axis, links };
  });

  return {
    width,
    height: Math.ceil(y - sectionGap),
    stacked,
    legend: { headings: legend.headings, items: legend.items },
    sections,
  };
}

export function resultsTable(
  results: readonly ResultDatum[],
  labels: {
    header: [outcome: string, group: string, round: string, summary: string, effect: string, finding: string];
  },
): DataTable {
  return {
    header: [...labels.header],
    rows: results.map((result) => [
      result.outcome,
      result.group ?? '',
      result.timing ?? '',
      result.summary,
      result.effectLabel ?? '',
      result.finding,
    ]),
  };
}
