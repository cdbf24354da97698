import { z } from 'astro/zod';
import { nonEmptyText, slug, sourceRef } from './primitives.ts';
import type { Vocabulary } from './taxonomy.ts';
import {
  approximations,
  changes,
  currencyCodes,
  effectUnits,
  judgements,
  ratePeriods,
  resultStatuses,
  significances,
} from './vocabulary.ts';

const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** "< 0.01", "<0.05", "≤ 0.1": a threshold the source gives instead of an exact p-value. */
const pThresholdPattern = /^\s*(?:<|≤|<=)\s*(\d*\.?\d+)\s*$/;

/**
 * A p-value (`0.003`) or a threshold (`"< 0.01"`), both normalised to `{ value, below }`:
 * `below: true` means the source says only that p is below `value`.
 */
export const pValue = z
  .union([z.number(), z.string()])
  .transform((input, ctx) => {
    if (typeof input === 'number') {
      if (input < 0 || input > 1) {
        ctx.addIssue({
          code: 'custom',
          message: 'a p-value must be between 0 and 1',
          params: { expected: 'a number from 0 to 1' },
        });
        return z.NEVER;
      }
      return { value: input, below: false };
    }
    const match = pThresholdPattern.exec(input);
    const value = match ? Number(match[1]) : NaN;
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: 'not a p-value or threshold',
        params: { expected: 'a number such as 0.003, or a threshold in quotes such as "< 0.01"' },
      });
      return z.NEVER;
    }
    if (!(value > 0 && value < 1)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a p threshold must lie strictly between 0 and 1',
        params: { expected: 'a threshold such as "< 0.01", "< 0.05" or "< 0.1"' },
      });
      return z.NEVER;
    }
    return { value, below: true };
  })
  .meta({
    description: 'The p-value (e.g. 0.003), or the threshold the source gives (e.g. "< 0.01").',
    anyOf: [
      { type: 'number', minimum: 0, maximum: 1 },
      { type: 'string', pattern: pThresholdPattern.source.replace('(\\d*\\.?\\d+)', '(0?\\.\\d*[1-9]\\d*)') },
    ],
  });

export type PValue = z.output<typeof pValue>;

/** Units that a rate period (`per`) makes sense for: sums, counts and times, not shares. */
const rateUnits: readonly string[] = ['currency', 'count', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'];

export const effectSchema = z
  .strictObject({
    estimate: z.number().optional().describe('The point estimate, in `unit` (negative for a fall).'),
    range: z
      .tuple([z.number(), z.number()])
      .optional()
      .describe('When the source gives a range instead of one number, e.g. [-6, -5] for "5-6% lower".'),
    approximation: z
      .enum(approximations)
      .optional()
      .describe('How the source qualifies the number: about, almost, more-than or less-than.'),
    unit: z
      .enum(effectUnits)
      .describe(
        'The unit: percent (a relative change), percentage-points, standard-deviations, currency (with `currency`), count, or a time (minutes ... years).',
      ),
    currency: z
      .enum(currencyCodes as [string, ...string[]])
      .optional()
      .describe('The ISO 4217 code of the currency, e.g. USD; required when the unit is currency.'),
    per: z.enum(ratePeriods).optional().describe('For a rate, the period: "USD 37 a month" is unit currency, per month.'),
    standard_error: z.number().nonnegative().optional().describe('The standard error of the estimate, in `unit`.'),
    ci: z
      .strictObject({
        low: z.number().describe('Lower bound.'),
        high: z.number().describe('Upper bound.'),
        level: z.number().gt(0).lt(100).default(95).describe('Confidence level in percent (default 95).'),
      })
      .optional()
      .describe('Confidence interval, where the source gives one.'),
    p_value: pValue.optional(),
    control_mean: z
      .number()
      .optional()
      .describe("The mean of the outcome in the control group or at baseline, in the outcome's own unit."),
  })
  .superRefine((effect, ctx) => {
    if (effect.estimate === undefined && effect.range === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'give an estimate or a range',
        path: [],
        params: { expected: 'estimate: <number> or range: [low, high]' },
      });
    }
    if (effect.range && effect.range[0] > effect.range[1]) {
      ctx.addIssue({
        code: 'custom',
        message: 'range must be [low, high]',
        path: ['range'],
        params: { expected: `[${effect.range[1]}, ${effect.range[0]}]` },
      });
    }
    if (effect.ci && effect.ci.low > effect.ci.high) {
      ctx.addIssue({
        code: 'custom',
        message: `ci.low (${effect.ci.low}) is above ci.high (${effect.ci.high})`,
        path: ['ci', 'low'],
        params: { expected: `a number ≤ ${effect.ci.high}` },
      });
    }
    if (effect.unit === 'currency' && effect.currency === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'required when the unit is currency',
        path: ['currency'],
        params: { expected: 'an ISO 4217 code such as USD, EUR, INR, PKR' },
      });
    }
    if (effect.unit !== 'currency' && effect.currency !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `only for an effect in a currency (the unit is ${effect.unit})`,
        path: ['currency'],
        params: { expected: 'unit: currency, or no currency' },
      });
    }
    if (effect.per !== undefined && !rateUnits.includes(effect.unit)) {
      ctx.addIssue({
        code: 'custom',
        message: `a ${effect.unit} effect is not a rate`,
        path: ['per'],
        params: { expected: `per only with a unit that is ${oneOf(rateUnits)}` },
      });
    }
  })
  .meta({
    description: 'The size of the effect, as the evaluation reports it.',
    allOf: [
      {
        if: { properties: { unit: { const: 'currency' } }, required: ['unit'] },
        then: { required: ['currency'] },
        else: { not: { required: ['currency'] } },
      },
      { anyOf: [{ required: ['estimate'] }, { required: ['range'] }] },
      {
        if: { properties: { unit: { enum: ['percent', 'percentage-points', 'standard-deviations'] } }, required: ['unit'] },
        then: { not: { required: ['per'] } },
      },
    ],
  });

