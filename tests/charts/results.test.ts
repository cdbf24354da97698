import { describe, expect, it } from 'vitest';
import { markerFill, markerKind, markerPath, markerSvg, markerTone } from '../../src/lib/charts/markers.ts';
import { judgementColours, palette } from '../../src/lib/charts/palette.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { resultSummary } from '../../src/lib/result-words.ts';
import { changes, judgements, significances } from '../../src/schemas/vocabulary.ts';
import { resultsSvg } from '../../src/lib/charts/results-svg.ts';
import {
  resultsLayout,
  resultsTable,
  resultsType,
  type ResultDatum,
  type ResultsChartLabels,
} from '../../src/lib/charts/results.ts';
import { allOutcomes, innovation, innovationFiles, longest, resultData } from './content.ts';
import { textWidth } from './font-metrics.ts';
import { descendants, parseXml } from './xml.ts';

const labels: ResultsChartLabels = {
  marker: (kind) => `marker ${kind}`,
  tone: (tone) => `tone ${tone}`,
  significance: (significance) => `sig ${significance}`,
  unit: (unit) => `Effect in ${unit}`,
  withoutEffectSize: 'Without an effect size',
  range: 'Range',
  ci: 'Confidence interval',
  legend: { change: 'Change:', judgement: 'Judgement:', significance: 'Significance:', effectSize: 'Effect size:' },
};
const options = { width: 760, locale: 'en', labels };
const chart = { idPrefix: 'results', title: 'Results', description: 'What the study found.' };
const nrsp = resultData(innovation('nrsp-family-health-insurance'));
const imon = resultData(innovation('imon-womens-entrepreneurship'));

const measured = (fields: Partial<ResultDatum>): ResultDatum => ({
  outcome: 'Outcome',
  status: 'measured',
  finding: 'A finding.',
  change: 'rose',
  judgement: 'favourable',
  significance: 'significant',
  summary: 'rose; favourable; statistically significant',
  ...fields,
});

describe('markers', () => {
  it('give each change and each missing finding its own shape', () => {
    const kinds = ['rose', 'fell', 'no-change', 'mixed', 'inconclusive', 'not-measured'] as const;
    const shapes = kinds.map(markerPath);
    expect(shapes.every((d) => d.length > 10)).toBe(true);
    // rose and fell share the triangle, turned over; the rest all differ.
    expect(new Set(shapes).size).toBe(kinds.length - 1);
  });

  // Every combination of the three facts: shape (change), colour (judgement), fill
  // (significance) are independent, each readable on its own, and the words say all three.
  const t = useTranslations('en');
  const combinations = changes.flatMap((change) =>
    judgements.flatMap((judgement) => significances.map((significance) => ({ change, judgement, significance }))),
  );
  it.each(combinations)(
    'encode $change, $judgement, $significance in shape, colour, fill and words',
    ({ change, judgement, significance }) => {
      const result = { outcome: 'x', status: 'measured' as const, change, judgement, significance };
      const marker = { kind: markerKind(result), tone: markerTone(result), fill: markerFill(significance), x: 0, y: 0 };
      const path = parseXml(`<svg>${markerSvg(marker).svg}</svg>`).children[0]!.attributes;
      // Shape: the change alone decides the outline; the triangle points down for a fall.
      expect(path.d).toBe(markerPath(change));
      expect(path.transform!.includes('rotate(180)')).toBe(change === 'fell');
      // Colour: the judgement alone decides the stroke.
      expect(path.stroke).toBe(judgementColours[judgement]);
      // Fill: solid, tint or hollow by significance, whatever the colour (so it reads in grey).
      const expectedFill = {
        significant: judgementColours[judgement],
        'not-reported': judgementColours[judgement],
        'not-significant': palette.background,
      }[significance];
      expect(path.fill).toBe(expectedFill);
      expect(path['fill-opacity']).toBe(significance === 'not-reported' ? '0.3' : undefined);
      expect(path.class).toBe(`marker marker-${change} marker-${judgement} marker-${markerFill(significance)}`);
      // Words: all three, in the order change; judgement; significance.
      expect(resultSummary(result, t)).toBe(
        `${t(`change.${change}`)}; ${t(`judgement.${judgement}`)}; ${t(`significance.${significance}`)}`,
      );
    },
  );

  it('word a significance derived from a p-value with its level, never a typed one', () => {
    const at = (p: { value: number; below: boolean }) =>
      resultSummary(
        {
          status: 'measured',
          change: 'fell',
          judgement: 'favourable',
          significance: undefined,
          effect: { estimate: -3, unit: 'percentage-points', p_value: p },
        },
        t,
      );
    expect(at({ value: 0.01, below: true })).toBe('fell; favourable; significant at 1%');
    expect(at({ value: 0.03, below: false })).toBe('fell; favourable; significant at 5%');
    expect(at({ value: 0.05, below: true })).toBe('fell; favourable; significant at 5%');
    expect(at({ value: 0.08, below: false })).toBe('fell; favourable; significant at 10%');
    expect(at({ value: 0.3, below: false })).toBe('fell; favourable; not statistically significant');
  });

  it('fill by significance: solid, tint when not reported, hollow when not significant', () => {
    expect(markerFill('significant')).toBe('solid');
    expect(markerFill('not-reported')).toBe('tint');
    expect(markerFill('not-significant')).toBe('hollow');
  });

  it('mark results without a finding by their status', () => {
    expect(markerKind({ outcome: 'x', status: 'not-measured' })).toBe('not-measured');
    expect(markerKind({ outcome: 'x', status: 'not-reported' })).toBe('not-reported');
    expect(markerKind({ outcome: 'x', status: 'measured', change: 'mixed' })).toBe('mixed');
    expect(() => markerKind({ outcome: 'x', status: 'measured' })).toThrow(/"x" has no change/);
    expect(() => markerTone({ outcome: 'x', status: 'measured', change: 'rose' })).toThrow(/"x" has no judgement/);
    expect(markerTone({ outcome: 'x', status: 'not-measured' })).toBe('status');
  });
});

