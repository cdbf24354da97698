import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content-loader.ts';
import { taxonomy } from './data/taxonomy.ts';
import { createSchemas } from './schemas/index.ts';

// The schemas follow the site's taxonomy (content/taxonomies/). Each collection is read by the
// validator's own code (see src/lib/content-loader.ts), so that the build loads exactly what
// `npm run validate` passed; the loader is given the schema it checks.
const schemas = createSchemas(taxonomy);

export const collections = {
  mfis: defineCollection({ loader: contentLoader('mfis', schemas.mfis), schema: schemas.mfis }),
  innovations: defineCollection({ loader: contentLoader('innovations', schemas.innovations), schema: schemas.innovations }),
  programmes: defineCollection({ loader: contentLoader('programmes', schemas.programmes), schema: schemas.programmes }),
};
