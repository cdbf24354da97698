/** The results chart drawn as SVG from its layout (see results.ts for what it encodes). */
import { legendType } from './legend.ts';
import { markerSvg, toneColour, type MarkerFill, type MarkerKind, type MarkerTone } from './markers.ts';
import { palette } from './palette.ts';
import {
  resultsLayout,
  resultsType,
  type EffectAxis,
  type ResultDatum,
  type ResultRow,
  type ResultsChartOptions,
  type ResultsLegendKey,
  type SeriesLink,
  type Span,
  type StyledLine,
} from './results.ts';
import { el, group, svgDocument, text, type ChartText, type Markup } from './svg.ts';

function styledText(line: StyledLine, anchor?: 'middle'): Markup {
  const style = resultsType[line.style];
  return el(
    'text',
    {
      x: line.x,
      y: line.y,
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 600 : undefined,
      fill: style.colour,
      'text-anchor': anchor,
      class: `result-${line.style}`,
    },
    text(line.text),
  );
}

function rangeBar(span: Span, tone: MarkerTone, fill: MarkerFill): Markup {
  const colour = toneColour(tone);
  return el('rect', {
    x: Math.min(span.x1, span.x2),
    y: span.y - 4,
    width: Math.max(Math.abs(span.x2 - span.x1), 2),
    height: 8,
    fill: fill === 'hollow' ? palette.background : colour,
    'fill-opacity': fill === 'tint' ? 0.3 : undefined,
    stroke: colour,
    'stroke-width': 1.5,
    class: 'result-range',
  });
}

function whisker(span: Span): Markup {
  const caps = `M${span.x1},${span.y - 5}V${span.y + 5}M${span.x2},${span.y - 5}V${span.y + 5}`;
  return group({ class: 'result-ci', stroke: palette.ink, 'stroke-width': 1.25 }, [
    el('line', { x1: span.x1, y1: span.y, x2: span.x2, y2: span.y }),
    el('path', { d: caps }),
  ]);
}

/** A shape no result has, so that the fill legend is not read as one more direction. */
function significanceSwatch(fill: MarkerFill, at: { x: number; y: number }): Markup {
  return el('rect', {
    x: at.x - 7,
    y: at.y - 5,
    width: 14,
    height: 10,
    rx: 5,
    fill: fill === 'hollow' ? palette.background : palette.ink,
    'fill-opacity': fill === 'tint' ? 0.3 : undefined,
    stroke: palette.ink,
    'stroke-width': 1.5,
  });
}

function legendSymbol(key: ResultsLegendKey, at: { x: number; y: number }): Markup {
  if (key === 'range') return rangeBar({ x1: at.x - 7, x2: at.x + 7, y: at.y }, 'not-stated', 'solid');
  if (key === 'ci') return whisker({ x1: at.x - 7, x2: at.x + 7, y: at.y });
  if (key.startsWith('fill-')) return significanceSwatch(key.slice('fill-'.length) as MarkerFill, at);
  if (key.startsWith('tone-')) return toneSwatch(key.slice('tone-'.length) as MarkerTone, at);
  // Shapes are shown in the neutral ink, so that the shape legend is not read as a judgement.
  return markerSvg({ kind: key.slice('marker-'.length) as MarkerKind, tone: 'status', fill: 'solid', x: at.x, y: at.y });
}

/** A square of the judgement's colour: a shape no change has (the square is inconclusive's, so a bar). */
function toneSwatch(tone: MarkerTone, at: { x: number; y: number }): Markup {
  return el('rect', {
    x: at.x - 7,
    y: at.y - 3.5,
    width: 14,
    height: 7,
    fill: toneColour(tone),
    class: `legend-tone legend-tone-${tone}`,
  });
}

function seriesLink(link: SeriesLink): Markup {
  return el('line', {
    x1: link.x1,
    y1: link.y1,
    x2: link.x2,
    y2: link.y2,
    stroke: toneColour(link.tone),
    'stroke-width': 1.5,
    'stroke-dasharray': '4 3',
    class: 'result-series',
  });
}

function axisSvg(axis: EffectAxis): Markup {
  const last = axis.spans.length - 1;
  const spanLines = (x: number, attributes: Record<string, string | number>) =>
    axis.spans.map((span, i) =>
      el('line', { x1: x, y1: span.top, x2: x, y2: span.bottom + (i === last ? 4 : 0), ...attributes }),
    );
  return group({ class: 'result-axis' }, [
    ...axis.ticks.flatMap((tick) => spanLines(tick.x, { stroke: palette.grid, 'stroke-width': 1 })),
    el('line', { x1: axis.left, y1: axis.y, x2: axis.right, y2: axis.y, stroke: palette.rule, 'stroke-width': 1 }),
    ...spanLines(axis.zeroX, { stroke: palette.ink, 'stroke-width': 1.25, class: 'result-zero' }),
    ...axis.ticks.map((tick) => styledText(tick.label, 'middle')),
  ]);
}

function rowSvg(row: ResultRow, width: number): Markup {
  return group({ class: `result-row result-${row.marker.kind}` }, [
    el('line', { x1: 0, y1: row.top + row.height, x2: width, y2: row.top + row.height, stroke: palette.grid, 'stroke-width': 1 }),
    markerSvg(row.marker),
    ...row.lines.map((line) => styledText(line)),
    ...(row.ci ? [whisker(row.ci)] : []),
    ...(row.range ? [rangeBar(row.range, row.marker.tone, row.marker.fill)] : []),
    ...(row.estimate ? [markerSvg(row.estimate)] : []),
  ]);
}

export function resultsSvg(results: readonly ResultDatum[], options: ResultsChartOptions & ChartText): string {
  const layout = resultsLayout(results, options);
  const legend = group({ class: 'chart-legend' }, [
    ...layout.legend.headings.map((line) =>
      el(
        'text',
        { x: line.x, y: line.y, 'font-size': legendType.fontSize, 'font-weight': 600, fill: palette.ink },
        text(line.text),
      ),
    ),
    ...layout.legend.items.flatMap((item) => [
      legendSymbol(item.key, item.symbol),
      ...item.lines.map((line) =>
        el('text', { x: line.x, y: line.y, 'font-size': legendType.fontSize, fill: palette.ink }, text(line.text)),
      ),
    ]),
  ]);
  const sections = layout.sections.map((section) =>
    group({ class: 'result-section' }, [
      ...section.heading.map((line) => styledText(line)),
      ...(section.rows[0]
        ? [
            el('line', {
              x1: 0,
              y1: section.rows[0].top,
              x2: layout.width,
              y2: section.rows[0].top,
              stroke: palette.grid,
              'stroke-width': 1,
            }),
          ]
        : []),
      ...(section.axis ? [axisSvg(section.axis)] : []),
      ...section.rows.map((row) => rowSvg(row, layout.width)),
      ...section.links.map(seriesLink),
    ]),
  );
  return svgDocument({ ...options, width: layout.width, height: layout.height, className: 'chart-results' }, [
    legend,
    ...sections,
  ]);
}
