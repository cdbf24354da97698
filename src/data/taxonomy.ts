/**
 * The site's taxonomy from content/taxonomies/, for the build. Vite reads the files, so that
 * `astro dev` sees an edit; `npm run validate` has checked them before any build.
 */
import { readTaxonomy } from '../lib/taxonomy/read.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import { taxonomyFiles, taxonomyNames, type Taxonomy } from '../schemas/taxonomy.ts';

const files = import.meta.glob<string>('../../content/taxonomies/*.yaml', { query: '?raw', import: 'default', eager: true });
const textOf = (fileName: string) => Object.entries(files).find(([path]) => path.endsWith(`/${fileName}`))?.[1];

const read = readTaxonomy(Object.fromEntries(taxonomyNames.map((name) => [name, textOf(taxonomyFiles[name])])));
if (!read.taxonomy)
  throw new Error(`The taxonomy files have problems (run npm run validate):\n${read.problems.map(formatProblem).join('\n')}`);

export const taxonomy: Taxonomy = read.taxonomy;
