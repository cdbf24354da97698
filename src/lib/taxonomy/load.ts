/** The taxonomy of the project at `root`, read from its files (for the validator and the scripts). */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { taxonomyNames, type Taxonomy } from '../../schemas/taxonomy.ts';
import { formatProblem, type Problem } from '../validation/problem.ts';
import { readTaxonomy, taxonomyPath } from './read.ts';

export async function loadTaxonomy(root: string): Promise<{ taxonomy?: Taxonomy; problems: Problem[] }> {
  const texts = Object.fromEntries(
    await Promise.all(
      taxonomyNames.map(
        async (name) => [name, await readFile(join(root, taxonomyPath(name)), 'utf8').catch(() => undefined)] as const,
      ),
    ),
  );
  return readTaxonomy(texts);
}

/** The taxonomy, or an error listing every problem in its files (for scripts that cannot go on without it). */
export async function requireTaxonomy(root: string): Promise<Taxonomy> {
  const { taxonomy, problems } = await loadTaxonomy(root);
  if (!taxonomy) throw new Error(`The taxonomy files have problems:\n${problems.map(formatProblem).join('\n')}`);
  return taxonomy;
}
