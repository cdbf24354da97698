import fc from 'fast-check';
import type { JsonSchema } from '../../../src/lib/content-model/json-schema.ts';
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

const isDate = (schema: JsonSchema) => schema.anyOf?.some((option) => option.format === 'date') ?? false;

function baseArbitrary(schema: JsonSchema, path: string, rules: Rules): fc.Arbitrary<Value> {
  if (isDate(schema)) return partialDate;
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((option) => arbitraryFor(option, path, rules)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, arbitraryFor(asSchema(value), path ? `${path}.${key}` : key, rules)]),
      );
      return fc.record(shape, { requiredKeys: schema.required ?? [] });
    }
    case 'array': {
      if (Array.isArray(schema.items)) return fc.tuple(...schema.items.map((item, index) => arbitraryFor(asSchema(item), `${path}[${index}]`, rules)));
      return fc.array(arbitraryFor(asSchema(schema.items), `${path}[]`, rules), { minLength: schema.minItems ?? 0, maxLength: 3 });
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
  .tuple(fc.integer({ min: 1, max: sourceIds.length }), fc.array(fc.record({ type: fc.constantFrom('journal-article', 'working-paper', 'report', 'factsheet', 'web-page', 'dataset'), title: text, publisher: fc.option(text, { nil: undefined }), url, year: fc.option(year, { nil: undefined }) }), { minLength: sourceIds.length, maxLength: sourceIds.length }))
  .map(([count, details]) => details.slice(0, count).map((detail, index) => ({ id: sourceIds[index], ...withoutUndefined(detail) })));

function withoutUndefined(group: Group): Group {
  return Object.fromEntries(Object.entries(group).filter(([, value]) => value !== undefined));
}

/** A period's end never comes before its start. */
function orderedPeriod(value: Value): Value {
  const period = value as { start: string | number; end?: string | number };
  if (period.end !== undefined && String(period.end) < String(period.start)) return { ...period, start: period.end, end: period.start };
  return period;
}

/** What a result needs, given its status: a measured one a finding, direction and significance; another one a reason. */
function consistentResult(value: Value): Value {
  const result = { ...(value as Group) };
  if ((result['status'] ?? 'measured') === 'measured') {
    delete result['reason'];
    result['finding'] ??= 'A finding.';
    result['direction'] ??= 'positive';
    result['significance'] ??= 'significant';
  } else {
    for (const key of ['direction', 'significance', 'effect']) delete result[key];
    result['reason'] ??= 'A reason.';
  }
  return result;
}

/** An effect gives an estimate or a range, and its range and interval run from low to high. */
function consistentEffect(value: Value): Value {
  const effect = { ...(value as Group) } as Group & { range?: [number, number]; ci?: { low: number; high: number } };
  if (effect['estimate'] === undefined && effect.range === undefined) effect['estimate'] = 0;
  if (effect.range) effect.range = [Math.min(...effect.range), Math.max(...effect.range)] as [number, number];
  if (effect.ci) effect.ci = { ...effect.ci, low: Math.min(effect.ci.low, effect.ci.high), high: Math.max(effect.ci.low, effect.ci.high) };
  return effect;
}

/** The number of survey rounds, when both are given, is the number of rounds listed. */
function consistentStudy(value: Value): Value {
  const study = { ...(value as Group) };
  if (Array.isArray(study['rounds']) && study['survey_rounds'] !== undefined) study['survey_rounds'] = study['rounds'].length;
  return study;
}

/**
 * Fields whose rules the JSON Schema cannot state, by name wherever they are: a country code
 * `Intl` knows, a source reference that resolves, a list of sources with unique ids.
 */
/** ISO 4217 codes, which only code can check. */
const currency = fc.constantFrom('USD', 'NGN', 'XOF', 'EUR', 'VND');
const byName: Record<string, fc.Arbitrary<Value>> = { country, 'countries[]': country, source: sourceRef, sources, currency };

export const mfiRules: Rules = {};

export const innovationRules: Rules = {
  repairs: { 'results[]': consistentResult, 'results[].effect': consistentEffect, study: consistentStudy },
};

export const programmeRules: Rules = {};
