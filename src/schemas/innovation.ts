import { z } from 'astro/zod';
import { count, httpUrl, nonEmptyText, partialDate, period, slug, statedNumber } from './primitives.ts';
import { createResultSchema } from './result.ts';
import { sourcesSchema } from './source.ts';
import type { Taxonomy } from './taxonomy.ts';
import { evaluationMethods, resultsChainSteps, studyGroupRoles } from './vocabulary.ts';

const lines = (what: string) => z.array(nonEmptyText).min(1).describe(what);

export const partnerSchema = z
  .strictObject({
    name: nonEmptyText.describe('The partner organisation.'),
    role: nonEmptyText.optional().describe('What it did, e.g. "delivered the training".'),
  })
  .describe('An organisation that took part in the innovation.');

export const surveyRoundSchema = z
  .strictObject({
    id: slug.describe('A short id by which results name the round, e.g. baseline, endline-1.'),
    label: nonEmptyText.describe('e.g. "Baseline", "First endline".'),
    date: partialDate.optional().describe('When it ran (YYYY, YYYY-MM or YYYY-MM-DD); a round without a date is fine.'),
    months_since_start: z.number().nonnegative().optional().describe('When it ran, in months since the innovation started.'),
  })
  .describe('One round of the client survey.');

export const studyGroupSchema = z
  .strictObject({
    role: z.enum(studyGroupRoles).describe('treatment (had the innovation) or comparison.'),
    name: nonEmptyText.describe('A short name for the group.'),
    description: nonEmptyText.optional().describe('Who was in it.'),
  })
  .describe('A group of clients the study compared.');

export const assignmentSchema = z
  .strictObject({
    unit: nonEmptyText.describe(
      'What was assigned to treatment or comparison, in the plural: e.g. neighbourhoods, branches, villages, clients.',
    ),
    total: statedNumber(count)
      .optional()
      .describe('How many units there were, e.g. 104 (or { value: 100, approximation: about }).'),
    treated: statedNumber(count).optional().describe('How many of them were treated, e.g. 52.'),
  })
  .refine((a) => a.total === undefined || a.treated === undefined || a.treated.value <= a.total.value, {
    message: 'more units treated than there are units',
    path: ['treated'],
  })
  .describe('The unit of assignment and how many units there were: "104 neighbourhoods, 52 treated".');

export const registrySchema = z
  .strictObject({
    id: nonEmptyText.describe('The trial-registry id, e.g. AEARCTR-0000123 or ISRCTN12345678.'),
    url: httpUrl.describe('The registry entry (http or https).'),
  })
  .describe('Where the study is registered.');

export const studySchema = z
  .strictObject({
    design: nonEmptyText.optional().describe('How the impact was assessed, in plain words.'),
    methods: z.array(z.enum(evaluationMethods)).min(1).optional().describe('Evaluation methods used.'),
    assignment: assignmentSchema.optional(),
    registry: registrySchema.optional(),
    period: period.optional().describe('When the study ran, which may differ from when the innovation ran.'),
    survey_rounds: count.optional().describe('How many client surveys were run.'),
    rounds: z.array(surveyRoundSchema).min(1).optional().describe('The survey rounds, in order, with dates where known.'),
    duration_months: count.optional().describe('How long the study ran, in months.'),
    sample_size: statedNumber(count)
      .optional()
      .describe('How many clients or households were surveyed: 2097, or { value: 16000, approximation: more-than }.'),
    sample_unit: z.enum(['clients', 'households']).default('clients').describe('What the sample counts.'),
    branches: count.optional().describe('How many branches took part.'),
    groups: z.array(studyGroupSchema).min(1).optional().describe('The groups the study compared.'),
  })
  .superRefine((s, ctx) => {
    if (s.rounds && s.survey_rounds !== undefined && s.rounds.length !== s.survey_rounds) {
      ctx.addIssue({
        code: 'custom',
        message: 'survey_rounds does not match the number of rounds listed',
        path: ['survey_rounds'],
        params: { expected: String(s.rounds.length) },
      });
    }
    const seen = new Set<string>();
    s.rounds?.forEach((round, index) => {
      if (seen.has(round.id))
        ctx.addIssue({ code: 'custom', message: `duplicate round id "${round.id}"`, path: ['rounds', index, 'id'] });
      seen.add(round.id);
    });
  })
  .describe('How the innovation was evaluated.');

export const resultsChainSchema = z
  .strictObject(
    Object.fromEntries(
      resultsChainSteps.map((step) => [step, lines(`The ${step} of the results chain, one short line each.`).optional()]),
    ) as Record<(typeof resultsChainSteps)[number], z.ZodOptional<ReturnType<typeof lines>>>,
  )
  .describe(
    'The results chain: inputs, activities, outputs, outcomes, impact. Leave out if the sources give none: the brief and its PDF then have no results chain section.',
  );

