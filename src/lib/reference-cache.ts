/**
 * Formatted references kept by their exact input. citeproc takes about 3 ms per reference however
 * the references are batched, and a build formats the same lists many times (a brief's sources
 * for its page, its PDF and its chart files; each brief's own citation three times per page).
 * The same CSL items, language and style always give the same entries, so a list is formatted
 * once per process; and with a folder named by REFERENCE_CACHE (the build names one, and the PDF
 * worker processes inherit it), once across processes and builds: a cold build formats each
 * list once, in whichever process needs it first, and a rebuild only the edited brief's.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** Names the folder of the reference cache; unset (as in unit tests), references are kept in memory only. */
export const referenceCacheVariable = 'REFERENCE_CACHE';

/** The folder a build uses: REFERENCE_CACHE if set (relative to the project), else beside the factsheet cache. */
export function referenceCacheFolder(root: string): string {
  const named = process.env[referenceCacheVariable];
  return named ? resolve(root, named) : join(root, 'node_modules', '.cache', 'mfi-briefs', 'references');
}

/** What citeproc gives for one list: each item's id and its entry, as HTML. */
export type FormattedEntries = readonly (readonly [id: string, html: string])[];

/** Everything the entries depend on besides the code that calls citeproc. */
export interface ReferenceInput {
  items: readonly unknown[];
  language: string;
  style: string;
}

/** The packages whose code decides the entries (the CSL styles and locales ship in plugin-csl). */
function engineVersions(): string {
  const require = createRequire(import.meta.url);
  const version = (from: NodeJS.Require, name: string) =>
    (JSON.parse(readFileSync(from.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  const plugin = createRequire(require.resolve('@citation-js/plugin-csl'));
  return [
    `@citation-js/core@${version(require, '@citation-js/core')}`,
    `@citation-js/plugin-csl@${version(require, '@citation-js/plugin-csl')}`,
    `citeproc@${version(plugin, 'citeproc')}`,
  ].join(' ');
}

let versions: string | undefined;

/** The key of a list: a hash of the items exactly as given, the language, the style and the engine's versions. */
export function referenceKey(input: ReferenceInput): string {
  versions ??= engineVersions();
  return createHash('sha256')
    .update(JSON.stringify([versions, input.style, input.language, input.items]))
    .digest('hex');
}

const isEntries = (value: unknown): value is FormattedEntries =>
  Array.isArray(value) &&
  value.every((entry) => Array.isArray(entry) && entry.length === 2 && entry.every((part) => typeof part === 'string'));

/** The last lists formatted, most recent last: a page asks for the same ones several times. */
const recent = new Map<string, FormattedEntries>();
const recentLimit = 1000;
/** Entries this process has read or written on disk, whose file is already dated by this build. */
const touched = new Set<string>();

function remember(key: string, entries: FormattedEntries): FormattedEntries {
  recent.delete(key);
  recent.set(key, entries);
  if (recent.size > recentLimit) recent.delete(recent.keys().next().value!);
  return entries;
}

function readEntry(folder: string, key: string): FormattedEntries | undefined {
  const file = join(folder, `${key}.json`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Missing or unreadable: formatted again, and written anew.
    return undefined;
  }
  if (!isEntries(value)) return undefined;
  // A used entry is dated now, so that pruning after the build keeps it.
  if (!touched.has(key)) {
    const now = new Date();
    try {
      utimesSync(file, now, now);
    } catch {
      // Removed since it was read (another build pruning): the entry read is whole all the same.
    }
    touched.add(key);
  }
  return value;
}

/** The folders this process has made sure exist. */
const made = new Set<string>();

function writeEntry(folder: string, key: string, entries: FormattedEntries): void {
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  // Written under another name and renamed: a reader never sees half an entry.
  const temporary = join(folder, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  writeFileSync(temporary, JSON.stringify(entries));
  renameSync(temporary, join(folder, `${key}.json`));
  touched.add(key);
}

/** The entries of a list: from this process's memory, else from the cache folder, else `format`ted (and kept). */
export function cachedReferences(input: ReferenceInput, format: () => FormattedEntries): FormattedEntries {
  const key = referenceKey(input);
  const kept = recent.get(key);
  if (kept) return remember(key, kept);
  const folder = process.env[referenceCacheVariable];
  const stored = folder ? readEntry(folder, key) : undefined;
  if (stored) return remember(key, stored);
  const entries = format();
  if (folder) writeEntry(folder, key, entries);
  return remember(key, entries);
}

/**
 * Removes the entries of `folder` that no process used since `since` (a build's start: every
 * entry it read or wrote is dated after it), so the folder holds what the last build used.
 * Returns how many went.
 */
export function pruneReferenceCache(folder: string, since: number): number {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = join(folder, name);
    const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && modified < since) {
      rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}
