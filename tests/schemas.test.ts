import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mfiSchema, siteSchema } from '../src/schemas/index.ts';
import { countryRegion, isCountryCode, suggestCountryCode } from '../src/schemas/country.ts';
import { bundledSchemas } from './helpers/taxonomy.ts';

const { innovations: innovationSchema, programmes: programmeSchema } = bundledSchemas;
import { partialDate } from '../src/schemas/primitives.ts';

const readYaml = async (path: string) => parse(await readFile(path, 'utf8'));
const frontmatter = async (path: string) => parse((await readFile(path, 'utf8')).split(/^---$/m)[1]!);

const imonMfi = await readYaml('content/mfis/imon-international.yaml');
const imonInnovation = await frontmatter('content/innovations/imon-womens-entrepreneurship.mdx');

/** The codes of the issues a schema raises for `data`, with their paths. */
function issues(
  schema: { safeParse(data: unknown): { success: boolean; error?: { issues: { code: string; path: PropertyKey[] }[] } } },
  data: unknown,
) {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((i) => `${i.code} ${i.path.join('.')}`);
}

describe('the schemas accept the bundled content', () => {
  it('accepts the site settings, the IMON profile, its innovation and the MF4DW programme', async () => {
    expect(issues(siteSchema, await readYaml('content/site.yaml'))).toEqual([]);
    expect(issues(mfiSchema, imonMfi)).toEqual([]);
    expect(issues(innovationSchema, imonInnovation)).toEqual([]);
    expect(issues(programmeSchema, await frontmatter('content/programmes/mf4dw.mdx'))).toEqual([]);
  });

  it('normalises shorthand numbers and dates to one shape', () => {
    const mfi = mfiSchema.parse(imonMfi);
    expect(mfi.figures?.[0]?.active_borrowers).toEqual({ value: 42503 });
    expect(mfi.figures?.find((f) => f.as_of === 2013)?.clients).toEqual({ value: 42500, approximation: 'more-than' });
    expect(partialDate.parse(2009)).toBe('2009');
    expect(partialDate.parse(new Date(Date.UTC(2010, 9, 27)))).toBe('2010-10-27');
    expect(partialDate.parse('2009-03')).toBe('2009-03');
  });
});

