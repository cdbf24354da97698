/**
 * The one way content files are read: which files of a kind there are, their bytes, their YAML,
 * their MDX body and their schema. `npm run validate` and the Astro content loader both read
 * through `readKind`, so what the validator passes is exactly what the build loads.
 */
import { createHash } from 'node:crypto';
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
interface FileParse {
  read: ReadOutcome;
  narrative?: { tree: NarrativeTree | undefined; problems: Problem[]; addresses: NarrativeAddress[] };
}

/**
 * Parses of files by their exact text, shared by every reader in the process: the build
 * validates in its integration and then Astro's content loader reads the same files through
 * its own copy of this module, so the cache lives on `globalThis`. Each reader still reads the
 * bytes (a file changed in between is parsed anew); an entry serves the next reader once and
 * goes. Versions no second reader asks for (a file edited between two readings in `astro dev`)
 * go when there are more than `sharedLimit`.
 */
const processWide = globalThis as { [parsesKey]?: Map<string, FileParse> };
processWide[parsesKey] ??= new Map();
const sharedParses = processWide[parsesKey];
const sharedLimit = 100_000;

function parseFile(text: string, file: string, withNarrative: boolean): FileParse {
  const key = `${file}\0${withNarrative}\0${createHash('sha256').update(text).digest('hex')}`;
  const shared = sharedParses.get(key);
  if (shared) {
    sharedParses.delete(key);
    return shared;
  }
  const read = file.endsWith('.mdx') ? readMdxFile(text, file) : readYamlFile(text, file);
  let narrative: FileParse['narrative'];
  // A body is checked before Astro ever compiles it: MDX can run code, content must not.
  if (!read.problems && withNarrative) {
    const parse = parseNarrative(text);
    const addresses: NarrativeAddress[] = [];
    const problems = checkNarrative(parse, file, (address) => addresses.push(address));
    narrative = { tree: parse.tree, problems, addresses };
  }
  const parsed = narrative ? { read, narrative } : { read };
  sharedParses.set(key, parsed);
  if (sharedParses.size > sharedLimit) sharedParses.delete(sharedParses.keys().next().value!);
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

/**
 * Reads every file of one kind under `root`/content, checking each against `schema` (a
 * parameter, so that a schema built from elsewhere, e.g. a taxonomy, is checked the same way).
 */
export async function readKind(root: string, kind: ContentKind, schema: z.core.$ZodType): Promise<KindReading> {
  const config = contentKinds[kind];
  const contentDir = join(root, 'content');
  const folder = join(contentDir, config.folder);
  const reading: KindReading = {
    entries: [],
    parsed: [],
    ids: [],
    addresses: new Map(),
    texts: new Map(),
    problems: [],
    files: 0,
  };
  const seen = new Map<string, string>();
  const { problems } = reading;
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
    reading.files++;
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
    reading.ids.push(id);

    const source = await readContentSource(contentDir, join(folder, name), file);
    if (source.problems) {
      problems.push(...source.problems);
      continue;
    }
    const text = source.text;
    reading.texts.set(file, text);
    const { read, narrative } = parseFile(text, file, config.body && extension === '.mdx');
    if (read.problems) {
      problems.push(...read.problems);
      continue;
    }
    if (narrative) {
      problems.push(...narrative.problems);
      reading.addresses.set(file, narrative.addresses);
    }
    const checked = validateData(schema, read.document, file);
    problems.push(...checked.problems);
    const raw = read.document.data;
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      reading.parsed.push({ kind, id, file, document: read.document, data: raw as Record<string, unknown> });
    }
    if (checked.data)
      reading.entries.push({
        kind,
        id,
        file,
        document: read.document,
        data: checked.data,
        ...(narrative?.tree && { narrative: narrative.tree }),
      });
  }
  return reading;
}
