import { palette } from './palette.ts';
import { el, group, svgDocument, text, type ChartText, type Markup } from './svg.ts';
import type { DataTable } from './table.ts';
import { charactersPerLine, linesHeight, placeLines, wrapText, type FontWeight, type TextLine } from './text.ts';

/** One figure, already formatted for the page; `value` undefined means "not reported". */
export interface KeyFigure {
  label: string;
  value: string | undefined;
  /** 0-1, drawn as a bar out of the whole (the share of women borrowers). */
  proportion?: number | undefined;
}

export interface KeyFiguresOptions {
  width: number;
  notReported: string;
  /** Says which year the figures describe, e.g. "Figures as of 2011". */
  caption: string;
}

export type FigureTextStyle = 'caption' | 'label' | 'value' | 'not-reported';

export interface FigureLine extends TextLine {
  style: FigureTextStyle;
}

export interface FigureTile {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: FigureLine[];
  /** The bar out of 100%, with `filled` the width of the share. */
  proportion: { x: number; y: number; width: number; filled: number; height: number } | undefined;
}

export interface KeyFiguresLayout {
  width: number;
  height: number;
  caption: FigureLine[];
  tiles: FigureTile[];
}

export const figureType: Record<FigureTextStyle, { size: number; weight: FontWeight; colour: string; italic?: boolean }> = {
  caption: { size: 12, weight: 'regular', colour: palette.muted },
  label: { size: 12, weight: 'regular', colour: palette.muted },
  value: { size: 20, weight: 'bold', colour: palette.ink },
  'not-reported': { size: 13, weight: 'regular', colour: palette.muted, italic: true },
};

const tileMinWidth = 150;
const tileGap = 12;
const padding = 10;
const barHeight = 10;

function block(value: string, style: FigureTextStyle, x: number, top: number, width: number) {
  const { size, weight } = figureType[style];
  const lines = wrapText(value, charactersPerLine(width, size, weight));
  return {
    lines: placeLines(lines, x, top + size * 0.8, size).map((line) => ({ ...line, style })),
    bottom: top + linesHeight(lines.length, size),
  };
}

export function keyFiguresLayout(figures: readonly KeyFigure[], options: KeyFiguresOptions): KeyFiguresLayout {
  const { width } = options;
  for (const figure of figures) {
    if (figure.proportion !== undefined && !(figure.proportion >= 0 && figure.proportion <= 1)) {
      throw new RangeError(`the proportion of "${figure.label}" is ${figure.proportion}, not between 0 and 1`);
    }
  }
  const caption = block(options.caption, 'caption', 0, 0, width);
  const fitting = Math.max(1, Math.floor((width + tileGap) / (tileMinWidth + tileGap)));
  // Rows as even as possible: five figures in four columns would leave one alone on a row.
  const rows = Math.max(1, Math.ceil(figures.length / fitting));
  const columns = Math.max(1, Math.ceil(figures.length / rows));
  const tileWidth = (width - tileGap * (columns - 1)) / columns;
  const inner = tileWidth - 2 * padding;

  const tiles: FigureTile[] = [];
  let rowTop = caption.bottom + 10;
  for (let start = 0; start < figures.length; start += columns) {
    const row = figures.slice(start, start + columns).map((figure, column) => {
      const x = column * (tileWidth + tileGap);
      const label = block(figure.label, 'label', x + padding, rowTop + padding, inner);
      const shown =
        figure.value === undefined
          ? block(options.notReported, 'not-reported', x + padding, label.bottom + 6, inner)
          : block(figure.value, 'value', x + padding, label.bottom + 4, inner);
      const proportion =
        figure.value !== undefined && figure.proportion !== undefined
          ? { x: x + padding, y: shown.bottom + 8, width: inner, filled: inner * figure.proportion, height: barHeight }
          : undefined;
      const bottom = proportion ? proportion.y + barHeight : shown.bottom;
      return { x, lines: [...label.lines, ...shown.lines], proportion, contentHeight: bottom - rowTop + padding };
    });
    const height = Math.max(...row.map((tile) => tile.contentHeight));
    tiles.push(...row.map(({ x, lines, proportion }) => ({ x, y: rowTop, width: tileWidth, height, lines, proportion })));
    rowTop += height + tileGap;
  }
  return { width, height: Math.ceil(rowTop - (figures.length ? tileGap : 0)), caption: caption.lines, tiles };
}

function figureText(line: FigureLine): Markup {
  const style = figureType[line.style];
  return el(
    'text',
    {
      x: line.x,
      y: line.y,
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 700 : undefined,
      'font-style': style.italic ? 'italic' : undefined,
      fill: style.colour,
      class: `figure-${line.style}`,
    },
    text(line.text),
  );
}

export function keyFiguresSvg(figures: readonly KeyFigure[], options: KeyFiguresOptions & ChartText): string {
  const layout = keyFiguresLayout(figures, options);
  const tiles = layout.tiles.map((tile) =>
    group({ class: 'key-figure' }, [
      el('rect', { x: tile.x, y: tile.y, width: tile.width, height: tile.height, fill: palette.wash }),
      el('line', {
        x1: tile.x,
        y1: tile.y + 1,
        x2: tile.x + tile.width,
        y2: tile.y + 1,
        stroke: palette.rule,
        'stroke-width': 2,
      }),
      ...tile.lines.map(figureText),
      ...(tile.proportion
        ? [
            el('rect', {
              x: tile.proportion.x + 0.5,
              y: tile.proportion.y + 0.5,
              width: tile.proportion.width - 1,
              height: tile.proportion.height - 1,
              fill: palette.background,
              stroke: palette.rule,
              class: 'proportion-track',
            }),
            el('rect', {
              x: tile.proportion.x,
              y: tile.proportion.y,
              width: tile.proportion.filled,
              height: tile.proportion.height,
              fill: palette.accent,
              class: 'proportion-share',
            }),
          ]
        : []),
    ]),
  );
  return svgDocument({ ...options, width: layout.width, height: layout.height, className: 'chart-key-figures' }, [
    ...layout.caption.map(figureText),
    ...tiles,
  ]);
}

export function keyFiguresTable(
  figures: readonly KeyFigure[],
  labels: { header: [figure: string, value: string]; notReported: string },
): DataTable {
  return { header: [...labels.header], rows: figures.map((figure) => [figure.label, figure.value ?? labels.notReported]) };
}
