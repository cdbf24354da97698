import { describe, expect, it } from 'vitest';
import { figureSetFor, innovationPeriod } from '../src/lib/mfi-profile.ts';
import type { FigureSet } from '../src/schemas/index.ts';

const sets = (...years: number[]) => years.map((as_of) => ({ as_of }) as FigureSet);
const years = (list: readonly FigureSet[]) => list.map((set) => set.as_of);

describe("the figure set of an innovation's period", () => {
  it('picks the latest set inside the period and keeps the others as context, oldest first', () => {
    const { current, inPeriod, context } = figureSetFor(sets(2008, 2011, 2013, 2005), { start: 2008, end: 2012 });
    expect(current?.as_of).toBe(2011);
    expect(inPeriod).toBe(true);
    expect(years(context)).toEqual([2005, 2008, 2013]);
  });

  it('picks the nearest set when none falls inside the period, and says so', () => {
    const { current, inPeriod, context } = figureSetFor(sets(2003, 2013, 2019), { start: 2009, end: 2011 });
    expect(current?.as_of).toBe(2013);
    expect(inPeriod).toBe(false);
    expect(years(context)).toEqual([2003, 2019]);
  });

  it('prefers the later of two sets equally near', () => {
    expect(figureSetFor(sets(2007, 2013), { start: 2009, end: 2011 }).current?.as_of).toBe(2013);
  });

  it('treats an open-ended period as running on', () => {
    expect(figureSetFor(sets(2008, 2019), { start: 2010, end: undefined }).current?.as_of).toBe(2019);
  });

  it('takes the latest set when the period is unknown, and none when there are no figures', () => {
    expect(figureSetFor(sets(2011, 2019, 2015), undefined)).toMatchObject({ current: { as_of: 2019 }, inPeriod: false });
    expect(figureSetFor([], { start: 2009, end: 2011 })).toEqual({ current: undefined, inPeriod: false, context: [] });
  });

  it("reads the period from the innovation, else from its study's survey rounds, else from its programme", () => {
    const programme = { period: { start: '2008', end: '2012' } };
    expect(innovationPeriod({ period: { start: '2009-03', end: '2011-10' } }, programme)).toEqual({ start: 2009, end: 2011 });
    const study = { rounds: [{ label: 'Baseline', date: '2010-05' }, { label: 'Endline', date: '2012' }, { label: 'Midline' }] };
    expect(innovationPeriod({ study: study as never }, programme)).toEqual({ start: 2010, end: 2012 });
    expect(innovationPeriod({}, programme)).toEqual({ start: 2008, end: 2012 });
    expect(innovationPeriod({})).toBeUndefined();
  });
});

describe('an innovation period without an end', () => {
  it('ends at the last dated survey round, or the study duration after the start', () => {
    const rounds = {
      rounds: [
        { label: 'Baseline', date: '2009-10' },
        { label: 'Endline', date: '2011-06' },
      ],
    };
    expect(innovationPeriod({ period: { start: '2009' }, study: rounds as never })).toEqual({ start: 2009, end: 2011 });
    expect(innovationPeriod({ period: { start: '2009-11' }, study: { duration_months: 30 } as never })).toEqual({
      start: 2009,
      end: 2012,
    });
    expect(innovationPeriod({ period: { start: '2009' } })).toEqual({ start: 2009, end: undefined });
  });
});