/** The fields of an innovation for a site's taxonomy (challenge, innovation type and outcome domain ids). */
const innovationFields = (taxonomy: Taxonomy) =>
  z.strictObject({
    title: nonEmptyText.describe('The title of the brief.'),
    mfi: slug.describe('The MFI that ran it: the file name of its profile in content/mfis/, without .yaml.'),
    programme: slug
      .optional()
      .describe('The programme it belongs to, if any: a file name in content/programmes/, without extension.'),
    challenge: z
      .enum(taxonomy.challenges.ids)
      .describe(`The ${taxonomy.challenges.name.toLowerCase()} it addresses (content/taxonomies/challenges.yaml).`),
    innovation_type: z
      .enum(taxonomy.innovationTypes.ids)
      .optional()
      .describe(`The ${taxonomy.innovationTypes.name.toLowerCase()}: what kind of change the MFI made.`),
    partners: z.array(partnerSchema).optional().describe('Organisations that took part.'),
    period: period.optional().describe('When the innovation ran.'),
    summary: nonEmptyText.describe('One or two sentences: what was tried, and what came of it.'),
    diagnostic: nonEmptyText.optional().describe("What the MFI's diagnostic survey found, and why this challenge."),
    costs_benefits: z
      .strictObject({
        clients: nonEmptyText.optional().describe('What it cost and brought the clients.'),
        institution: nonEmptyText.optional().describe('What it cost and brought the institution.'),
      })
      .optional()
      .describe('Costs and benefits, where known.'),
    study: studySchema.optional(),
    results_chain: resultsChainSchema.optional(),
    results: z
      .array(createResultSchema(taxonomy.outcomeDomains))
      .min(1, { message: 'list at least one result (or one marked not-measured)' }),
    recommendations: z
      .array(nonEmptyText)
      .optional()
      .describe(
        'Recommendations made to the MFI. Leave out if the study made none: the brief and its PDF then have no such section.',
      ),
    sources: sourcesSchema,
  });

/** The innovation schema for a site's taxonomy. */
export const createInnovationSchema = (taxonomy: Taxonomy) =>
  innovationFields(taxonomy)
    .superRefine(checkResultReferences)
    .meta({
      description: 'An innovation an MFI tested, and what its evaluation found.',
      // Where a file lists more than one source, every measured result must name its own.
      if: { properties: { sources: { minItems: 2 } }, required: ['sources'] },
      then: {
        properties: {
          results: {
            items: { if: { properties: { status: { const: 'measured' } } }, then: { required: ['source'] } },
          },
        },
      },
    });

type InnovationFields = z.output<ReturnType<typeof innovationFields>>;

/**
 * Rules that tie a result to the rest of its file: its source (implied only when the file lists
 * exactly one) and its survey round (one the study lists; a subgroup result in a study of
 * several rounds must say which).
 */
function checkResultReferences(innovation: InnovationFields, ctx: z.core.$RefinementCtx<InnovationFields>): void {
  const rounds = innovation.study?.rounds ?? [];
  const roundIds = rounds.map((round) => round.id);
  const expectedRound = roundIds.length ? `one of ${roundIds.join(', ')}` : 'a round listed under study.rounds (there is none)';
  innovation.results.forEach((result, index) => {
    if (result.status === 'measured' && result.source === undefined && innovation.sources.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['results', index, 'source'],
        message: `required: this file lists ${innovation.sources.length} sources, so a measured result must name the one it comes from`,
        params: { expected: `one of ${innovation.sources.map((source) => source.id).join(', ')}` },
      });
    }
    if (result.round !== undefined && !roundIds.includes(result.round)) {
      ctx.addIssue({
        code: 'custom',
        path: ['results', index, 'round'],
        message: 'the study does not list this round',
        params: { expected: expectedRound },
      });
    }
    if (
      result.group !== undefined &&
      result.round === undefined &&
      result.months_since_start === undefined &&
      rounds.length > 1
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['results', index, 'round'],
        message: `required for a subgroup result ("${result.group}"): the study lists ${rounds.length} rounds, so say which one it describes`,
        params: { expected: expectedRound },
      });
    }
  });
}

/** The id of the source a result comes from: its own, or the file's only source. */
export function resultSourceId(result: { source?: string | undefined }, sources: readonly { id: string }[]): string | undefined {
  return result.source ?? (sources.length === 1 ? sources[0]!.id : undefined);
}

export type Innovation = z.output<ReturnType<typeof createInnovationSchema>>;
export type Study = z.output<typeof studySchema>;
