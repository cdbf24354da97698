/**
 * The content model: one schema per kind of content file. The schemas that name taxonomy ids
 * are built from the site's taxonomy (content/taxonomies/), so that the Astro build, the
 * validator, the scripts and the JSON Schema export share one definition for any taxonomy.
 */
import { createInnovationSchema } from './innovation.ts';
import { mfiSchema } from './mfi.ts';
import { createProgrammeSchema } from './programme.ts';
import { siteSchema } from './site.ts';
import type { Taxonomy, TaxonomyName } from './taxonomy.ts';

export { createInnovationSchema, mfiSchema, createProgrammeSchema, siteSchema };
export type { Innovation } from './innovation.ts';
export type { Mfi, FigureSet } from './mfi.ts';
export type { Programme } from './programme.ts';
export type { Site } from './site.ts';
export type { Result, Effect } from './result.ts';
export type { Source } from './source.ts';
export type { Taxonomy, Vocabulary, TaxonomyEntry } from './taxonomy.ts';

/**
 * Where each kind of content lives. The validator and Astro's collections both read this, so a
 * new kind of content is declared once.
 */
export const contentKinds = {
  mfis: { folder: 'mfis', extensions: ['.yaml'], body: false },
  innovations: { folder: 'innovations', extensions: ['.mdx'], body: true },
  programmes: { folder: 'programmes', extensions: ['.yaml', '.mdx'], body: true },
} as const;

export type ContentKind = keyof typeof contentKinds;

/** The schema of each kind of content file for one taxonomy. */
export function createSchemas(taxonomy: Taxonomy) {
  return {
    mfis: mfiSchema,
    innovations: createInnovationSchema(taxonomy),
    programmes: createProgrammeSchema(taxonomy),
  } as const satisfies Record<ContentKind, unknown>;
}

export type ContentSchemas = ReturnType<typeof createSchemas>;

/**
 * Fields that name another content file by its slug. The validator checks that each resolves;
 * the editing app offers them as a choice among the existing files.
 */
export const contentReferences = {
  innovations: { mfi: 'mfis', programme: 'programmes' },
  programmes: { part_of: 'programmes' },
} as const satisfies Partial<Record<ContentKind, Record<string, ContentKind>>>;

/**
 * Fields that name an entry of one of the taxonomies (content/taxonomies/), by their path in the
 * field reference (`results[].domain` is `domain` in each result). The schemas take their ids
 * from the taxonomy; the editing app offers them as a choice among the entries' labels.
 */
export const taxonomyReferences = {
  innovations: { challenge: 'challenges', innovation_type: 'innovationTypes', 'results[].domain': 'outcomeDomains' },
  programmes: { 'innovation_types[].type': 'innovationTypes' },
} as const satisfies Partial<Record<ContentKind, Record<string, TaxonomyName>>>;
