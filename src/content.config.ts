import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { taxonomy } from './data/taxonomy.ts';
import { contentKinds, createSchemas, type ContentKind } from './schemas/index.ts';

/** Reads a kind's files from `content/` (outside `src/`), where the validator reads them too. */
function loaderFor(kind: ContentKind) {
  const { folder, extensions } = contentKinds[kind];
  const pattern = extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
  return glob({ pattern, base: `./content/${folder}` });
}

// The schemas follow the site's taxonomy (content/taxonomies/).
const schemas = createSchemas(taxonomy);

export const collections = {
  mfis: defineCollection({ loader: loaderFor('mfis'), schema: schemas.mfis }),
  innovations: defineCollection({ loader: loaderFor('innovations'), schema: schemas.innovations }),
  programmes: defineCollection({ loader: loaderFor('programmes'), schema: schemas.programmes }),
};
