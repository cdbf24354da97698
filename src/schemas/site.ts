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
  })
  .describe('Site settings.');

export type Site = z.output<typeof siteSchema>;
