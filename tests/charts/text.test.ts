import { describe, expect, it } from 'vitest';
import { partialDateSpan } from '../../src/lib/charts/dates.ts';
import { charactersPerLine, linesHeight, placeLines, wrapText } from '../../src/lib/charts/text.ts';
import { allChainLines, allOutcomes } from './content.ts';

const withoutSpaces = (value: string) => value.replace(/\s+/g, '');

describe('wrapping by character count', () => {
  const samples = [
    ...allChainLines(),
    ...allOutcomes(),
    'Self-employment-and-business-expansion-among-women',
    'Antidisestablishmentarianism',
  ];

  it('keeps every line within the capacity and every character of the text, at any capacity', () => {
    for (const capacity of [6, 12, 23, 40, 200]) {
      for (const sample of samples) {
        const lines = wrapText(sample, capacity);
        expect(
          lines.every((line) => [...line].length <= capacity),
          `${capacity}: ${sample}`,
        ).toBe(true);
        expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(sample));
        expect(lines.every((line) => line === line.trim() && line !== '')).toBe(true);
      }
    }
  });

  it('fills lines greedily, so no line could have taken the next word', () => {
    const lines = wrapText('Five-day training for groups of seven to ten women', 20);
    expect(lines).toEqual(['Five-day training', 'for groups of seven', 'to ten women']);
    for (let i = 0; i < lines.length - 1; i++) {
      const nextWord = lines[i + 1]!.split(' ')[0]!;
      expect(`${lines[i]} ${nextWord}`.length).toBeGreaterThan(20);
    }
  });

  it('breaks an over-long word after its own hyphens before breaking it anywhere', () => {
    expect(wrapText('small-and-medium-sized enterprises', 10)).toEqual(['small-and-', 'medium-', 'sized', 'enterprise', 's']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(wrapText('Хуҷанд Истаравшан', 8)).toEqual(['Хуҷанд', 'Истаравш', 'ан']);
  });

  it('gives wider boxes and smaller type more characters a line, bold fewer', () => {
    expect(charactersPerLine(200, 13)).toBeGreaterThan(charactersPerLine(100, 13));
    expect(charactersPerLine(200, 10)).toBeGreaterThan(charactersPerLine(200, 13));
    expect(charactersPerLine(200, 13, 'bold')).toBeLessThanOrEqual(charactersPerLine(200, 13));
    expect(charactersPerLine(1, 40)).toBe(1);
  });

  it('stacks lines at a steady line height', () => {
    const lines = placeLines(['a', 'b', 'c'], 5, 10, 12);
    expect(lines.map((l) => l.y)).toEqual([10, 25, 40]);
    expect(linesHeight(3, 12)).toBe(42);
    expect(linesHeight(0, 12)).toBe(0);
  });
});

describe('partial dates as spans of time', () => {
  const iso = (date: Date) => date.toISOString().slice(0, 10);

  it('reads a year as the whole year, a month as the whole month, a day as that day', () => {
    expect(Object.values(partialDateSpan('2009')).map(iso)).toEqual(['2009-01-01', '2010-01-01']);
    expect(Object.values(partialDateSpan('2009-02')).map(iso)).toEqual(['2009-02-01', '2009-03-01']);
    expect(Object.values(partialDateSpan('2011-12')).map(iso)).toEqual(['2011-12-01', '2012-01-01']);
    expect(Object.values(partialDateSpan('2012-02-28')).map(iso)).toEqual(['2012-02-28', '2012-02-29']);
  });

  it('rejects what is not a partial date', () => {
    expect(() => partialDateSpan('March 2009')).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(() => partialDateSpan('09-03')).toThrow();
  });
});
