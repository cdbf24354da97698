import { z } from 'astro/zod';
import { count, nonEmptyText, partialDate, period, slug } from './primitives.ts';
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
    label: nonEmptyText.describe('e.g. "Baseline", "First follow-up".'),
    date: partialDate.optional(),
  })
  .describe('One round of the client survey.');

export const studyGroupSchema = z
  .strictObject({
    role: z.enum(studyGroupRoles).describe('treatment (had the innovation) or comparison.'),
    name: nonEmptyText.describe('A short name for the group.'),
    description: nonEmptyText.optional().describe('Who was in it.'),
  })
  .describe('A group of clients the study compared.');

export const studySchema = z
  .strictObject({
    design: nonEmptyText.optional().describe('How the impact was assessed, in plain words.'),
    methods: z.array(z.enum(evaluationMethods)).min(1).optional().describe('Evaluation methods used.'),
    survey_rounds: count.optional().describe('How many client surveys were run.'),
    rounds: z.array(surveyRoundSchema).min(1).optional().describe('The survey rounds, with dates where known.'),
    duration_months: count.optional().describe('How long the study ran, in months.'),
    sample_size: count.optional().describe('How many clients or households were surveyed.'),
    sample_unit: z.enum(['clients', 'households']).default('clients').describe('What the sample counts.'),
    branches: count.optional().describe('How many branches took part.'),
    groups: z.array(studyGroupSchema).min(1).optional().describe('The groups the study compared.'),
  })
  .refine((s) => !s.rounds || s.survey_rounds === undefined || s.rounds.length === s.survey_rounds, {
    message: 'survey_rounds does not match the number of rounds listed',
    path: ['survey_rounds'],
  })
  .describe('How the innovation was evaluated.');

export const resultsChainSchema = z
  .strictObject(
    Object.fromEntries(
      resultsChainSteps.map((step) => [step, lines(`The ${step} of the results chain, one short line each.`).optional()]),
    ) as Record<(typeof resultsChainSteps)[number], z.ZodOptional<ReturnType<typeof lines>>>,
  )
  .describe('The results chain: inputs, activities, outputs, outcomes, impact.');

/** The innovation schema for a site's taxonomy (challenge, innovation type and outcome domain ids). */
export const createInnovationSchema = (taxonomy: Taxonomy) => z
  .strictObject({
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
    diagnostic: nonEmptyText.optional().describe('What the MFI\'s diagnostic survey found, and why this challenge.'),
    costs_benefits: z
      .strictObject({
        clients: nonEmptyText.optional().describe('What it cost and brought the clients.'),
        institution: nonEmptyText.optional().describe('What it cost and brought the institution.'),
      })
      .optional()
      .describe('Costs and benefits, where known.'),
    study: studySchema.optional(),
    results_chain: resultsChainSchema.optional(),
    results: z.array(createResultSchema(taxonomy.outcomeDomains)).min(1, { message: 'list at least one result (or one marked not-measured)' }),
    recommendations: z.array(nonEmptyText).optional().describe('Recommendations made to the MFI.'),
    sources: sourcesSchema,
  })
  .describe('An innovation an MFI tested, and what its evaluation found.');

export type Innovation = z.output<ReturnType<typeof createInnovationSchema>>;
export type Study = z.output<typeof studySchema>;
