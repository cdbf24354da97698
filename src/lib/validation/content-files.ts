/**
 * The one way content files are read: which files of a kind there are, their bytes, their YAML,
 * their MDX body and their schema. `npm run validate` and the Astro content loader both read
 * through `readKind`, so what the validator passes is exactly what the build loads.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { contentKinds, type ContentKind } from '../../schemas/index.ts';
import { slugPattern } from '../../schemas/primitives.ts';
import { readMdxFile, readYamlFile, type ContentDocument, type ReadOutcome } from './document.ts';
import { problemsFromIssues } from './issues.ts';
import { type NarrativeTree, parseNarrative } from '../narrative-tree.ts';
import { checkNarrative, type NarrativeAddress } from './mdx-safety.ts';
import type { Problem } from './problem.ts';
import { readContentSource } from './source.ts';

export interface ValidatedEntry {
  kind: ContentKind;
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  document: ContentDocument;
  data: Record<string, unknown>;
  /** The parsed MDX body (lines are the file's), for the PDF: each narrative is parsed once. */
  narrative?: NarrativeTree;
}

/** What reading one kind's folder gave: valid entries, every file that parsed, and the problems. */
export interface KindReading {
  /** Entries whose data passed the schema (the schema's output). */
  entries: ValidatedEntry[];
  /** Every file that parsed to a group of fields, valid or not (raw data), for cross-file checks. */
  parsed: ValidatedEntry[];
  /** The id of every file of the kind, readable or not (so a reference to a broken file is not also "missing"). */
  ids: string[];
  /** Addresses written in each narrative, by `file`, for the internal-link check. */
  addresses: Map<string, NarrativeAddress[]>;
  /** Text of each file that was read, by `file`. */
  texts: Map<string, string>;
  problems: Problem[];
  /** How many content files were read. */
  files: number;
}

const parsesKey = Symbol.for('mfi-briefs.content-parses');

export const toPosix = (path: string) => path.split('\\').join('/');

/** Names in a folder that are meant as content: hidden files and sub-folders are not read. */
async function listNames(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    // Symbolic links are listed so that reading them is refused with a line, never silently skipped.
    return entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** A file's reading before its schema: its fields and, for a narrative, its tree and what the safety check found. */
export interface FileParse {
  read: ReadOutcome;
  narrative?: { tree: NarrativeTree | undefined; problems: Problem[]; addresses: NarrativeAddress[] };
}

/**
 * Parses of files by their exact text, shared by every reader in the process: the build
 * validates in its integration and then Astro's content loader reads the same files through
 * its own copy of this module, so the cache lives on `globalThis`. Each reader still reads the
 * bytes (a file changed in between is parsed anew); an entry serves the next reader once and
 * goes. One entry per file and reading: a newer text takes the place of an older one.
 */
const processWide = globalThis as { [parsesKey]?: Map<string, { text: string; parse: FileParse }> };
processWide[parsesKey] ??= new Map();
const sharedParses = processWide[parsesKey];

const parseKey = (file: string, withNarrative: boolean) => `${file}\0${withNarrative}`;

/** Offers the parse of `text` to the next reader of the same text (a parse made in a worker thread, say). */
export function shareParse(file: string, withNarrative: boolean, text: string, parse: FileParse): void {
  sharedParses.set(parseKey(file, withNarrative), { text, parse });
}

/** Parses a file's text: its fields and, with `withNarrative`, its MDX body and the body's safety check. */
export function parseText(text: string, file: string, withNarrative: boolean): FileParse {
  const read = file.endsWith('.mdx') ? readMdxFile(text, file) : readYamlFile(text, file);
  if (read.problems || !withNarrative) return { read };
  // A body is checked before Astro ever compiles it: MDX can run code, content must not.
  const parse = parseNarrative(text);
  const addresses: NarrativeAddress[] = [];
  const problems = checkNarrative(parse, file, (address) => addresses.push(address));
  return { read, narrative: { tree: parse.tree, problems, addresses } };
}

function parseFile(text: string, file: string, withNarrative: boolean): FileParse {
  const key = parseKey(file, withNarrative);
  const shared = sharedParses.get(key);
  if (shared?.text === text) {
    sharedParses.delete(key);
    return shared.parse;
  }
  const parsed = parseText(text, file, withNarrative);
  shareParse(file, withNarrative, text, parsed);
  return parsed;
}

export function validateData(
  schema: z.core.$ZodType,
  document: ContentDocument,
  file: string,
): { data?: Record<string, unknown>; problems: Problem[] } {
  const result = (schema as z.ZodType).safeParse(document.data);
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  return { problems: problemsFromIssues(result.error.issues, document, file, schema) };
}

/** A content file to read: what it is, where it is, and whether it has a narrative. */
export interface ContentFile {
  kind: ContentKind;
  id: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Absolute path. */
  path: string;
  withNarrative: boolean;
}

/** One kind's folder as listed: the files to read, every id, and the problems of the names alone. */
export interface KindListing {
  kind: ContentKind;
  files: ContentFile[];
  ids: string[];
  problems: Problem[];
}

/** What reading and checking one file gave; `text` and `parse` when it could be read, `data` when valid. */
export interface FileCheck {
  problems: Problem[];
  text?: string;
  parse?: FileParse;
  /** The schema's output. */
  data?: Record<string, unknown>;
}

/** Lists one kind's folder under `root`/content, with the problems its file names have. */
export async function listKind(root: string, kind: ContentKind): Promise<KindListing> {
  const config = contentKinds[kind];
  const folder = join(root, 'content', config.folder);
  const listing: KindListing = { kind, files: [], ids: [], problems: [] };
  const seen = new Map<string, string>();
  const { problems } = listing;
  for (const name of await listNames(folder)) {
    const file = toPosix(relative(root, join(folder, name)));
    const extension = extname(name);
    const id = name.slice(0, -extension.length || undefined);
    if (!(config.extensions as readonly string[]).includes(extension)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: `not a ${kind.replace(/s$/, '')} file`,
        found: JSON.stringify(extension || name),
        expected: `a file ending in ${config.extensions.join(' or ')}`,
      });
      continue;
    }
    if (!slugPattern.test(id)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: 'the file name is not a valid slug (it becomes the page address)',
        found: JSON.stringify(id),
        expected: 'lowercase letters, digits and single hyphens, e.g. imon-international',
      });
    }
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: '',
        message: `duplicate slug "${id}": ${earlier} has the same name`,
        expected: 'one file per slug',
      });
    }
    seen.set(id, file);
    listing.ids.push(id);
    listing.files.push({ kind, id, file, path: join(folder, name), withNarrative: config.body && extension === '.mdx' });
  }
  return listing;
}

