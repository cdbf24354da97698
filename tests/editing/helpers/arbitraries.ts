import fc from 'fast-check';
import type { JsonSchema } from '../../../src/lib/content-model/json-schema.ts';
import { countryRegion } from '../../../src/schemas/country.ts';
import { MAX_YEAR, MIN_YEAR, slugPattern } from '../../../src/schemas/primitives.ts';

type Value = unknown;
type Group = Record<string, Value>;

/**
 * Arbitraries for valid content, derived from the JSON Schemas (so a field added to the zod
 * schemas is generated without touching this file). The rules only code states are made to
 * hold by field name (country codes, source references), by shape (a period's order) and, for
 * the rest, by `repairs`: a function applied to what is generated at a path, written like the
 * field reference's paths (`results[].effect`).
 */
export interface Rules {
  repairs?: Record<string, (value: Value) => Value>;
}

/** The ids of the sources every generated file lists, so that any `source:` reference resolves. */
export const sourceIds = ['source-1', 'source-2'] as const;

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter((s) => s.trim() !== '');
const slug = fc.stringMatching(slugPattern, { maxLength: 20 }).filter((s) => s.length <= 40);
const url = fc.constantFrom('https://example.org/', 'http://example.org/a/b?c=d', 'https://sub.example.net/report.pdf#page=3');
const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });
const pad = (n: number) => String(n).padStart(2, '0');
/** A date as precise as a source gives it, in each form YAML can carry it. */
const partialDate = fc.oneof(
  year,
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
);

/** The last step of a path: `source` for `results[].source`, `countries[]` for an item of `countries`. */
const lastStep = (path: string) => /[a-z_]+(?:\[\])?$/.exec(path)?.[0] ?? '';

export function arbitraryFor(schema: JsonSchema, path: string, rules: Rules): fc.Arbitrary<Value> {
  const override = byName[lastStep(path)];
  if (override) return override;
  let generated = baseArbitrary(schema, path, rules);
  // Wherever a period is, its end comes after its start.
  const { start, end } = schema.properties ?? {};
  if (start && end && isDate(start as JsonSchema) && isDate(end as JsonSchema)) generated = generated.map(orderedPeriod);
  const repair = rules.repairs?.[path];
  return repair ? generated.map(repair) : generated;
}

const asSchema = (value: unknown): JsonSchema => (value !== null && typeof value === 'object' ? (value as JsonSchema) : {});

/** A partial date: text in the date pattern, or a year from MIN_YEAR. */
const isDate = (schema: JsonSchema) =>
  schema.anyOf?.some((option) => option.type === 'integer' && option.minimum === MIN_YEAR) ?? false;

function baseArbitrary(schema: JsonSchema, path: string, rules: Rules): fc.Arbitrary<Value> {
  if (isDate(schema)) return partialDate;
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((option) => arbitraryFor(option, path, rules)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [
          key,
          arbitraryFor(asSchema(value), path ? `${path}.${key}` : key, rules),
        ]),
      );
      return fc.record(shape, { requiredKeys: schema.required ?? [] });
    }
    case 'array': {
      if (Array.isArray(schema.items))
        return fc.tuple(...schema.items.map((item, index) => arbitraryFor(asSchema(item), `${path}[${index}]`, rules)));
      return fc.array(arbitraryFor(asSchema(schema.items), `${path}[]`, rules), {
        minLength: schema.minItems ?? 0,
        maxLength: 3,
      });
    }
    case 'string':
      if (schema.format === 'uri') return url;
      if (schema.pattern === slugPattern.source) return slug;
      return text;
    case 'integer':
      if (schema.minimum === MIN_YEAR) return year;
      return fc.integer({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e9 });
    case 'number':
      return fc.double({
        min: schema.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : -1e9),
        max: schema.maximum ?? (typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : 1e9),
        minExcluded: typeof schema.exclusiveMinimum === 'number',
        maxExcluded: typeof schema.exclusiveMaximum === 'number',
        noNaN: true,
        noDefaultInfinity: true,
      });
    default:
      throw new Error(`no arbitrary for ${path}: ${JSON.stringify(schema)}`);
  }
}

const country = fc.constantFrom('TJ', 'KE', 'PE', 'KH', 'IN', 'NG', 'BF', 'ML');
const sourceRef = fc.constantFrom(...sourceIds);
const sources = fc
  .tuple(
    fc.integer({ min: 1, max: sourceIds.length }),
    fc.array(
      fc.record({
        type: fc.constantFrom('journal-article', 'working-paper', 'report', 'factsheet', 'web-page', 'dataset'),
        title: text,
        publisher: fc.option(text, { nil: undefined }),
        url,
        year: fc.option(year, { nil: undefined }),
      }),
      { minLength: sourceIds.length, maxLength: sourceIds.length },
    ),
  )
  .map(([count, details]) =>
    details.slice(0, count).map((detail, index) => ({ id: sourceIds[index], ...withoutUndefined(detail) })),
  );

