import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentKinds, innovationSchema, mfiSchema, programmeSchema, type ContentKind } from './schemas/index.ts';

/** Reads a kind's files from `content/` (outside `src/`), where the validator reads them too. */
function loaderFor(kind: ContentKind) {
  const { folder, extensions } = contentKinds[kind];
  const pattern = extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(',')}}`;
  return glob({ pattern, base: `./content/${folder}` });
}

export const collections = {
  mfis: defineCollection({ loader: loaderFor('mfis'), schema: mfiSchema }),
  innovations: defineCollection({ loader: loaderFor('innovations'), schema: innovationSchema }),
  programmes: defineCollection({ loader: loaderFor('programmes'), schema: programmeSchema }),
};
