import { describe, expect, it } from 'vitest';
import { useTranslations } from '../src/i18n/index.ts';
import { innovationsOfProgramme } from '../src/lib/programmes.ts';
import { formatters } from '../src/lib/format.ts';
import { sitePath } from '../src/lib/paths.ts';
import { didYouMean } from '../src/lib/validation/suggest.ts';

const f = formatters('en', useTranslations('en'));

describe('formatting for readers', () => {
  it('writes large sums in words and small ones in full', () => {
    expect(f.usd(45_200_000)).toBe('USD 45.2 million');
    expect(f.usd(750)).toBe('USD 750');
  });

  it("keeps the source's qualifiers", () => {
    expect(f.stated({ value: 42500, approximation: 'more-than' })).toBe('more than 42,500');
    expect(f.stated({ value: 15e6, approximation: 'almost' }, f.usd)).toBe('almost USD 15 million');
  });

  it('formats effects with a sign, their unit, ranges and intervals', () => {
    expect(f.effect({ estimate: -3.4, unit: 'percentage-points' })).toBe('\u22123.4 percentage points');
    expect(f.effect({ estimate: 37, unit: 'currency', currency: 'USD', per: 'month' })).toBe('+USD 37 a month');
    expect(f.effect({ estimate: -1200, unit: 'currency', currency: 'PKR' })).toBe('\u2212PKR 1,200');
    expect(f.effect({ estimate: -73, unit: 'minutes', per: 'day' })).toBe('\u221273 minutes a day');
    expect(f.effect({ estimate: 0.12, unit: 'standard-deviations' })).toBe('+0.12 standard deviations');
    expect(f.effect({ estimate: 3, unit: 'count', approximation: 'about' })).toBe('about +3');
    expect(f.effect({ range: [-6, -5], unit: 'percent' })).toBe('\u22126 to \u22125%');
    expect(f.effect({ estimate: -7, unit: 'percent', approximation: 'almost' })).toBe('almost \u22127%');
    expect(
      f.effect({ estimate: 2, unit: 'percent', ci: { low: 1, high: 3, level: 95 }, p_value: { value: 0.01, below: false } }),
    ).toBe('+2% (95% CI 1 to 3; p = 0.01)');
    expect(
      f.effect({
        estimate: -4.2,
        unit: 'percentage-points',
        standard_error: 1.3,
        p_value: { value: 0.01, below: true },
        control_mean: 31.5,
      }),
    ).toBe('\u22124.2 percentage points (SE 1.3; p < 0.01; control mean 31.5)');
  });

  it('writes dates as precisely as they are known', () => {
    expect(f.partialDate('2009')).toBe('2009');
    expect(f.partialDate('2009-03')).toBe('March 2009');
    expect(f.period({ start: '2008-04', end: '2009-02' })).toBe('April 2008 – February 2009');
    // A start without an end says so; "from" is only for a period marked as still running.
    expect(f.period({ start: '2009' })).toBe('2009 – end not reported');
    expect(f.period({ start: '2009', ongoing: true })).toBe('from 2009 (ongoing)');
    expect(f.country('TJ')).toBe('Tajikistan');
  });
});

describe('suggestions and paths', () => {
  it('suggests a near miss and nothing for a far one', () => {
    expect(didYouMean('postive', ['positive', 'negative'])).toBe('positive');
    expect(didYouMean('Child Labour', ['child-labour', 'formalisation'])).toBe('child-labour');
    expect(didYouMean('insurance', ['financial-service', 'package'])).toBeUndefined();
  });

  it('builds links under any base path', () => {
    expect(sitePath('/', 'innovations', 'imon')).toBe('/innovations/imon/');
    expect(sitePath('/briefs', 'mfis')).toBe('/briefs/mfis/');
    expect(sitePath('/briefs/', 'factsheets/imon.pdf')).toBe('/briefs/factsheets/imon.pdf');
    expect(sitePath('/briefs/')).toBe('/briefs/');
  });
});

describe('the innovations of a programme', () => {
  const innovations = [
    { id: 'a', programme: 'global', country: 'KH' },
    { id: 'b', programme: 'global', country: 'PE' },
    { id: 'c', programme: 'other', country: 'KH' },
  ];
  const base = { name: 'n', organisation: 'o', summary: 's', sources: [] } as never;

  it("lists a programme's own innovations", () => {
    expect(innovationsOfProgramme('global', base, innovations).map((i) => i.id)).toEqual(['a', 'b']);
  });

  it("lists the parent's innovations in a regional part's countries", () => {
    const asia = { ...(base as object), part_of: 'global', countries: ['KH', 'VN'] } as never;
    expect(innovationsOfProgramme('asia', asia, innovations).map((i) => i.id)).toEqual(['a']);
  });
});
