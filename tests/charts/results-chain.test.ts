import { describe, expect, it } from 'vitest';
import {
  chainType,
  resultsChainLayout,
  resultsChainSvg,
  resultsChainTable,
  type ChainStep,
} from '../../src/lib/charts/results-chain.ts';
import { allChainLines, chainSteps, innovation, innovationFiles, longest } from './content.ts';
import { textWidth } from './font-metrics.ts';
import { parseXml, texts } from './xml.ts';

const step = (name: string, lines: string[]): ChainStep => ({ step: name, label: name[0]!.toUpperCase() + name.slice(1), lines });
const fiveSteps = (lines: string[][]) =>
  ['inputs', 'activities', 'outputs', 'outcomes', 'impact'].map((name, i) => step(name, lines[i] ?? []));
const chart = { idPrefix: 'chain', title: 'Results chain', description: 'From inputs to impact.' };
const options = { notReported: 'not reported' };
const descent = 0.25;

describe('results chain layout', () => {
  it('puts five equal columns side by side, with an arrow across each gap', () => {
    const layout = resultsChainLayout(fiveSteps([['a'], ['b'], ['c'], ['d'], ['e']]), {
      ...options,
      width: 960,
    });
    expect(layout.boxes.map((b) => b.step)).toEqual(['inputs', 'activities', 'outputs', 'outcomes', 'impact']);
    const widths = new Set(layout.boxes.map((b) => b.width));
    expect(widths.size).toBe(1);
    expect(layout.boxes.at(-1)!.x + layout.boxes.at(-1)!.width).toBeCloseTo(960);
    expect(layout.arrows).toHaveLength(4);
    layout.arrows.forEach((arrow, i) => {
      const [left, right] = [layout.boxes[i]!, layout.boxes[i + 1]!];
      expect(arrow.from.x).toBeGreaterThanOrEqual(left.x + left.width);
      expect(arrow.to.x).toBeLessThan(right.x);
      expect(arrow.head).toMatch(/^M[\d.,]+L[\d.,]+L[\d.,]+Z$/);
    });
  });

  it('grows a box with its wrapped lines, and gives all columns the tallest height', () => {
    const short = resultsChainLayout(fiveSteps([['One line']]), { ...options, width: 960 });
    const long = resultsChainLayout(fiveSteps([['One line', 'Another line', longest(allChainLines())]]), {
      ...options,
      width: 960,
    });
    expect(long.boxes[0]!.height).toBeGreaterThan(short.boxes[0]!.height + 4 * chainType.itemSize);

    const wide = resultsChainLayout(fiveSteps([['x'], [longest(allChainLines())]]), { ...options, width: 960 });
    expect(new Set(wide.boxes.map((b) => b.height)).size).toBe(1);
    const itemsBottom = Math.max(...wide.boxes[1]!.items.flatMap((item) => item.lines.map((l) => l.y)));
    expect(wide.boxes[1]!.height).toBeGreaterThan(itemsBottom);
  });

  it('says "not reported" in a step without lines, in the caller\'s words', () => {
    const layout = resultsChainLayout(fiveSteps([['a'], ['b'], ['c'], ['d'], []]), {
      notReported: 'non communiqué',
      width: 960,
    });
    const impact = layout.boxes[4]!;
    expect(impact.items).toEqual([]);
    expect(impact.notReported?.map((l) => l.text)).toEqual(['non communiqué']);
    expect(layout.boxes[0]!.notReported).toBeUndefined();
  });

  it('keeps every word of every line, in order', () => {
    const lines = [longest(allChainLines()), 'Second line'];
    const layout = resultsChainLayout(fiveSteps([lines]), { ...options, width: 960 });
    const items = layout.boxes[0]!.items;
    expect(items.map((item) => item.lines.map((l) => l.text).join(' '))).toEqual(lines);
  });
});

describe('results chain of every bundled innovation fits its boxes', () => {
  // Measured with the real font: the wrapping only counts characters.
  const cases = [
    // The brief's download, the factsheet's page width, and wider.
    { width: 760 },
    { width: 880 },
    { width: 960 },
  ];
  const contents = [
    ...innovationFiles().map((file) => ({ name: file, steps: chainSteps(innovation(file)) })),
    { name: 'the longest line in every step', steps: fiveSteps(Array.from({ length: 5 }, () => [longest(allChainLines())])) },
  ];

  for (const { width } of cases) {
    it(`at ${width} px`, () => {
      for (const { name, steps } of contents) {
        const layout = resultsChainLayout(steps, { ...options, width });
        for (const box of layout.boxes) {
          const right = box.x + box.width - chainType.padding / 2;
          const bottom = box.y + box.height;
          const check = (line: { text: string; x: number; y: number }, size: number, weight: 'regular' | 'bold' | 'italic') => {
            const where = `${name}, ${box.step}: "${line.text}"`;
            expect(line.x, where).toBeGreaterThanOrEqual(box.x);
            expect(line.x + textWidth(line.text, size, weight), where).toBeLessThanOrEqual(right);
            expect(line.y + descent * size, where).toBeLessThanOrEqual(bottom);
          };
          for (const line of box.heading) check(line, chainType.headingSize, 'bold');
          for (const line of box.items.flatMap((item) => item.lines)) check(line, chainType.itemSize, 'regular');
          for (const line of box.notReported ?? []) check(line, chainType.itemSize, 'italic');
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
          expect(bottom).toBeLessThanOrEqual(layout.height);
        }
      }
    });
  }
});

describe('results chain SVG and table', () => {
  const steps = chainSteps(innovation('imon-womens-entrepreneurship'));

  it('draws every line of the chain as text', () => {
    const svg = parseXml(resultsChainSvg(steps, { ...chart, ...options, width: 960 }));
    const drawn = texts(svg).join(' ');
    for (const line of steps.flatMap((s) => s.lines)) {
      for (const word of line.split(' ')) expect(drawn).toContain(word);
    }
    expect(svg.attributes.viewBox).toMatch(/^0 0 960 \d+(\.\d+)?$/);
  });

  it('lists each line as a row of the table, and a step without lines as not reported', () => {
    const table = resultsChainTable(fiveSteps([['a', 'b'], [], ['c']]), {
      header: ['Step', 'What'],
      notReported: 'not reported',
    });
    expect(table).toEqual({
      header: ['Step', 'What'],
      rows: [
        ['Inputs', 'a'],
        ['Inputs', 'b'],
        ['Activities', 'not reported'],
        ['Outputs', 'c'],
        ['Outcomes', 'not reported'],
        ['Impact', 'not reported'],
      ],
    });
  });
});
