import { max, min, scaleUtc, symbol, symbolDiamond, utcYear } from 'd3';
import { partialDateSpan } from './dates.ts';
import { palette } from './palette.ts';
import { el, group, round, svgDocument, text, type ChartText } from './svg.ts';
import type { DataTable } from './table.ts';
import { charactersPerLine, estimatedWidth, linesHeight, placeLines, wrapText, type TextLine } from './text.ts';

/** A phase of a programme (or an innovation's own period); phases may overlap. */
export interface TimelinePhase {
  name: string;
  start: string;
  /** Left out while a phase is still running or its end is unknown. */
  end?: string | undefined;
}

export interface SurveyRound {
  label: string;
  date?: string | undefined;
}

export interface TimelineOptions {
  width: number;
  /** For the year labels of the axis. */
  locale: string;
  /** Names the row of survey rounds, e.g. "Survey rounds"; needed only when rounds are given. */
  roundsLabel?: string | undefined;
}

export interface PhaseBar {
  name: string;
  x1: number;
  x2: number;
  y: number;
  height: number;
  /** No end date: the bar runs to the edge and ends in an arrow. */
  openEnded: boolean;
  label: TextLine[];
}

export interface RoundMark {
  label: TextLine;
  x: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  ticks: { x: number; label: TextLine }[];
  /** Extent of the grid lines. */
  gridTop: number;
  gridBottom: number;
  phases: PhaseBar[];
  roundsHeading: TextLine[];
  rounds: RoundMark[];
}

export const timelineType = { tickSize: 11, labelSize: 12.5, roundSize: 11.5, barHeight: 14 } as const;

const { tickSize, labelSize, roundSize, barHeight } = timelineType;
const inset = 12;
const laneGap = 10;
const openEndRoom = 10;
const minTickSpacing = 48;

function fitLabel(name: string, barStart: number, width: number, top: number): TextLine[] {
  const lines = wrapText(name, charactersPerLine(width, labelSize));
  const widest = Math.max(...lines.map((line) => estimatedWidth(line, labelSize)));
  // Start the label at its bar, but pull it left when it would run past the chart's edge.
  const x = Math.max(0, Math.min(barStart, width - widest));
  return placeLines(lines, x, top + labelSize * 0.8, labelSize);
}

export function timelineLayout(
  phases: readonly TimelinePhase[],
  rounds: readonly SurveyRound[],
  options: TimelineOptions,
): TimelineLayout {
  const { width } = options;
  const spans = phases.map((phase) => ({
    phase,
    start: partialDateSpan(phase.start).start,
    end: phase.end === undefined ? undefined : partialDateSpan(phase.end).end,
  }));
  const dated = rounds.flatMap((round) => (round.date ? [{ label: round.label, at: partialDateSpan(round.date).start }] : []));
  const starts = [...spans.map((s) => s.start), ...dated.map((r) => r.at)];
  // An open phase still gets a year of room to show where it is heading.
  const ends = [...spans.map((s) => s.end ?? utcYear.offset(s.start, 1)), ...dated.map((r) => r.at)];
  const first = min(starts) ?? new Date(Date.UTC(2000, 0, 1));
  const last = max(ends) ?? new Date(Date.UTC(2001, 0, 1));
  const x = scaleUtc()
    .domain([utcYear.floor(first), utcYear.ceil(last)])
    .range([inset, width - inset]);

  const pixelsPerYear = x(new Date(Date.UTC(2001, 0, 1))) - x(new Date(Date.UTC(2000, 0, 1)));
  const everyYears = [1, 2, 5, 10, 20, 50].find((step) => step * pixelsPerYear >= minTickSpacing) ?? 100;
  const yearFormat = new Intl.DateTimeFormat(options.locale, { year: 'numeric', timeZone: 'UTC' });
  const tickBaseline = tickSize * 0.8;
  const ticks = x.ticks(utcYear.every(everyYears)!).map((date) => ({
    x: x(date),
    label: { text: yearFormat.format(date), x: x(date), y: tickBaseline },
  }));

  let y = linesHeight(1, tickSize) + 8;
  const gridTop = y - 4;
  const bars = spans.map(({ phase, start, end }): PhaseBar => {
    const x1 = x(start);
    const label = fitLabel(phase.name, x1, width, y);
    const barTop = y + linesHeight(label.length, labelSize) + 4;
    y = barTop + barHeight + laneGap;
    return {
      name: phase.name,
      x1,
      x2: end ? x(end) : width - openEndRoom / 2,
      y: barTop,
      height: barHeight,
      openEnded: end === undefined,
      label,
    };
  });

  let roundsHeading: TextLine[] = [];
  const marks: RoundMark[] = [];
  if (dated.length) {
    const heading = options.roundsLabel ? wrapText(options.roundsLabel, charactersPerLine(width, labelSize, 'bold')) : [];
    roundsHeading = placeLines(heading, 0, y + labelSize * 0.8, labelSize);
    const markY = y + linesHeight(roundsHeading.length, labelSize) + 14;
    // Labels that would collide go one level further down.
    const levelEnds: number[] = [];
    for (const round of [...dated].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      const at = x(round.at);
      const labelWidth = estimatedWidth(round.label, roundSize);
      const labelX = Math.max(labelWidth / 2, Math.min(at, width - labelWidth / 2));
      let level = levelEnds.findIndex((end) => end + 6 <= labelX - labelWidth / 2);
      if (level === -1) level = levelEnds.push(0) - 1;
      levelEnds[level] = labelX + labelWidth / 2;
      marks.push({
        x: at,
        y: markY,
        label: { text: round.label, x: labelX, y: markY + 10 + roundSize * 0.8 + level * roundSize * 1.25 },
      });
    }
    y = markY + 10 + linesHeight(levelEnds.length, roundSize) + 4;
  }
  return { width, height: Math.ceil(y), ticks, gridTop, gridBottom: y - laneGap / 2, phases: bars, roundsHeading, rounds: marks };
}

