import { z } from 'astro/zod';
import { countryCode } from './country.ts';
import { count, nonEmptyText, period, slug, sourceRef } from './primitives.ts';
import { sourcesSchema } from './source.ts';
import type { Taxonomy } from './taxonomy.ts';

export const phaseSchema = z
  .strictObject({
    name: nonEmptyText.describe('e.g. "Implementation and testing".'),
    period: period,
    description: nonEmptyText.optional().describe('What happened in this phase.'),
    source: sourceRef.optional(),
  })
  .describe('One phase of the programme.');

/** A span a source gives for the whole programme, kept when sources disagree on the dates. */
export const publishedPeriodSchema = z
  .strictObject({
    period: period,
    source: sourceRef,
    note: nonEmptyText.optional().describe('How this source words it.'),
  })
  .describe("The programme's dates as one source gives them.");

/** A statement about the programme, with the source it comes from. */
export const keyFactSchema = z
  .strictObject({
    text: nonEmptyText.describe('The fact, in our own words.'),
    source: sourceRef,
  })
  .describe('A fact about the programme, with its source.');

export const clusterSchema = z
  .strictObject({
    name: nonEmptyText.describe('The thematic cluster, as the source names it.'),
    mfis: count.describe('How many institutions the source counts in it.'),
    source: sourceRef,
  })
  .describe("A thematic cluster of the programme's innovations.");

const createTypeCountSchema = (taxonomy: Taxonomy) =>
  z
    .strictObject({
      type: z.enum(taxonomy.innovationTypes.ids).describe(`The ${taxonomy.innovationTypes.name.toLowerCase()}.`),
      count: count.describe('How many institutions the source counts for it.'),
      source: sourceRef,
    })
    .describe('How many innovations of one type the programme had, according to a source.');

/** The programme schema for a site's taxonomy (its innovation types). */
export const createProgrammeSchema = (taxonomy: Taxonomy) =>
  z
    .strictObject({
      name: nonEmptyText.describe('Full name of the programme.'),
      short_name: nonEmptyText.optional().describe('The short name, e.g. MF4DW.'),
      part_of: slug.optional().describe('The programme this one is part of (a file name in content/programmes/).'),
      organisation: nonEmptyText.describe('The organisation that ran it.'),
      summary: nonEmptyText.describe('What the programme is, in one or two sentences.'),
      period: period.optional().describe('When the programme ran (the span most sources give).'),
      published_periods: z
        .array(publishedPeriodSchema)
        .optional()
        .describe('Other spans that sources give for the programme, each with its source.'),
      phases: z.array(phaseSchema).optional().describe('Its phases, in order.'),
      objectives: z.array(nonEmptyText).optional().describe('What it set out to do or learn.'),
      countries: z.array(countryCode).optional().describe('Countries it worked in (ISO 3166-1 alpha-2 codes).'),
      funders: z.array(nonEmptyText).optional().describe('Who paid for it.'),
      research_partners: z.array(nonEmptyText).optional().describe('Research institutions that took part.'),
      methods: z
        .array(keyFactSchema)
        .optional()
        .describe('How the programme measured impact, in plain words, each with its source.'),
      clusters: z.array(clusterSchema).optional().describe('Thematic clusters and how many institutions each had.'),
      innovation_types: z
        .array(createTypeCountSchema(taxonomy))
        .optional()
        .describe('How many innovations of each type, as a source counts them.'),
      key_facts: z.array(keyFactSchema).optional().describe('Other facts about the programme, each with its source.'),
      publications: z
        .array(sourceRef)
        .optional()
        .describe("The ids (in sources) of the programme's main publications, e.g. its synthesis report."),
      sources: sourcesSchema,
    })
    .describe('A programme that innovations belong to.');

export type Programme = z.output<ReturnType<typeof createProgrammeSchema>>;
