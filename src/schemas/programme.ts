import { z } from 'astro/zod';
import { countryCode } from './country.ts';
import { nonEmptyText, period, sourceRef } from './primitives.ts';
import { sourcesSchema } from './source.ts';

export const phaseSchema = z
  .strictObject({
    name: nonEmptyText.describe('e.g. "Implementation and testing".'),
    period: period,
    description: nonEmptyText.optional().describe('What happened in this phase.'),
    source: sourceRef.optional(),
  })
  .describe('One phase of the programme.');

export const programmeSchema = z
  .strictObject({
    name: nonEmptyText.describe('Full name of the programme.'),
    short_name: nonEmptyText.optional().describe('The short name, e.g. MF4DW.'),
    organisation: nonEmptyText.describe('The organisation that ran it.'),
    summary: nonEmptyText.describe('What the programme is, in one or two sentences.'),
    period: period.optional().describe('When the programme ran.'),
    phases: z.array(phaseSchema).optional().describe('Its phases, in order.'),
    objectives: z.array(nonEmptyText).optional().describe('What it set out to do or learn.'),
    countries: z.array(countryCode).optional().describe('Countries it worked in (ISO 3166-1 alpha-2 codes).'),
    funders: z.array(nonEmptyText).optional().describe('Who paid for it.'),
    research_partners: z.array(nonEmptyText).optional().describe('Research institutions that took part.'),
    sources: sourcesSchema,
  })
  .describe('A programme that innovations belong to.');

export type Programme = z.output<typeof programmeSchema>;