function openEndArrow(bar: PhaseBar): string {
  const tip = bar.x2 + openEndRoom / 2;
  return `M${round(bar.x2 - 1)},${round(bar.y - 3)}L${round(tip)},${round(bar.y + bar.height / 2)}L${round(bar.x2 - 1)},${round(bar.y + bar.height + 3)}Z`;
}

export function timelineSvg(
  phases: readonly TimelinePhase[],
  rounds: readonly SurveyRound[],
  options: TimelineOptions & ChartText,
): string {
  const layout = timelineLayout(phases, rounds, options);
  const axis = group({ class: 'timeline-axis' }, [
    ...layout.ticks.map((tick) =>
      el('line', { x1: tick.x, y1: layout.gridTop, x2: tick.x, y2: layout.gridBottom, stroke: palette.grid, 'stroke-width': 1 }),
    ),
    ...layout.ticks.map((tick) =>
      el(
        'text',
        { x: tick.label.x, y: tick.label.y, 'font-size': tickSize, fill: palette.muted, 'text-anchor': 'middle' },
        text(tick.label.text),
      ),
    ),
  ]);
  const bars = layout.phases.map((bar) =>
    group({ class: `timeline-phase${bar.openEnded ? ' timeline-open' : ''}` }, [
      // A white halo keeps the label legible where a grid line runs behind it.
      ...bar.label.map((line) =>
        el(
          'text',
          {
            x: line.x,
            y: line.y,
            'font-size': labelSize,
            fill: palette.ink,
            stroke: palette.background,
            'stroke-width': 3,
            'stroke-linejoin': 'round',
            'paint-order': 'stroke',
          },
          text(line.text),
        ),
      ),
      el('rect', { x: bar.x1, y: bar.y, width: Math.max(bar.x2 - bar.x1, 2), height: bar.height, fill: palette.accent }),
      ...(bar.openEnded ? [el('path', { d: openEndArrow(bar), fill: palette.accent })] : []),
    ]),
  );
  const diamond = symbol(symbolDiamond, 90)() ?? '';
  const roundMarks = group({ class: 'timeline-rounds' }, [
    ...layout.roundsHeading.map((line) =>
      el('text', { x: line.x, y: line.y, 'font-size': labelSize, 'font-weight': 600, fill: palette.ink }, text(line.text)),
    ),
    ...layout.rounds.flatMap((mark) => [
      el('line', {
        x1: mark.x,
        y1: mark.y,
        x2: mark.label.x,
        y2: mark.label.y - roundSize * 0.8 - 1,
        stroke: palette.rule,
        'stroke-width': 0.75,
      }),
      el('path', {
        d: diamond,
        transform: `translate(${round(mark.x)},${round(mark.y)})`,
        fill: palette.background,
        stroke: palette.ink,
        'stroke-width': 1.5,
      }),
      el(
        'text',
        { x: mark.label.x, y: mark.label.y, 'font-size': roundSize, fill: palette.ink, 'text-anchor': 'middle' },
        text(mark.label.text),
      ),
    ]),
  ]);
  return svgDocument({ ...options, width: layout.width, height: layout.height, className: 'chart-timeline' }, [
    axis,
    ...bars,
    roundMarks,
  ]);
}

export function timelineTable(
  phases: readonly TimelinePhase[],
  rounds: readonly SurveyRound[],
  labels: { header: [name: string, start: string, end: string]; formatDate: (date: string) => string },
): DataTable {
  return {
    header: [...labels.header],
    rows: [
      ...phases.map((phase) => [phase.name, labels.formatDate(phase.start), phase.end ? labels.formatDate(phase.end) : '']),
      ...rounds.map((round) => [round.label, round.date ? labels.formatDate(round.date) : '', '']),
    ],
  };
}
