import { z } from 'astro/zod';
import { httpUrl, nonEmptyText, slug, year } from './primitives.ts';

/** A document a profile is written from. Results and figures cite it by `id`. */
export const sourceSchema = z
  .strictObject({
    id: slug.describe('A short id, unique in this file, by which results and figures cite the source.'),
    title: nonEmptyText.describe('The title of the document or page.'),
    publisher: nonEmptyText.describe('Who published it (organisation or author).'),
    year: year.optional().describe('The year it was published, if known.'),
    url: httpUrl.describe('Where a reader can find it (http or https).'),
    note: nonEmptyText.optional().describe('Anything a reader should know about it, e.g. which part was used.'),
  })
  .describe('A document this profile is written from.');

export type Source = z.output<typeof sourceSchema>;

/** A list of at least one source, with ids unique within the list. */
export const sourcesSchema = z
  .array(sourceSchema)
  .min(1, { message: 'list at least one source' })
  .superRefine((sources, ctx) => {
    const seen = new Set<string>();
    sources.forEach((source, index) => {
      if (seen.has(source.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate source id "${source.id}"`,
        });
      }
      seen.add(source.id);
    });
  })
  .describe('Every document this profile is written from; at least one.');
