import { z } from 'astro/zod';
import { httpUrl, nonEmptyText, partialDate, slug, year } from './primitives.ts';
import { sourceTypes } from './vocabulary.ts';

/**
 * A person who wrote a source, as `Family, Given` ("Landmann, Andreas") or a family name alone
 * ("Fiala") when the source gives no more; both become `{ family, given? }`.
 */
export const authorName = nonEmptyText
  .describe('A person who wrote it: "Family, Given" (e.g. "Landmann, Andreas"), or the family name alone.')
  .transform((name) => {
    const [family = name, ...given] = name.split(',').map((part) => part.trim());
    return given.length && given.join(', ') ? { family, given: given.join(', ') } : { family };
  });

const bibliographicText = z.union([nonEmptyText, z.number().int().nonnegative()]).transform((value) => String(value));

/**
 * A document a profile is written from, as citation data: the references, "Cite this brief"
 * and the BibTeX and RIS files are formatted from it by a citation library (src/lib/citation.ts).
 * Results and figures cite it by `id`. Write only what the document itself states.
 */
export const sourceSchema = z
  .strictObject({
    id: slug.describe('A short id, unique in this file, by which results and figures cite the source.'),
    type: z.enum(sourceTypes).describe('What kind of document it is.'),
    authors: z
      .array(authorName)
      .min(1)
      .optional()
      .describe('The people who wrote it, in the order the document gives; leave out if it names none.'),
    title: nonEmptyText.describe('The title of the document or page.'),
    container: nonEmptyText
      .optional()
      .describe('The journal (for an article) or the series (for a working paper or report) it appeared in.'),
    publisher: nonEmptyText.optional().describe('The organisation that published it.'),
    year: year.optional().describe('The year it was published, if known.'),
    volume: bibliographicText.optional().describe('Volume of the journal or series.'),
    issue: bibliographicText.optional().describe('Issue of the journal.'),
    number: bibliographicText.optional().describe('Number in its series, e.g. 60 for "Working Paper No. 60".'),
    pages: nonEmptyText.optional().describe('Pages, e.g. "51-59".'),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, { message: 'must be a DOI such as 10.1016/j.jhealeco.2014.10.003 (without https://doi.org/)' })
      .optional()
      .describe('The DOI, without https://doi.org/.'),
    url: httpUrl.describe('Where a reader can find it (http or https).'),
    accessed: partialDate.optional().describe('When the page was read (YYYY-MM-DD), for web pages that may change.'),
    note: nonEmptyText.optional().describe('Anything a reader should know about it, e.g. which part was used.'),
  })
  .describe('A document this profile is written from.');

export type Source = z.output<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;

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
