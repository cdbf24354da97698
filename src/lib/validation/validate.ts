import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { contentKinds, createSchemas, siteSchema, type ContentKind } from '../../schemas/index.ts';
import { loadTaxonomy } from '../taxonomy/load.ts';
import { slugPattern } from '../../schemas/primitives.ts';
import { readMdxFile, readYamlFile, type ContentDocument } from './document.ts';
import { problemsFromIssues } from './issues.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { compareProblems, formatPath, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

export interface ValidatedEntry {
  kind: ContentKind;
  id: string;
  file: string;
  document: ContentDocument;
  data: Record<string, unknown>;
}

export interface ValidationReport {
  problems: Problem[];
  entries: ValidatedEntry[];
  /** How many files were read. */
  files: number;
}

const toPosix = (path: string) => path.split('\\').join('/');

async function listFiles(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function validateData(
  schema: z.ZodType,
  document: ContentDocument,
  file: string,
): { data?: Record<string, unknown>; problems: Problem[] } {
  const result = schema.safeParse(document.data);
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  const problems = problemsFromIssues(result.error.issues, document, file, schema);
  return { problems };
}

/**
 * Every source reference anywhere in a file (`source: id`, or a list under `publications`) must
 * name one of the file's own `sources`.
 */
function checkSourceReferences(entry: ValidatedEntry): Problem[] {
  const sources = Array.isArray(entry.data['sources']) ? (entry.data['sources'] as unknown[]) : [];
  const ids = sources.flatMap((source) => {
    const id = (source as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
  const problems: Problem[] = [];
  const check = (id: string, path: PropertyKey[]) => {
    if (ids.includes(id)) return;
    const guess = didYouMean(id, ids);
    problems.push({
      file: entry.file,
      ...entry.document.locate(path),
      field: formatPath(path),
      message: `no source with this id in this file's sources${guess ? `; did you mean "${guess}"?` : ''}`,
      found: JSON.stringify(id),
      expected: ids.length ? `one of ${ids.join(', ')}` : 'a source listed under sources',
    });
  };
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string') check(child, [...path, key]);
        else if (key === 'publications' && Array.isArray(child)) {
          child.forEach((id, index) => typeof id === 'string' && check(id, [...path, key, index]));
        } else if (key !== 'sources') walk(child, [...path, key]);
      }
    }
  };
  walk(entry.data, []);
  return problems;
}

function checkReference(entry: ValidatedEntry, field: string, kind: ContentKind, ids: Set<string>): Problem[] {
  const value = entry.data[field];
  if (typeof value !== 'string' || ids.has(value)) return [];
  const guess = didYouMean(value, [...ids]);
  return [
    {
      file: entry.file,
      ...entry.document.locate([field]),
      field,
      message: `no ${kind.replace(/s$/, '')} with this id in content/${contentKinds[kind].folder}/${guess ? `; did you mean "${guess}"?` : ''}`,
      found: JSON.stringify(value),
      expected: ids.size ? `one of ${[...ids].sort().join(', ')}` : `a file in content/${contentKinds[kind].folder}/`,
    },
  ];
}

/**
 * Reads and validates every content file under `root` (the folder holding `content/`): each file
 * against its schema, then slugs, duplicate slugs and references across files. Reports every
 * problem in every file, never only the first.
 */
export async function validateContent(root: string): Promise<ValidationReport> {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  const entries: ValidatedEntry[] = [];
  const parsed: ValidatedEntry[] = [];
  const ids: Record<ContentKind, Set<string>> = { mfis: new Set(), innovations: new Set(), programmes: new Set() };
  let files = 0;

  const sitePath = join(contentDir, 'site.yaml');
  const siteFile = toPosix(relative(root, sitePath));
  let siteText: string | undefined;
  try {
    siteText = await readFile(sitePath, 'utf8');
  } catch {
    problems.push({ file: siteFile, line: 1, column: 1, field: '', message: 'the site settings file is missing', expected: 'content/site.yaml with title, organisation, licence, base_url and default_language' });
  }
  if (siteText !== undefined) {
    files++;
    const read = readYamlFile(siteText, siteFile);
    if (read.problems) problems.push(...read.problems);
    else problems.push(...validateData(siteSchema, read.document, siteFile).problems);
  }

  // The taxonomy files come first: the content schemas are built from them.
  const { taxonomy, problems: taxonomyProblems } = await loadTaxonomy(root);
  problems.push(...taxonomyProblems);
  if (!taxonomy) return { problems: problems.sort(compareProblems), entries, files };
  const schemas = createSchemas(taxonomy);

  for (const [kind, config] of Object.entries(contentKinds) as [ContentKind, (typeof contentKinds)[ContentKind]][]) {
    const folder = join(contentDir, config.folder);
    const seen = new Map<string, string>();
    for (const name of await listFiles(folder)) {
      const file = toPosix(relative(root, join(folder, name)));
      const extension = extname(name);
      const id = name.slice(0, -extension.length || undefined);
      if (!(config.extensions as readonly string[]).includes(extension)) {
        problems.push({ file, line: 1, column: 1, field: '', message: `not a ${kind.replace(/s$/, '')} file`, found: JSON.stringify(extension || name), expected: `a file ending in ${config.extensions.join(' or ')}` });
        continue;
      }
      files++;
      if (!slugPattern.test(id)) {
        problems.push({ file, line: 1, column: 1, field: '', message: 'the file name is not a valid slug (it becomes the page address)', found: JSON.stringify(id), expected: 'lowercase letters, digits and single hyphens, e.g. imon-international' });
      }
      const earlier = seen.get(id);
      if (earlier) {
        problems.push({ file, line: 1, column: 1, field: '', message: `duplicate slug "${id}": ${earlier} has the same name`, expected: 'one file per slug' });
      }
      seen.set(id, file);
      ids[kind].add(id);

      const text = await readFile(join(folder, name), 'utf8');
      const read = extension === '.mdx' ? readMdxFile(text, file) : readYamlFile(text, file);
      if (read.problems) {
        problems.push(...read.problems);
        continue;
      }
      // A body is checked before Astro ever compiles it: MDX can run code, content must not.
      if (config.body && extension === '.mdx') problems.push(...checkMdxBody(text, file));
      const checked = validateData(schemas[kind] as unknown as z.ZodType, read.document, file);
      problems.push(...checked.problems);
      const raw = read.document.data;
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        parsed.push({ kind, id, file, document: read.document, data: raw as Record<string, unknown> });
      }
      if (checked.data) entries.push({ kind, id, file, document: read.document, data: checked.data });
    }
  }

  // References are checked on every file that parsed, valid or not, so that one run shows them all.
  for (const entry of parsed) {
    problems.push(...checkSourceReferences(entry));
    if (entry.kind === 'innovations') {
      problems.push(...checkReference(entry, 'mfi', 'mfis', ids.mfis));
      problems.push(...checkReference(entry, 'programme', 'programmes', ids.programmes));
    }
    if (entry.kind === 'programmes') problems.push(...checkReference(entry, 'part_of', 'programmes', ids.programmes));
  }

  return { problems: problems.sort(compareProblems), entries, files };
}