/** Reads one content file (under `root`/content), parses it and checks it against `schema`. */
export async function checkFile(root: string, entry: ContentFile, schema: z.core.$ZodType): Promise<FileCheck> {
  const source = await readContentSource(join(root, 'content'), entry.path, entry.file);
  if (source.problems) return { problems: source.problems };
  return checkParse(source.text, parseFile(source.text, entry.file, entry.withNarrative), entry.file, schema);
}

/** The schema's verdict on a file already parsed. */
export function checkParse(text: string, parse: FileParse, file: string, schema: z.core.$ZodType): FileCheck {
  const { read, narrative } = parse;
  if (read.problems) return { problems: read.problems, text, parse };
  const checked = validateData(schema, read.document, file);
  const problems = narrative ? [...narrative.problems, ...checked.problems] : checked.problems;
  return checked.data ? { problems, text, parse, data: checked.data } : { problems, text, parse };
}

/** One kind's reading, put together from its listing and the check of each of its files (in the listing's order). */
export function kindReading(listing: KindListing, checks: readonly FileCheck[]): KindReading {
  const reading: KindReading = {
    entries: [],
    parsed: [],
    ids: listing.ids,
    addresses: new Map(),
    texts: new Map(),
    problems: [...listing.problems],
    files: listing.files.length,
  };
  for (const [index, { kind, id, file }] of listing.files.entries()) {
    const { problems, text, parse, data } = checks[index]!;
    reading.problems.push(...problems);
    if (text !== undefined) reading.texts.set(file, text);
    const document = parse?.read.document;
    if (!document) continue;
    const narrative = parse.narrative;
    if (narrative) reading.addresses.set(file, narrative.addresses);
    const raw = document.data;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      reading.parsed.push({ kind, id, file, document, data: raw as Record<string, unknown> });
    }
    if (data) reading.entries.push({ kind, id, file, document, data, ...(narrative?.tree && { narrative: narrative.tree }) });
  }
  return reading;
}

/**
 * Reads every file of one kind under `root`/content, checking each against `schema` (a
 * parameter, so that a schema built from elsewhere, e.g. a taxonomy, is checked the same way).
 */
export async function readKind(root: string, kind: ContentKind, schema: z.core.$ZodType): Promise<KindReading> {
  const listing = await listKind(root, kind);
  const checks: FileCheck[] = [];
  for (const file of listing.files) checks.push(await checkFile(root, file, schema));
  return kindReading(listing, checks);
}
