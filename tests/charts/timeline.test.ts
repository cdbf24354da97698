import { describe, expect, it } from 'vitest';
import {
  timelineLayout,
  timelineSvg,
  timelineTable,
  timelineType,
  type SurveyRound,
  type TimelinePhase,
} from '../../src/lib/charts/timeline.ts';
import { phases, programme } from './content.ts';
import { textWidth } from './font-metrics.ts';
import { parseXml, texts } from './xml.ts';

const mf4dw: TimelinePhase[] = phases(programme('mf4dw'));
const rounds: SurveyRound[] = [
  { label: 'Baseline', date: '2009-04' },
  { label: 'First follow-up', date: '2009-10' },
  { label: 'Second follow-up', date: '2010-03' },
  { label: 'Endline', date: '2011-10' },
  { label: 'Undated' },
];
const chart = { idPrefix: 'timeline', title: 'Timeline', description: 'The phases of MF4DW.' };

describe('timeline layout', () => {
  const layout = timelineLayout(mf4dw, [], { width: 760, locale: 'en' });
  const xOfYear = (year: number) => {
    const [a, b] = layout.ticks;
    const [ya, yb] = [Number(a!.label.text), Number(b!.label.text)];
    return a!.x + ((year - ya) / (yb - ya)) * (b!.x - a!.x);
  };

  it('reads the bundled MF4DW phases, which overlap', () => {
    expect(mf4dw.length).toBeGreaterThanOrEqual(3);
    const [, implementation, analysis] = layout.phases;
    expect(analysis!.x1).toBeLessThan(implementation!.x2);
    expect(analysis!.y).toBeGreaterThan(implementation!.y + implementation!.height);
  });

  it('puts a phase from the first of its start month to the end of its end month', () => {
    const selection = layout.phases[0]!;
    // 2008-04 to 2009-02: from 1 April 2008 to 1 March 2009.
    expect(selection.x1).toBeCloseTo(xOfYear(2008 + 91 / 366), 0);
    expect(selection.x2).toBeCloseTo(xOfYear(2009 + 59 / 365), 0);
  });

  it('labels whole years, spaced to stay readable', () => {
    expect(layout.ticks.map((t) => t.label.text)).toEqual([
      '2008',
      '2009',
      '2010',
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
    ]);
    const narrow = timelineLayout(mf4dw, [], { width: 300, locale: 'en' });
    const spacing = narrow.ticks[1]!.x - narrow.ticks[0]!.x;
    expect(spacing).toBeGreaterThanOrEqual(48);
    expect(narrow.ticks.every((t) => /^\d{4}$/.test(t.label.text))).toBe(true);
  });

  it('runs a phase without an end to the edge and marks it open', () => {
    const open = timelineLayout(
      [
        { name: 'Innovation', start: '2009' },
        { name: 'Programme', start: '2008', end: '2012' },
      ],
      [],
      { width: 600, locale: 'en' },
    );
    expect(open.phases[0]!.openEnded).toBe(true);
    expect(open.phases[0]!.x2).toBeGreaterThan(open.phases[1]!.x2 - 1);
    expect(open.phases[1]!.openEnded).toBe(false);
  });

  it('marks the dated survey rounds, with labels that do not collide', () => {
    const withRounds = timelineLayout(mf4dw, rounds, { width: 400, locale: 'en', roundsLabel: 'Survey rounds' });
    expect(withRounds.rounds.map((r) => r.label.text)).toEqual(['Baseline', 'First follow-up', 'Second follow-up', 'Endline']);
    expect(withRounds.roundsHeading.map((l) => l.text)).toEqual(['Survey rounds']);
    const boxes = withRounds.rounds.map((r) => {
      const half = textWidth(r.label.text, timelineType.roundSize) / 2;
      return { left: r.label.x - half, right: r.label.x + half, y: r.label.y };
    });
    for (const [i, a] of boxes.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(400);
      for (const b of boxes.slice(i + 1)) {
        if (a.y === b.y) expect(a.right <= b.left || b.right <= a.left, `${i}`).toBe(true);
      }
    }
    expect(Math.max(...boxes.map((b) => b.y))).toBeLessThanOrEqual(withRounds.height);
  });

  it('keeps every phase label inside the chart', () => {
    for (const width of [760, 360, 240]) {
      const narrow = timelineLayout(mf4dw, [], { width, locale: 'en' });
      for (const phase of narrow.phases) {
        for (const line of phase.label) {
          expect(line.x).toBeGreaterThanOrEqual(0);
          expect(line.x + textWidth(line.text, timelineType.labelSize), line.text).toBeLessThanOrEqual(width);
        }
        expect(phase.x2).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('timeline SVG and table', () => {
  it('names every phase and round, and marks the open phase with an arrow', () => {
    const svg = timelineSvg([...mf4dw, { name: 'Innovation', start: '2009' }], rounds, {
      ...chart,
      width: 760,
      locale: 'en',
      roundsLabel: 'Survey rounds',
    });
    const tree = parseXml(svg);
    expect(texts(tree)).toEqual(
      expect.arrayContaining([...mf4dw.map((p) => p.name), 'Innovation', 'Baseline', 'Endline', 'Survey rounds']),
    );
    expect(texts(tree)).not.toContain('Undated');
    expect(svg).toContain('timeline-phase timeline-open');
  });

  it('lists phases and rounds with dates formatted by the caller', () => {
    const table = timelineTable(mf4dw.slice(0, 1), rounds.slice(-1), {
      header: ['What', 'From', 'To'],
      formatDate: (date) => `<${date}>`,
    });
    expect(table).toEqual({
      header: ['What', 'From', 'To'],
      rows: [
        ['Selection, introduction and diagnosis', '<2008-04>', '<2009-02>'],
        ['Undated', '', ''],
      ],
    });
  });
});