describe('results layout', () => {
  const layout = resultsLayout(nrsp, options);

  it('gives each unit its own axis: percent and percentage points never share one', () => {
    expect(layout.sections.map((s) => s.unit)).toEqual(['percent::', 'percentage-points::', 'hours::week', undefined]);
    for (const section of layout.sections) {
      const units = new Set(section.rows.map((row) => nrsp[row.index]!.effectSize?.unit));
      expect(units.size).toBe(1);
    }
    expect(layout.sections.at(-1)!.axis).toBeUndefined();
    expect(layout.sections.flatMap((s) => s.rows).length).toBe(nrsp.length);
  });

  it('uses nice linear axes that include zero and every value', () => {
    for (const section of layout.sections.filter((s) => s.axis)) {
      const axis = section.axis!;
      const [low, high] = axis.domain;
      const values = section.rows.flatMap((row) => {
        const effect = nrsp[row.index]!.effectSize!;
        return [effect.estimate, ...(effect.range ?? [])].filter((v) => v !== undefined);
      });
      expect(low).toBeLessThanOrEqual(Math.min(0, ...values));
      expect(high).toBeGreaterThanOrEqual(Math.max(0, ...values));
      const step = axis.ticks[1]!.value - axis.ticks[0]!.value;
      expect(Math.abs(low / step - Math.round(low / step))).toBeLessThan(1e-9);
      expect(axis.ticks.map((t) => t.value)).toContain(0);
      expect(axis.ticks.find((t) => t.value === 0)!.x).toBeCloseTo(axis.zeroX);
      expect(axis.ticks.every((t) => t.x >= axis.left && t.x <= axis.right)).toBe(true);
    }
  });

  it('places estimates and ranges on the scale of their own section', () => {
    const percent = layout.sections[0]!;
    const axis = percent.axis!;
    const x = (value: number) =>
      axis.ticks[0]!.x +
      ((value - axis.ticks[0]!.value) / (axis.ticks[1]!.value - axis.ticks[0]!.value)) * (axis.ticks[1]!.x - axis.ticks[0]!.x);
    const seven = percent.rows.find((row) => nrsp[row.index]!.effectSize?.estimate === -7)!;
    expect(seven.estimate!.x).toBeCloseTo(x(-7), 1);
    const hazardous = percent.rows.find((row) => nrsp[row.index]!.effectSize?.range)!;
    expect(hazardous.estimate).toBeUndefined();
    expect(hazardous.range!.x1).toBeCloseTo(x(-6), 1);
    expect(hazardous.range!.x2).toBeCloseTo(x(-5), 1);
    expect(axis.ticks.map((t) => t.label.text)).toContain('\u22124');
  });

  it('draws confidence intervals as whiskers around the estimate', () => {
    const [row] = resultsLayout(
      [measured({ effectSize: { estimate: 2, ci: { low: 1, high: 3.5 }, unit: 'percent' }, effectLabel: '+2%' })],
      options,
    ).sections[0]!.rows;
    expect(row!.ci!.x1).toBeLessThan(row!.estimate!.x);
    expect(row!.ci!.x2).toBeGreaterThan(row!.estimate!.x);
    expect(row!.ci!.y).toBe(row!.estimate!.y);
  });

  it('gives a result without an effect size a row with its marker and finding, and no axis position', () => {
    const rows = resultsLayout(imon, options).sections.flatMap((s) => s.rows);
    expect(rows).toHaveLength(imon.length);
    for (const row of rows) {
      expect(row.estimate).toBeUndefined();
      expect(row.range).toBeUndefined();
      expect(row.marker.kind).toBe(imon[row.index]!.change);
      expect(row.marker.tone).toBe(imon[row.index]!.judgement);
      const finding = row.lines
        .filter((l) => l.style === 'finding')
        .map((l) => l.text)
        .join(' ');
      expect(finding).toBe(imon[row.index]!.finding.replace(/\s+/g, ' ').trim());
    }
    // With no effect size anywhere, the rows need no heading of their own.
    expect(resultsLayout(imon, options).sections[0]!.heading).toEqual([]);
    expect(layout.sections.at(-1)!.heading.map((l) => l.text)).toEqual(['Without an effect size']);
  });

  it('explains only the marks the chart shows', () => {
    const legend = resultsLayout(imon, options).legend.items.map((item) => item.key);
    expect(legend).toEqual(['marker-rose', 'marker-no-change', 'tone-favourable', 'tone-not-stated', 'fill-tint', 'fill-hollow']);
    expect(layout.legend.items.map((item) => item.key)).toContain('range');
    expect(layout.legend.items.map((item) => item.key)).not.toContain('ci');
  });

  it('moves plots and findings under the labels on narrow screens', () => {
    const narrow = resultsLayout(nrsp, { ...options, width: 340 });
    expect(narrow.stacked).toBe(true);
    for (const row of narrow.sections.flatMap((s) => s.rows)) {
      const lastLabel = Math.max(...row.lines.filter((l) => l.style !== 'finding').map((l) => l.y));
      if (row.estimate) expect(row.estimate.y - 6).toBeGreaterThan(lastLabel);
      const finding = row.lines.filter((l) => l.style === 'finding');
      if (finding.length) expect(finding[0]!.y).toBeGreaterThan(lastLabel);
    }
  });
});

