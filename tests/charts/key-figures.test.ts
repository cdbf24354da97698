import { describe, expect, it } from 'vitest';
import {
  figureType,
  keyFiguresLayout,
  keyFiguresSvg,
  keyFiguresTable,
  type KeyFigure,
} from '../../src/lib/charts/key-figures.ts';
import { textWidth } from './font-metrics.ts';
import { parseXml, texts } from './xml.ts';

const imon: KeyFigure[] = [
  { label: 'Active borrowers', value: '42,503' },
  { label: 'Women borrowers', value: '39%', proportion: 0.39 },
  { label: 'Active savers', value: '0' },
  { label: 'Offices', value: '81' },
  { label: 'Gross loan portfolio', value: 'USD 45.2 million' },
];
const unknown: KeyFigure[] = [
  { label: 'Active borrowers', value: 'about 576,000' },
  { label: 'Women borrowers', value: undefined, proportion: undefined },
  { label: 'Active savers', value: undefined },
];
const options = { notReported: 'not reported', caption: 'Figures as of 2011' };
const chart = { idPrefix: 'figures', title: 'Key figures', description: 'IMON in 2011.' };
const weight = { caption: 'regular', label: 'regular', value: 'bold', 'not-reported': 'italic' } as const;

describe('key figures layout', () => {
  it('draws the share of women as a bar out of 100%', () => {
    const layout = keyFiguresLayout(imon, { ...options, width: 760 });
    const bars = layout.tiles.filter((tile) => tile.proportion);
    expect(bars).toHaveLength(1);
    const bar = bars[0]!.proportion!;
    expect(bar.filled / bar.width).toBeCloseTo(0.39);
    expect(bar.x + bar.width).toBeLessThanOrEqual(bars[0]!.x + bars[0]!.width);
  });

  it("shows an unknown figure as not reported, in the caller's words, and draws no bar for it", () => {
    const layout = keyFiguresLayout(unknown, { ...options, notReported: 'non communiqué', width: 760 });
    const women = layout.tiles[1]!;
    expect(women.lines.filter((l) => l.style === 'not-reported').map((l) => l.text)).toEqual(['non communiqué']);
    expect(women.proportion).toBeUndefined();
    expect(layout.tiles[0]!.lines.some((l) => l.style === 'not-reported')).toBe(false);
  });

  it('balances the rows: five figures never leave one alone', () => {
    for (const width of [320, 500, 760, 960]) {
      const layout = keyFiguresLayout(imon, { ...options, width });
      const perRow = Object.values(Object.groupBy(layout.tiles, (tile) => String(tile.y))).map((row) => row!.length);
      expect(Math.max(...perRow) - Math.min(...perRow), `${width}: ${perRow}`).toBeLessThanOrEqual(1);
    }
  });

  it('keeps every figure inside its tile, measured in the real font', () => {
    for (const width of [960, 760, 320, 200]) {
      for (const figures of [imon, unknown]) {
        const layout = keyFiguresLayout(figures, { ...options, width });
        for (const tile of layout.tiles) {
          for (const line of tile.lines) {
            const size = figureType[line.style].size;
            expect(line.x + textWidth(line.text, size, weight[line.style]), line.text).toBeLessThanOrEqual(tile.x + tile.width);
            expect(line.y + size * 0.25).toBeLessThanOrEqual(tile.y + tile.height);
          }
          expect(tile.y + tile.height).toBeLessThanOrEqual(layout.height);
        }
      }
    }
  });

  it('refuses a share that is not between 0 and 1', () => {
    expect(() =>
      keyFiguresLayout([{ label: 'Women borrowers', value: '39%', proportion: 39 }], { ...options, width: 760 }),
    ).toThrow(/"Women borrowers" is 39, not between 0 and 1/);
  });
});

describe('key figures SVG and table', () => {
  it('shows the year caption and every figure', () => {
    const svg = parseXml(keyFiguresSvg(imon, { ...chart, ...options, width: 760 }));
    expect(texts(svg)).toEqual(expect.arrayContaining(['Figures as of 2011', '42,503', '39%', 'Offices', 'USD 45.2 million']));
  });

  it('lists unknown figures as not reported', () => {
    expect(keyFiguresTable(unknown, { header: ['Figure', 'Value'], notReported: 'not reported' })).toEqual({
      header: ['Figure', 'Value'],
      rows: [
        ['Active borrowers', 'about 576,000'],
        ['Women borrowers', 'not reported'],
        ['Active savers', 'not reported'],
      ],
    });
  });
});
