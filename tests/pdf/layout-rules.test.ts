import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Factsheet } from '../../src/lib/factsheet.ts';
import { balancingBreak } from '../../src/lib/pdf/balance.ts';
import { fitToPages, omissions, shortenings } from '../../src/lib/pdf/fit.ts';
import type { FactsheetDraft, Shortening } from '../../src/lib/pdf/input.ts';
import type { Block } from '../../src/lib/pdf/markdown.ts';
import type { FlowMark, Layout } from '../../src/lib/pdf/typst.ts';

const paragraph: Block = { kind: 'paragraph', spans: [] };
const heading: Block = { kind: 'heading', spans: [] };

function draft(narrative: Block[], contextFigures = 1, gaps = 1): FactsheetDraft {
  const sheet = {
    contextFigures: Array.from({ length: contextFigures }, (_, year) => ({ year, rows: [], note: undefined, source: undefined })),
    completeness: Array.from({ length: gaps }, (_, index) => `Gap ${index}.`),
  } as unknown as Factsheet;
  return {
    id: 'x',
    file: 'content/innovations/x.mdx',
    webUrl: 'https://example.org/innovations/x/',
    sheet,
    narrative,
    charts: { resultsChain: '', resultsChainAlt: '', resultMarkers: [] },
  };
}

/** A stand-in for Typst: the page count as a function of what is shown. */
const typesetting =
  (pages: (s: Shortening) => number) =>
  (s: Shortening): Layout => ({ pages: pages(s), marks: [] });

describe('the two-page rule', () => {
  it('cuts figures from other years, then the source list, then what the record lacks, then the narrative from its end', () => {
    const full = draft([heading, paragraph, paragraph, heading, paragraph]);
    const steps = [...shortenings(full)];
    expect(steps).toEqual([
      { contextFigures: true, sourceList: true, completeness: true, narrativeBlocks: 5 },
      { contextFigures: false, sourceList: true, completeness: true, narrativeBlocks: 5 },
      { contextFigures: false, sourceList: false, completeness: true, narrativeBlocks: 5 },
      { contextFigures: false, sourceList: false, completeness: false, narrativeBlocks: 5 },
      // 4 would end on a heading without its text, so it is skipped.
      { contextFigures: false, sourceList: false, completeness: false, narrativeBlocks: 3 },
      { contextFigures: false, sourceList: false, completeness: false, narrativeBlocks: 2 },
      { contextFigures: false, sourceList: false, completeness: false, narrativeBlocks: 0 },
    ]);
    expect(omissions(full, steps[3]!)).toEqual(['figures from other years', 'the source list', 'what the record lacks']);
  });

  it('has no step that cuts a part the factsheet does not have', () => {
    const steps = [...shortenings(draft([paragraph], 0, 0))];
    expect(steps).toEqual([
      { contextFigures: true, sourceList: true, completeness: true, narrativeBlocks: 1 },
      { contextFigures: true, sourceList: false, completeness: true, narrativeBlocks: 1 },
      { contextFigures: true, sourceList: false, completeness: true, narrativeBlocks: 0 },
    ]);
  });

  it('puts back what the record lacks before the source list, when only one of them fits', () => {
    const long = draft([paragraph, paragraph]);
    // Two pages only once a narrative block goes, and then with room for one of the two lists.
    const fitted = fitToPages(
      long,
      typesetting((s) => (s.narrativeBlocks > 1 || (s.sourceList && s.completeness) ? 3 : 2)),
    );
    // The figures from other years do not matter here, so they come back too.
    expect(fitted.shortening).toEqual({ contextFigures: true, sourceList: false, completeness: true, narrativeBlocks: 1 });
    expect(omissions(long, fitted.shortening)).toEqual(['the source list', '1 of 2 narrative blocks']);
  });

  it('stops at the first shortening that fits, and puts back what then fits again', () => {
    const long = draft([paragraph, paragraph, paragraph, paragraph]);
    // Three pages with more than two narrative blocks; the source list alone never matters.
    const fitted = fitToPages(
      long,
      typesetting((s) => (s.narrativeBlocks > 2 ? 3 : 2)),
    );
    expect(fitted.shortening).toEqual({ contextFigures: true, sourceList: true, completeness: true, narrativeBlocks: 2 });
    expect(omissions(long, fitted.shortening)).toEqual(['2 of 4 narrative blocks']);
  });

  it('leaves the full factsheet alone when it fits', () => {
    const short = draft([paragraph]);
    expect(
      fitToPages(
        short,
        typesetting(() => 2),
      ).shortening,
    ).toEqual({ contextFigures: true, sourceList: true, completeness: true, narrativeBlocks: 1 });
  });

  it('keeps the longest narrative that fits, by bisection rather than one block at a time', () => {
    const long = draft(Array.from({ length: 40 }, () => paragraph));
    let typesettings = 0;
    const fitted = fitToPages(long, (s) => {
      typesettings++;
      return { pages: s.narrativeBlocks > 25 ? 3 : 2, marks: [] };
    });
    expect(fitted.shortening).toEqual({ contextFigures: true, sourceList: true, completeness: true, narrativeBlocks: 25 });
    // The four parts, about log2(40) cuts, then the three parts put back; one block at a time took 22.
    expect(typesettings).toBeLessThanOrEqual(14);
  });

  it('finds the same cut as trying every cut in turn, whenever less narrative takes no more pages', () => {
    const block = fc.constantFrom(paragraph, heading);
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 30 }), fc.nat(31), (narrative, fitting) => {
        // Two pages once at most `fitting` blocks remain, whatever else is shown.
        const pages = (s: Shortening) => (s.narrativeBlocks > fitting ? 3 : 2);
        const long = draft(narrative);
        // The shortest cut keeps no block, so one always fits.
        const inTurn = [...shortenings(long)].find((s) => pages(s) <= 2)!;
        expect(fitToPages(long, typesetting(pages)).shortening).toEqual({
          contextFigures: true,
          sourceList: true,
          completeness: true,
          narrativeBlocks: inTurn.narrativeBlocks,
        });
      }),
    );
  });

  it('is an error, naming the file, when even the shortest factsheet is too long', () => {
    expect(() =>
      fitToPages(
        draft([paragraph]),
        typesetting(() => 3),
      ),
    ).toThrow(/^content\/innovations\/x\.mdx: the factsheet takes 3 pages/);
  });
});

describe('balancing the last page', () => {
  const mark = (id: string, x: number, y: number, page = 2): FlowMark => ({ id, page, x, y });

  it('breaks the column near the middle of the text when the second column is empty', () => {
    const marks = [
      mark('results', 40, 100),
      mark('result-1', 40, 200),
      mark('recommendations', 40, 300),
      mark('sources', 40, 400),
      mark('end', 40, 500),
    ];
    expect(balancingBreak(marks, 2)).toBe('recommendations');
  });

  it('leaves a page whose columns are already about even', () => {
    const marks = [mark('results', 40, 100), mark('sources', 40, 500), mark('source-3', 307, 100), mark('end', 307, 760)];
    expect(balancingBreak(marks, 2)).toBeUndefined();
  });

  it('only looks at the last page', () => {
    expect(balancingBreak([mark('results', 40, 100, 1), mark('end', 40, 500, 1)], 2)).toBeUndefined();
  });
});