describe('results of every bundled innovation fit the chart', () => {
  const weight = {
    heading: 'semibold',
    outcome: 'semibold',
    effect: 'semibold',
    group: 'regular',
    summary: 'regular',
    finding: 'regular',
    tick: 'regular',
  } as const;
  const longestOutcome = longest(allOutcomes());
  const contents = [
    ...innovationFiles().map((file) => ({ name: file, results: resultData(innovation(file)) })),
    {
      name: 'the longest outcome',
      results: [
        measured({ outcome: longestOutcome, group: longestOutcome, timing: 'Second endline' }),
        measured({ outcome: longestOutcome, effectSize: { estimate: -3, unit: 'percent' }, effectLabel: longestOutcome }),
      ],
    },
  ];

  for (const width of [960, 760, 480, 320]) {
    it(`at ${width} px`, () => {
      for (const { name, results } of contents) {
        const layout = resultsLayout(results, { ...options, width });
        for (const section of layout.sections) {
          for (const row of section.rows) {
            for (const line of row.lines) {
              const where = `${name}: "${line.text}"`;
              const size = resultsType[line.style].size;
              expect(line.x + textWidth(line.text, size, weight[line.style]), where).toBeLessThanOrEqual(width);
              expect(line.y + size * 0.25, where).toBeLessThanOrEqual(row.top + row.height);
            }
            expect(row.marker.x - 7).toBeGreaterThanOrEqual(0);
          }
          for (const tick of section.axis?.ticks ?? []) {
            const half = textWidth(tick.label.text, resultsType.tick.size) / 2;
            expect(tick.x - half).toBeGreaterThanOrEqual(0);
            expect(tick.x + half).toBeLessThanOrEqual(width);
            expect(tick.label.y).toBeLessThanOrEqual(layout.height);
          }
        }
        for (const item of layout.legend.items) {
          for (const line of item.lines) expect(line.x + textWidth(line.text, 12)).toBeLessThanOrEqual(width);
        }
      }
    });
  }
});

