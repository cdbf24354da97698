import { z } from 'astro/zod';
import { nonEmptyText, sourceRef } from './primitives.ts';
import type { Vocabulary } from './taxonomy.ts';
import { approximations, directions, effectUnits, resultStatuses, significances } from './vocabulary.ts';

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
    unit: z.enum(effectUnits).describe('The unit of the estimate.'),
    ci: z
      .strictObject({
        low: z.number().describe('Lower bound.'),
        high: z.number().describe('Upper bound.'),
        level: z.number().gt(0).lt(100).default(95).describe('Confidence level in percent (default 95).'),
      })
      .optional()
      .describe('Confidence interval, where the source gives one.'),
    p_value: z.number().min(0).max(1).optional().describe('p-value, where the source gives one.'),
  })
  .superRefine((effect, ctx) => {
    if (effect.estimate === undefined && effect.range === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give an estimate or a range', path: [] });
    }
    if (effect.range && effect.range[0] > effect.range[1]) {
      ctx.addIssue({ code: 'custom', message: 'range must be [low, high]', path: ['range'] });
    }
    if (effect.ci && effect.ci.low > effect.ci.high) {
      ctx.addIssue({ code: 'custom', message: 'ci.low must not exceed ci.high', path: ['ci', 'low'] });
    }
  })
  .describe('The size of the effect, where the source gives one.');

/**
 * One finding of the impact study. A result is measured (with a direction and a significance),
 * or explicitly not measured (the study could not estimate it), or not reported (it was
 * studied, but no reachable source gives the finding); the last two carry the reason, so that a
 * missing result is never mistaken for "no effect". The outcome domains come from the site's
 * taxonomy (content/taxonomies/outcome-domains.yaml).
 */
export const createResultSchema = (outcomeDomains: Vocabulary) => z
  .strictObject({
    outcome: nonEmptyText.describe('What was measured, e.g. "Self-employment".'),
    domain: z
      .enum(outcomeDomains.ids)
      .describe(`The ${outcomeDomains.name.toLowerCase()} it belongs to (the column of the evidence map).`),
    group: nonEmptyText.optional().describe('The clients it applies to, if not all, e.g. "girls".'),
    status: z
      .enum(resultStatuses)
      .default('measured')
      .describe(
        '"not-measured" when the study could not estimate this outcome; "not-reported" when it was studied but no source at hand gives the result. Both need a reason.',
      ),
    finding: nonEmptyText.optional().describe('The finding in plain words. Required when measured.'),
    direction: z
      .enum(directions)
      .optional()
      .describe(
        'positive (the intended change), negative (the opposite), none (no change), mixed (some of each) or inconclusive (the source cannot tell). Required when measured.',
      ),
    significance: z
      .enum(significances)
      .optional()
      .describe('Whether the source reports the effect as statistically significant. Required when measured.'),
    effect: effectSchema.optional(),
    reason: nonEmptyText
      .optional()
      .describe('Why there is no finding: required when the status is not-measured or not-reported.'),
    source: sourceRef.optional(),
  })
  .superRefine((result, ctx) => {
    const required: (keyof typeof result)[] =
      result.status === 'measured' ? ['finding', 'direction', 'significance'] : ['reason'];
    const forbidden: (keyof typeof result)[] =
      result.status === 'measured' ? ['reason'] : ['direction', 'significance', 'effect'];
    for (const key of required) {
      if (result[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `required when status is ${result.status}` });
      }
    }
    for (const key of forbidden) {
      if (result[key] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `not allowed when status is ${result.status}` });
      }
    }
  })
  .describe('One result of the impact study.');

export type Result = z.output<ReturnType<typeof createResultSchema>>;
export type Effect = z.output<typeof effectSchema>;