function withoutUndefined(group: Group): Group {
  return Object.fromEntries(Object.entries(group).filter(([, value]) => value !== undefined));
}

/** A period's end never comes before its start, and an ongoing one has no end. */
function orderedPeriod(value: Value): Value {
  const period = { ...(value as { start: string | number; end?: string | number; ongoing?: true }) };
  if (period.end !== undefined) delete period.ongoing;
  if (period.end !== undefined && String(period.end) < String(period.start))
    return { ...period, start: period.end, end: period.start };
  return period;
}

/**
 * What a result needs, given its status: a measured one a finding, both facts (change and
 * judgement), a significance unless a p-value gives it, and a source (the file may list two);
 * another one a reason.
 */
function consistentResult(value: Value): Value {
  const result = { ...(value as Group) };
  if ((result['status'] ?? 'measured') === 'measured') {
    delete result['reason'];
    result['finding'] ??= 'A finding.';
    result['change'] ??= 'rose';
    result['judgement'] ??= 'not-stated';
    result['source'] ??= sourceIds[0];
    // A p-value decides the significance; a typed one could contradict it.
    if ((result['effect'] as Group | undefined)?.['p_value'] !== undefined) delete result['significance'];
    else result['significance'] ??= 'significant';
  } else {
    for (const key of ['change', 'judgement', 'significance', 'effect']) delete result[key];
    result['reason'] ??= 'A reason.';
  }
  return result;
}

/** Units a rate period goes with; only a currency takes a currency code. */
const rateUnits = ['currency', 'count', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'];

/** An effect gives an estimate or a range, and its range and interval run from low to high. */
function consistentEffect(value: Value): Value {
  const effect = { ...(value as Group) } as Group & { range?: [number, number]; ci?: { low: number; high: number } };
  if (effect['estimate'] === undefined && effect.range === undefined) effect['estimate'] = 0;
  if (effect['unit'] === 'currency') effect['currency'] ??= 'USD';
  else delete effect['currency'];
  if (!rateUnits.includes(effect['unit'] as string)) delete effect['per'];
  if (effect.range) effect.range = [Math.min(...effect.range), Math.max(...effect.range)] as [number, number];
  if (effect.ci)
    effect.ci = { ...effect.ci, low: Math.min(effect.ci.low, effect.ci.high), high: Math.max(effect.ci.low, effect.ci.high) };
  return effect;
}

/** The number of survey rounds, when both are given, is the number of rounds listed. */
function consistentStudy(value: Value): Value {
  const study = { ...(value as Group) };
  if (Array.isArray(study['rounds'])) {
    const rounds = (study['rounds'] as Group[]).map((round, index) => ({ ...round, id: `round-${index + 1}` }));
    study['rounds'] = rounds;
    if (study['survey_rounds'] !== undefined) study['survey_rounds'] = rounds.length;
  }
  const assignment = study['assignment'] as
    | { total?: number | { value: number }; treated?: number | { value: number } }
    | undefined;
  const count = (n: number | { value: number } | undefined) => (typeof n === 'number' ? n : n?.value);
  if (
    assignment?.total !== undefined &&
    assignment.treated !== undefined &&
    count(assignment.treated)! > count(assignment.total)!
  ) {
    study['assignment'] = { ...assignment, total: assignment.treated, treated: assignment.total };
  }
  return study;
}

/** A result's round is one the study lists (or none, when it lists none). */
function consistentInnovation(value: Value): Value {
  const innovation = { ...(value as Group) };
  const rounds = ((innovation['study'] as Group | undefined)?.['rounds'] as Group[] | undefined) ?? [];
  innovation['results'] = (innovation['results'] as Group[]).map((result) => {
    const { round: _, ...rest } = result;
    return rounds.length ? { ...rest, round: rounds[0]!['id'] } : rest;
  });
  return innovation;
}

const pValue = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('< 0.01', '<0.05', '< 0.1', '≤ 0.001'));

/**
 * Fields whose rules the JSON Schema cannot state, by name wherever they are: a country code
 * `Intl` knows, a source reference that resolves, a list of sources with unique ids, a p-value
 * or a threshold in words the pattern accepts.
 */
/** ISO 4217 codes, which only code can check. */
const currency = fc.constantFrom('USD', 'NGN', 'XOF', 'EUR', 'VND');
const byName: Record<string, fc.Arbitrary<Value>> = {
  country,
  'countries[]': country,
  source: sourceRef,
  sources,
  currency,
  p_value: pValue,
};

/** An institution's region is its country's. */
function regionOfCountry(value: Value): Value {
  const mfi = value as Group & { country: string };
  return { ...mfi, region: countryRegion(mfi.country) };
}

export const mfiRules: Rules = { repairs: { '': regionOfCountry } };

export const innovationRules: Rules = {
  repairs: {
    '': consistentInnovation,
    'results[]': consistentResult,
    'results[].effect': consistentEffect,
    study: consistentStudy,
  },
};

export const programmeRules: Rules = {};