describe('results SVG and table', () => {
  it('draws significance as fill and a missing finding as a dashed or crossed mark', () => {
    const svg = parseXml(
      resultsSvg(
        [
          measured({}),
          measured({ significance: 'not-significant' }),
          measured({ significance: 'not-reported' }),
          { outcome: 'Gone', status: 'not-reported', finding: 'The sources do not say.', summary: 'Result not reported' },
          { outcome: 'Late', status: 'not-measured', finding: 'No endline survey.', summary: 'Not measured' },
        ],
        { ...chart, ...options },
      ),
    );
    // The first mark of each row is its marker; the legend is left out.
    const markers = descendants(svg)
      .filter((e) => e.attributes.class?.startsWith('result-row'))
      .map((row) => row.children.find((e) => e.attributes.class?.startsWith('marker '))!);
    const [significant, notSignificant, notReported, resultNotReported, notMeasured] = markers.map((m) => m.attributes);
    expect(significant!.fill).toBe(significant!.stroke);
    expect(notSignificant!.fill).toBe('#ffffff');
    expect(notReported!['fill-opacity']).toBe('0.3');
    expect(resultNotReported!['stroke-dasharray']).toBeTruthy();
    expect(notMeasured!.fill).toBe('none');
    expect(notMeasured!.class).toContain('marker-not-measured');
  });

  it("lists every result as a row of the table, with the caller's words", () => {
    const table = resultsTable(nrsp.slice(2, 4), {
      header: ['Outcome', 'Group', 'Round', 'Change; judgement; significance', 'Effect', 'Finding'],
    });
    expect(table.header).toHaveLength(6);
    expect(table.rows).toEqual([
      [
        'Child labour (incidence)',
        '',
        '',
        'fell; not-stated; significant',
        '-3.4 percentage-points',
        'Child labour fell significantly, by 3.4 percentage points.',
      ],
      [
        'Hazardous work',
        '',
        '',
        'fell; not-stated; not-reported',
        '-6 to -5 percent',
        'The risk that a child worked in a hazardous occupation fell by 5 to 6%.',
      ],
    ]);
  });

  it('joins one outcome at successive rounds into a line, so two endlines read as one outcome over time', () => {
    const endline = (timing: string, estimate: number) =>
      measured({
        outcome: 'Savings',
        timing,
        effectSize: { estimate, unit: 'percentage-points::' },
        effectLabel: `${estimate} pp`,
      });
    const layout = resultsLayout(
      [
        endline('Endline 1', 2),
        endline('Endline 2', 5),
        measured({ outcome: 'Other', effectSize: { estimate: 1, unit: 'percentage-points::' } }),
      ],
      options,
    );
    const [section] = layout.sections;
    expect(section!.links).toHaveLength(1);
    const [first, second] = section!.rows;
    expect(section!.links[0]).toMatchObject({
      x1: first!.estimate!.x,
      y1: first!.estimate!.y,
      x2: second!.estimate!.x,
      y2: second!.estimate!.y,
    });
    expect(first!.lines.filter((l) => l.style === 'group').map((l) => l.text)).toEqual(['Endline 1']);
  });
});
