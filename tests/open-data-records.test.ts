import { describe, expect, it } from 'vitest';
import { briefMfiFigures, innovationRecord } from '../src/lib/open-data-records.ts';
import { mfiSchema } from '../src/schemas/index.ts';
import type { Innovation } from '../src/schemas/index.ts';

const source = (id: string) => ({ id, type: 'report' as const, title: `Report ${id}`, url: `https://example.org/${id}` });
const mfi = mfiSchema.parse({
  name: 'Example Bank',
  country: 'KE',
  region: 'africa',
  figures: [
    { as_of: 2014, source: 'annual-2014', active_borrowers: 9000 },
    {
      as_of: 2010,
      source: 'annual-2010',
      active_borrowers: 5000,
      other_figures: [{ label: 'Average loan', value: 94.3, unit: 'EUR', year: 2009, source: 'rating', note: 'From a rating.' }],
      note: 'Borrowers at the end of the year.',
    },
  ],
  sources: [source('annual-2010'), source('unused'), source('rating'), source('annual-2014')],
});
const innovation = { period: { start: '2009', end: '2011' } } as Innovation;

describe("an innovation's record in the open data", () => {
  it("holds the institution's figures that the brief shows, further figures, notes and cited sources included", () => {
    const figures = briefMfiFigures(innovation, mfi, undefined)!;
    expect(figures.profile).toEqual(mfi.figures![1]);
    expect(figures.profile.other_figures).toEqual([
      { label: 'Average loan', value: { value: 94.3 }, unit: 'EUR', year: 2009, source: 'rating', note: 'From a rating.' },
    ]);
    expect(figures.in_period).toBe(true);
    expect(figures.other_years).toEqual([mfi.figures![0]]);
    // Every source id in the sets resolves in the record's own list; no other source is there.
    expect(figures.sources.map((s) => s.id)).toEqual(['annual-2010', 'rating', 'annual-2014']);
  });

  it("says when the figures come from outside the innovation's period, and has none for an institution without figures", () => {
    const later = { period: { start: '2016', end: '2017' } } as Innovation;
    expect(briefMfiFigures(later, mfi, undefined)).toMatchObject({ profile: { as_of: 2014 }, in_period: false });
    expect(briefMfiFigures(innovation, { ...mfi, figures: undefined }, undefined)).toBeUndefined();
  });

  it('adds them to the content fields, as mfi_figures', () => {
    const figures = briefMfiFigures(innovation, mfi, undefined);
    const record = JSON.parse(
      JSON.stringify(innovationRecord('x', { title: 'X' } as Innovation, 'https://example.org/innovations/x/', '', figures)),
    );
    expect(record).toEqual({ id: 'x', url: 'https://example.org/innovations/x/', title: 'X', mfi_figures: figures });
  });
});
