/**
 * Reads the taxonomy files' text into a taxonomy, or into problems located in the files. Pure:
 * the build (through Vite), the validator and the scripts each supply the text their own way.
 */
import {
  taxonomyFileSchema,
  taxonomyFiles,
  taxonomyFolder,
  taxonomyNames,
  vocabularyFrom,
  type Taxonomy,
  type Vocabulary,
} from '../../schemas/taxonomy.ts';
import { readYamlFile } from '../validation/document.ts';
import { problemsFromIssues } from '../validation/issues.ts';
import type { Problem } from '../validation/problem.ts';

export const taxonomyPath = (name: keyof typeof taxonomyFiles) => `content/${taxonomyFolder}/${taxonomyFiles[name]}`;

export function readTaxonomy(texts: Partial<Record<keyof typeof taxonomyFiles, string>>): {
  taxonomy?: Taxonomy;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const vocabularies: Partial<Taxonomy> = {};
  for (const name of taxonomyNames) {
    const file = taxonomyPath(name);
    const text = texts[name];
    if (text === undefined) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: 'the taxonomy file is missing',
        expected: 'a file with name, plural and entries (id, label, description); see docs/content-model.md',
      });
      continue;
    }
    const read = readYamlFile(text, file);
    if (read.problems) {
      problems.push(...read.problems);
      continue;
    }
    const result = taxonomyFileSchema.safeParse(read.document.data);
    if (result.success) vocabularies[name] = vocabularyFrom(result.data);
    else problems.push(...problemsFromIssues(result.error.issues, read.document, file, taxonomyFileSchema));
  }
  return problems.length ? { problems } : { taxonomy: vocabularies as Record<keyof typeof taxonomyFiles, Vocabulary>, problems };
}
