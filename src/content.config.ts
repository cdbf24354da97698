import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content-loader.ts';
import { innovationSchema, mfiSchema, programmeSchema } from './schemas/index.ts';

// Each collection is read by the validator's own code (see src/lib/content-loader.ts), so that the
// build loads exactly what `npm run validate` passed; the loader is given the schema it checks.
export const collections = {
  mfis: defineCollection({ loader: contentLoader('mfis', mfiSchema), schema: mfiSchema }),
  innovations: defineCollection({ loader: contentLoader('innovations', innovationSchema), schema: innovationSchema }),
  programmes: defineCollection({ loader: contentLoader('programmes', programmeSchema), schema: programmeSchema }),
};