describe('the schemas reject bad input', () => {
  const withFigure = (figure: Record<string, unknown>) => ({ ...imonMfi, figures: [{ as_of: 2011, ...figure }] });

  it('rejects unknown keys, at any depth', () => {
    expect(issues(mfiSchema, { ...imonMfi, mision: 'x' })).toEqual(['unrecognized_keys ']);
    expect(issues(mfiSchema, withFigure({ borrowers: 3 }))).toEqual(['unrecognized_keys figures.0']);
  });

  it('keeps percentages within 0-100 and counts non-negative whole numbers', () => {
    expect(issues(mfiSchema, withFigure({ women_borrowers_pct: 100.5 }))).toHaveLength(1);
    expect(issues(mfiSchema, withFigure({ women_borrowers_pct: -1 }))).toHaveLength(1);
    expect(issues(mfiSchema, withFigure({ women_borrowers_pct: 100 }))).toEqual([]);
    expect(issues(mfiSchema, withFigure({ active_borrowers: -1 }))).toHaveLength(1);
    expect(issues(mfiSchema, withFigure({ offices: 1.5 }))).toHaveLength(1);
  });

  it('keeps years within 1970 to next year', () => {
    const next = new Date().getUTCFullYear() + 1;
    expect(issues(mfiSchema, withFigure({ as_of: 1969 }))).toEqual(['too_small figures.0.as_of']);
    expect(issues(mfiSchema, withFigure({ as_of: next + 1 }))).toEqual(['too_big figures.0.as_of']);
    expect(issues(mfiSchema, withFigure({ as_of: next }))).toEqual([]);
    expect(partialDate.safeParse('1960-01').success).toBe(false);
    expect(partialDate.safeParse('2009-13').success).toBe(false);
  });

  it('accepts only http(s) URLs', () => {
    for (const url of ['ftp://example.org', 'javascript:alert(1)', 'www.imon.tj']) {
      expect(issues(mfiSchema, { ...imonMfi, website: url })).toEqual(['invalid_format website']);
    }
  });

  it('accepts only current ISO 3166-1 alpha-2 country codes', () => {
    for (const code of ['TJ', 'GB', 'CD', 'CG', 'TR', 'MK', 'SS']) expect(isCountryCode(code), code).toBe(true);
    for (const code of ['tj', 'TJK', 'XX', 'ZZ', 'EU', 'QO', 'XK', 'UK', 'SU', 'YU', 'DD', 'ZR'])
      expect(isCountryCode(code), code).toBe(false);
    expect(['UK', 'SU', 'YU', 'ZR', 'tj', 'XX'].map(suggestCountryCode)).toEqual(['GB', 'RU', 'RS', 'CD', 'TJ', undefined]);
  });

  it('gives each country its region, from the UN geoscheme', () => {
    const regions = Object.fromEntries(
      ['TJ', 'KE', 'MA', 'TR', 'PE', 'HN', 'US', 'IN', 'KH', 'CN', 'FR', 'FJ'].map((code) => [code, countryRegion(code)]),
    );
    expect(regions).toEqual({
      TJ: 'central-asia',
      KE: 'africa',
      MA: 'middle-east-north-africa',
      TR: 'middle-east-north-africa',
      PE: 'latin-america-caribbean',
      HN: 'latin-america-caribbean',
      US: 'north-america',
      IN: 'south-asia',
      KH: 'south-east-asia',
      CN: 'east-asia',
      FR: 'europe',
      FJ: 'oceania',
    });
  });

  it('requires a change, a judgement and a significance for measured results and a reason for unmeasured ones', () => {
    const result = (r: Record<string, unknown>) => ({
      ...imonInnovation,
      results: [{ domain: 'income', source: 'ilo-factsheet', ...r }],
    });
    expect(issues(innovationSchema, result({ outcome: 'x', finding: 'y' }))).toEqual([
      'custom results.0.change',
      'custom results.0.judgement',
      'custom results.0.significance',
    ]);
    // A p-value stands in for a typed significance; the two facts never stand in for each other.
    expect(
      issues(
        innovationSchema,
        result({ outcome: 'x', finding: 'y', change: 'fell', effect: { estimate: -2, unit: 'percent', p_value: '< 0.05' } }),
      ),
    ).toEqual(['custom results.0.judgement']);
    expect(
      issues(innovationSchema, result({ outcome: 'x', status: 'not-measured', reason: 'no endline', change: 'rose' })),
    ).toEqual(['custom results.0.change']);
    expect(issues(innovationSchema, result({ outcome: 'x', status: 'not-measured' }))).toEqual(['custom results.0.reason']);
    expect(issues(innovationSchema, result({ outcome: 'x', status: 'not-measured', reason: 'no endline' }))).toEqual([]);
    expect(issues(innovationSchema, { ...imonInnovation, results: [] })).toEqual(['too_small results']);
  });

  it('requires at least one source, with unique ids', () => {
    expect(issues(innovationSchema, { ...imonInnovation, sources: [] })).toEqual(['too_small sources']);
    const [first] = imonInnovation.sources;
    expect(issues(innovationSchema, { ...imonInnovation, sources: [first, first] })).toEqual(['custom sources.1.id']);
  });

  it('rejects an effect size without a number, and an inverted interval', () => {
    const effect = (e: Record<string, unknown>) => ({
      ...imonInnovation,
      results: [
        {
          outcome: 'x',
          domain: 'income',
          finding: 'y',
          change: 'rose',
          judgement: 'favourable',
          significance: 'significant',
          source: 'ilo-factsheet',
          effect: e,
        },
      ],
    });
    expect(issues(innovationSchema, effect({ unit: 'percent' }))).toEqual(['custom results.0.effect']);
    expect(issues(innovationSchema, effect({ estimate: 2, unit: 'percent', ci: { low: 3, high: 1 } }))).toEqual([
      'custom results.0.effect.ci.low',
    ]);
  });
});