/** The p threshold a p-value meets, strictest first: 0.01, 0.05, 0.1; undefined if none. */
export function significanceLevel(p: PValue): number | undefined {
  return [0.01, 0.05, 0.1].find((level) => (p.below ? p.value <= level : p.value < level));
}

/** What a p-value says about significance: at 10% or stricter, or not significant. */
export function significanceFromP(p: PValue): 'significant' | 'not-significant' | undefined {
  if (significanceLevel(p) !== undefined) return 'significant';
  // "p < 0.5" says nothing either way; only an exact p of 0.1 or more means not significant.
  return p.below ? undefined : 'not-significant';
}

const measuredOnly = ['change', 'judgement', 'significance', 'effect'] as const;

/**
 * One finding of the impact study. A measured result states two facts that are never inferred
 * from each other: what the outcome did (`change`) and how the source judges that for clients
 * (`judgement`). A result can also be explicitly not measured (the study could not estimate
 * it), or not reported (studied, but no reachable source gives the finding); both carry the
 * reason, so that a missing result is never mistaken for "no effect".
 */
/** The result schema; its outcome domains come from the site's taxonomy (content/taxonomies/outcome-domains.yaml). */
export const createResultSchema = (outcomeDomains: Vocabulary) =>
  z
    .strictObject({
      outcome: nonEmptyText.describe('What was measured, e.g. "Self-employment".'),
      domain: z
        .enum(outcomeDomains.ids)
        .describe(`The ${outcomeDomains.name.toLowerCase()} it belongs to (the column of the evidence map).`),
      group: nonEmptyText.optional().describe('The subgroup it describes, if not all clients, e.g. "girls".'),
      round: slug.optional().describe('The survey round it was measured at: the `id` of one of `study.rounds`.'),
      months_since_start: z
        .number()
        .nonnegative()
        .optional()
        .describe(
          'When it was measured, in months since the innovation started, where the source gives that instead of a round.',
        ),
      status: z
        .enum(resultStatuses)
        .default('measured')
        .describe(
          '"not-measured" when the study could not estimate this outcome; "not-reported" when it was studied but no source at hand gives the result. Both need a reason.',
        ),
      finding: nonEmptyText.optional().describe('The finding in plain words. Required when measured.'),
      change: z
        .enum(changes)
        .optional()
        .describe(
          'What the outcome did: rose, fell, no-change, mixed (some of each) or inconclusive (the source cannot tell, or does not say, which way it moved). Required when measured.',
        ),
      judgement: z
        .enum(judgements)
        .optional()
        .describe(
          'How the source judges the change for clients: favourable, unfavourable, neither, or not-stated where the source does not say. Never inferred from the change. Required when measured.',
        ),
      significance: z
        .enum(significances)
        .optional()
        .describe(
          'Whether the source reports the effect as statistically significant. Required when measured, unless effect.p_value gives it.',
        ),
      effect: effectSchema.optional(),
      reason: nonEmptyText
        .optional()
        .describe('Why there is no finding: required when the status is not-measured or not-reported.'),
      source: sourceRef
        .optional()
        .describe(
          "The id of the source (in this file's `sources`) this comes from; may be left out only when the file lists exactly one source.",
        ),
    })
    .superRefine((result, ctx) => {
      const expected: Partial<Record<keyof typeof result, string>> = {
        finding: 'the finding in plain words',
        change: oneOf(changes),
        judgement: oneOf(judgements),
        significance: `${oneOf(significances)}, or effect.p_value`,
        reason: 'why there is no finding, in plain words',
      };
      const fromP = result.effect?.p_value && significanceFromP(result.effect.p_value);
      const required: (keyof typeof result)[] =
        result.status === 'measured'
          ? ['finding', 'change', 'judgement', ...(fromP ? [] : (['significance'] as const))]
          : ['reason'];
      const forbidden: (keyof typeof result)[] = result.status === 'measured' ? ['reason'] : [...measuredOnly];
      for (const key of required) {
        if (result[key] !== undefined) continue;
        const message =
          key === 'judgement' && result.change !== undefined
            ? `required with change "${result.change}": how the source judges it for clients (not-stated where the source does not say)`
            : `required when status is ${result.status}`;
        ctx.addIssue({ code: 'custom', path: [key], message, params: { expected: expected[key] } });
      }
      for (const key of forbidden) {
        if (result[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [key], message: `not allowed when status is ${result.status}` });
        }
      }
      if (fromP && result.significance && result.significance !== 'not-reported' && result.significance !== fromP) {
        ctx.addIssue({
          code: 'custom',
          path: ['significance'],
          message: `contradicts effect.p_value, which makes the result ${fromP}`,
          params: { expected: `${fromP}, or leave significance out and let the p-value say it` },
        });
      }
    })
    .meta({
      description: 'One result of the impact study.',
      allOf: [
        {
          if: { properties: { status: { const: 'measured' } } },
          then: {
            required: ['finding', 'change', 'judgement'],
            anyOf: [{ required: ['significance'] }, { required: ['effect'], properties: { effect: { required: ['p_value'] } } }],
            not: { required: ['reason'] },
          },
          else: {
            required: ['reason'],
            not: { anyOf: measuredOnly.map((key) => ({ required: [key] })) },
          },
        },
      ],
    });

export type Result = z.output<ReturnType<typeof createResultSchema>>;
export type Effect = z.output<typeof effectSchema>;
