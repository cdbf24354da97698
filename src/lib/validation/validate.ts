import { existsSync, lstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentKinds, contentReferences, createSchemas, siteSchema, type ContentKind } from '../../schemas/index.ts';
import { loadTaxonomy } from '../taxonomy/load.ts';
import { basePath } from '../site-settings.ts';
import { checkFiles } from './check-files.ts';
import { kindReading, listKind, toPosix, validateData, type ValidatedEntry } from './content-files.ts';
import { readYamlFile } from './document.ts';
import { checkInternalLinks, type SiteAddress } from './links.ts';
import type { NarrativeAddress } from './mdx-safety.ts';
import { compareProblems, formatPath, type Problem } from './problem.ts';
import { readContentSource } from './source.ts';
import { didYouMean } from './suggest.ts';

export type { ValidatedEntry };

const isSymbolicLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() === true;

export interface ValidationReport {
  problems: Problem[];
  entries: ValidatedEntry[];
  /** How many files were read. */
  files: number;
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
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'source' && typeof child === 'string') check(child, [...path, key]);
        else if (key === 'publications' && Array.isArray(child)) {
          for (const [index, id] of child.entries()) if (typeof id === 'string') check(id, [...path, key, index]);
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
 * problem in every file, never only the first. From `options.parallelFrom` files (check-files.ts)
 * the files are read on both cores.
 */
export async function validateContent(
  root: string,
  options: { parallelFrom?: number; hereToo?: boolean } = {},
): Promise<ValidationReport> {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  const entries: ValidatedEntry[] = [];
  const parsed: ValidatedEntry[] = [];
  const ids: Record<ContentKind, Set<string>> = { mfis: new Set(), innovations: new Set(), programmes: new Set() };
  let files = 0;

  const sitePath = join(contentDir, 'site.yaml');
  const siteFile = toPosix(relative(root, sitePath));
  let siteText: string | undefined;
  const narratives = new Map<string, NarrativeAddress[]>();
  if (!existsSync(sitePath) && !isSymbolicLink(sitePath)) {
    problems.push({
      file: siteFile,
      line: 1,
      column: 1,
      field: '',
      message: 'the site settings file is missing',
      expected: 'content/site.yaml with title, organisation, licence, base_url and default_language',
    });
  } else {
    const source = await readContentSource(contentDir, sitePath, siteFile);
    if (source.problems) problems.push(...source.problems);
    siteText = source.text;
  }
  let site: SiteAddress | undefined;
  if (siteText !== undefined) {
    files++;
    const read = readYamlFile(siteText, siteFile);
    if (read.problems) problems.push(...read.problems);
    else {
      const checked = validateData(siteSchema, read.document, siteFile);
      problems.push(...checked.problems);
      const baseUrl = checked.data?.['base_url'];
      // The same base path as astro.config.mjs: links are checked where the site will be served.
      if (typeof baseUrl === 'string') site = { baseUrl, base: basePath({ base_url: baseUrl }) };
    }
  }

  // The taxonomy files come first: the content schemas are built from them.
  const { taxonomy, problems: taxonomyProblems } = await loadTaxonomy(root);
  problems.push(...taxonomyProblems);
  if (!taxonomy) return { problems: problems.sort(compareProblems), entries, files };
  const schemas = createSchemas(taxonomy);

  const listings = await Promise.all((Object.keys(contentKinds) as ContentKind[]).map((kind) => listKind(root, kind)));
  const checks = await checkFiles(
    root,
    listings.flatMap((listing) => listing.files),
    taxonomy,
    schemas,
    options,
  );
  let taken = 0;
  for (const listing of listings) {
    const reading = kindReading(listing, checks.slice(taken, taken + listing.files.length));
    taken += listing.files.length;
    files += reading.files;
    problems.push(...reading.problems);
    entries.push(...reading.entries);
    parsed.push(...reading.parsed);
    for (const id of reading.ids) ids[listing.kind].add(id);
    for (const [file, addresses] of reading.addresses) narratives.set(file, addresses);
  }

  // References are checked on every file that parsed, valid or not, so that one run shows them all.
  for (const entry of parsed) {
    problems.push(...checkSourceReferences(entry));
    const references: Record<string, ContentKind> = contentReferences[entry.kind as keyof typeof contentReferences] ?? {};
    for (const [field, target] of Object.entries(references)) problems.push(...checkReference(entry, field, target, ids[target]));
  }

  if (site) problems.push(...checkInternalLinks(parsed, narratives, site, taxonomy));

  return { problems: problems.sort(compareProblems), entries, files };
}
