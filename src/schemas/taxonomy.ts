import { z } from 'astro/zod';
import { nonEmptyText, slug } from './primitives.ts';

/**
 * The vocabularies an adopter may change, each a file in `content/taxonomies/`: the axis briefs
 * are filed under (for MF4DW, the decent-work challenges), the outcome domains (the columns of
 * the evidence map) and the innovation types. The content schemas are built from them
 * (`createSchemas` in ./index.ts), so a new taxonomy needs no code change.
 */
export const taxonomyFiles = {
  challenges: 'challenges.yaml',
  outcomeDomains: 'outcome-domains.yaml',
  innovationTypes: 'innovation-types.yaml',
} as const;

export type TaxonomyName = keyof typeof taxonomyFiles;
export const taxonomyNames = Object.keys(taxonomyFiles) as TaxonomyName[];
export const taxonomyFolder = 'taxonomies';

export const taxonomyEntrySchema = z
  .strictObject({
    id: slug.describe(
      'The id content files use, e.g. child-labour; it is also the page address. Changing it means changing every file that names it (npm run validate lists them).',
    ),
    label: nonEmptyText.describe('The words a reader sees, e.g. "Child labour".'),
    description: nonEmptyText.describe('What belongs under this entry, in one sentence.'),
  })
  .describe('One entry of the taxonomy.');

export const taxonomyFileSchema = z
  .strictObject({
    name: nonEmptyText.describe('What one entry is called, e.g. "Decent-work challenge".'),
    plural: nonEmptyText.describe('The same in the plural, e.g. "Decent-work challenges" (listing titles).'),
    short_name: nonEmptyText.optional().describe('A shorter name for tight places (filters, table headers); default: name.'),
    short_plural: nonEmptyText.optional().describe('A shorter plural for the navigation; default: plural.'),
    entries: z
      .array(taxonomyEntrySchema)
      .min(1, { message: 'list at least one entry' })
      .superRefine((entries, ctx) => {
        const seen = new Map<string, number>();
        entries.forEach((entry, index) => {
          const earlier = seen.get(entry.id);
          if (earlier !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'id'],
              message: `duplicate id "${entry.id}" (entries[${earlier}] has it too)`,
            });
          } else seen.set(entry.id, index);
        });
      })
      .describe('The entries, in the order listings and the evidence map show them.'),
  })
  .describe('A taxonomy: the entries content files may name, with their labels.');

export type TaxonomyEntry = z.output<typeof taxonomyEntrySchema>;

/** One vocabulary, as the schemas and the pages use it. */
export interface Vocabulary {
  name: string;
  plural: string;
  shortName: string;
  shortPlural: string;
  entries: TaxonomyEntry[];
  /** The ids, in order; never empty, as z.enum needs. */
  ids: [string, ...string[]];
}

export type Taxonomy = Record<TaxonomyName, Vocabulary>;

export function vocabularyFrom(file: z.output<typeof taxonomyFileSchema>): Vocabulary {
  const ids = file.entries.map((entry) => entry.id) as [string, ...string[]];
  return {
    name: file.name,
    plural: file.plural,
    shortName: file.short_name ?? file.name,
    shortPlural: file.short_plural ?? file.plural,
    entries: file.entries,
    ids,
  };
}

/** The label of an entry; the validator has checked that content names only known ids. */
export function labelOf(vocabulary: Vocabulary, id: string): string {
  return vocabulary.entries.find((entry) => entry.id === id)?.label ?? id;
}
