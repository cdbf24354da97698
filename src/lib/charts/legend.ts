import { charactersPerLine, estimatedWidth, linesHeight, placeLines, wrapText, type TextLine } from './text.ts';

export interface LegendEntry<Key> {
  key: Key;
  label: string;
}

/** Entries that belong together, e.g. the shapes of the directions, under a heading of their own. */
export interface LegendGroup<Key> {
  heading: string;
  entries: readonly LegendEntry<Key>[];
}

/** A legend entry placed: its symbol is drawn centred on `symbol` by the chart that owns it. */
export interface LegendItem<Key> {
  key: Key;
  symbol: { x: number; y: number };
  lines: TextLine[];
}

export interface LegendLayout<Key> {
  headings: TextLine[];
  items: LegendItem<Key>[];
  height: number;
}

export const legendType = { fontSize: 12, symbolWidth: 16, labelGap: 5, itemGap: 14, rowGap: 6 } as const;

const { fontSize, symbolWidth, labelGap, itemGap, rowGap } = legendType;

/**
 * Each group starts a row with its heading; its entries flow after it and onto further rows.
 * A label too long for a whole row wraps.
 */
export function legendLayout<Key>(
  groups: readonly LegendGroup<Key>[],
  frame: { x: number; y: number; width: number },
): LegendLayout<Key> {
  const headings: TextLine[] = [];
  const items: LegendItem<Key>[] = [];
  const right = frame.x + frame.width;
  const labelRoom = frame.width - symbolWidth - labelGap;
  let rowTop = frame.y;
  for (const { heading, entries } of groups) {
    if (entries.length === 0) continue;
    const baseline = (top: number) => top + fontSize * 0.8 + 2;
    headings.push({ text: heading, x: frame.x, y: baseline(rowTop) });
    // Rows after the first line up under the first entry, where they fit there.
    const entriesLeft = frame.x + estimatedWidth(heading, fontSize, 'bold') + itemGap / 2;
    let x = entriesLeft;
    let rowHeight = linesHeight(1, fontSize) + 4;
    for (const entry of entries) {
      const lines = wrapText(entry.label, charactersPerLine(labelRoom, fontSize));
      const itemWidth = symbolWidth + labelGap + Math.max(...lines.map((line) => estimatedWidth(line, fontSize)));
      if (x + itemWidth > right) {
        x = entriesLeft + itemWidth <= right ? entriesLeft : frame.x;
        rowTop += rowHeight + rowGap;
        rowHeight = 0;
      }
      const firstBaseline = baseline(rowTop);
      items.push({
        key: entry.key,
        symbol: { x: x + symbolWidth / 2, y: firstBaseline - fontSize * 0.32 },
        lines: placeLines(lines, x + symbolWidth + labelGap, firstBaseline, fontSize),
      });
      rowHeight = Math.max(rowHeight, symbolWidth, linesHeight(lines.length, fontSize) + 4);
      x += itemWidth + itemGap;
    }
    rowTop += rowHeight + rowGap;
  }
  return { headings, items, height: items.length ? rowTop - rowGap - frame.y : 0 };
}
