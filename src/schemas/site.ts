import { z } from 'astro/zod';
import { httpUrl, nonEmptyText } from './primitives.ts';
import { languages } from './vocabulary.ts';

/** Site settings: adopting the generator means changing these, never code. */
export const siteSchema = z
  .strictObject({
    title: nonEmptyText.describe('The site title, shown in every page header.'),
    description: nonEmptyText.describe('One sentence on what the collection is (home page and meta tags).'),
    organisation: z
      .strictObject({
        name: nonEmptyText.describe('The publishing organisation.'),
        url: httpUrl.optional().describe('Its web site.'),
      })
      .describe('Who publishes the site.'),
    licence: z
      .strictObject({
        name: nonEmptyText.describe('e.g. "CC BY 4.0".'),
        url: httpUrl.describe('Where the licence text is.'),
      })
      .describe('The licence of the text of the briefs.'),
    base_url: httpUrl.describe('The address the site is published at, e.g. https://example.org/briefs/.'),
    default_language: z.enum(languages).describe('The language of the interface and the content.'),
    repository: z
      .strictObject({
        github: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: 'must be owner/name, e.g. ilo-social-finance/mfi-briefs' })
          .describe('The GitHub repository that holds this content, as owner/name.'),
        branch: nonEmptyText.default('main').describe('The branch the site is built from (default main).'),
      })
      .optional()
      .describe(
        'Where the content is kept, for the editing app at /admin/: saving there opens a pull request on this repository. Without it, the app saves only in local mode (npm run cms).',
      ),
  })
  .describe('Site settings.');

export type Site = z.output<typeof siteSchema>;
