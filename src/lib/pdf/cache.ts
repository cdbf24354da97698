/**
 * The factsheet cache. Each PDF is stored under a key that hashes everything that decides its
 * bytes: its innovation's file (data and narrative), its MFI and programme, the site settings,
 * the taxonomy files (their labels and names are printed), the build date, the code and templates that typeset it (every file of src/lib, src/i18n,
 * src/schemas and the template's folder) and the versions of Typst and the fonts. A key either
 * names exactly the PDF those inputs give, or is missing: nothing is ever stale, only unused,
 * and a build removes what it did not use. A programme's key hashes its own data and its
 * members' keys, so editing one brief makes only that brief and its programme's PDF again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate as siteBuildDate } from '../../data/build-date.ts';
import { taxonomyNames } from '../../schemas/taxonomy.ts';
import { taxonomyPath } from '../taxonomy/read.ts';
import type { SheetInput } from './input.ts';
import type { ProgrammeForm } from './programme-index.ts';
import type { RenderedPdf, RendererEntry, RendererOptions } from './render.ts';
import { defaultTemplate } from './typst.ts';

/** Names another cache folder (relative to the project), e.g. one that CI jobs fill and share. */
export const cacheVariable = 'FACTSHEET_CACHE';

export function defaultCacheFolder(root: string): string {
  const named = process.env[cacheVariable];
  return named ? resolve(root, named) : join(root, 'node_modules', '.cache', 'mfi-briefs', 'factsheets');
}

const sourceRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The code that turns content into a factsheet; a change anywhere in it makes every PDF again. */
const codeFolders = ['lib', 'i18n', 'schemas', 'pdf'];
/** The packages whose version changes the output. */
const packages = ['@myriaddreamin/typst-ts-node-compiler', 'source-sans'];

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** A hash of the typesetting code, the template's folder and the package versions. */
export async function codeFingerprint(template = defaultTemplate): Promise<string> {
  const hash = createHash('sha256');
  const folders = [...codeFolders.map((folder) => join(sourceRoot, folder)), dirname(resolve(template))];
  const files = [...new Set((await Promise.all(folders.map(filesUnder))).flat())].sort();
  for (const file of files) {
    hash.update(`${relative(sourceRoot, file)}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
  const require = createRequire(import.meta.url);
  for (const name of packages) {
    const { version } = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
    hash.update(`${name}@${version}\0`);
  }
  return hash.digest('hex');
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

export interface FactsheetKeys {
  innovation(id: string): string;
  /**
   * A programme's PDF, from its data, its form (volume or index: the limit between them may be
   * set per run) and its members' keys, in order.
   */
  programme(id: string, form: ProgrammeForm, members: readonly string[]): string;
}

/** The cache keys of this content's factsheets and programme PDFs. */
export async function factsheetKeys(options: RendererOptions): Promise<FactsheetKeys> {
  const { root, entries } = options;
  const common = digest([
    await codeFingerprint(options.template),
    await readFile(join(root, 'content', 'site.yaml'), 'utf8'),
    ...(await Promise.all(taxonomyNames.map((name) => readFile(join(root, taxonomyPath(name)), 'utf8')))),
    (options.buildDate ?? new Date(`${siteBuildDate}T00:00:00Z`)).toISOString(),
  ]);
  const byKind = (kind: RendererEntry['kind']) =>
    new Map(entries.filter((entry) => entry.kind === kind).map((entry) => [entry.id, entry]));
  const [innovations, mfis, programmes] = [byKind('innovations'), byKind('mfis'), byKind('programmes')];
  const own = (entry: RendererEntry | undefined) => entry && [entry.id, entry.file, entry.data, entry.document.body ?? null];
  const keys = new Map<string, string>();
  return {
    innovation(id) {
      if (!keys.has(id)) {
        const entry = innovations.get(id);
        if (!entry) throw new Error(`No innovation "${id}"`);
        const { mfi, programme } = entry.data as { mfi: string; programme: string };
        keys.set(id, digest([common, own(entry), own(mfis.get(mfi)), own(programmes.get(programme))]));
      }
      return keys.get(id)!;
    },
    programme: (id, form, members) => digest([common, 'programme', form, own(programmes.get(id)), members]),
  };
}

/** What the cache holds of one PDF: the file, and what the build reports and reuses of it. */
export interface CachedPdf extends RenderedPdf {
  /** An innovation's sheet as its factsheet typeset it, for its programme's PDF. */
  sheet?: SheetInput;
}

export interface FactsheetCache {
  folder: string;
  get(key: string): Promise<CachedPdf | undefined>;
  /** The sheet stored with an innovation's factsheet. */
  sheet(key: string): Promise<SheetInput | undefined>;
  put(key: string, value: CachedPdf): Promise<void>;
  /** Removes every entry whose key is not in `used`; returns how many went. */
  prune(used: ReadonlySet<string>): Promise<number>;
}

type Stored = Omit<CachedPdf, 'pdf'> & { bytes: number };

/** The cache in `folder`: `<key>.pdf` and `<key>.json` (the rest), each written whole or not at all. */
export function openFactsheetCache(folder: string): FactsheetCache {
  let made: Promise<unknown> | undefined;
  const file = (key: string, extension: string) => join(folder, `${key}.${extension}`);
  const readStored = async (key: string): Promise<Stored | undefined> => {
    const text = await readFile(file(key, 'json'), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as Stored);
  };
  // A file appears under its name only once it is complete (rename is atomic), so a build that
  // stopped half-way leaves no truncated entry.
  const writeWhole = async (path: string, data: string | Uint8Array) => {
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, data);
    await rename(partial, path);
  };
  return {
    folder,
    async get(key) {
      const stored = await readStored(key);
      if (!stored) return undefined;
      const pdf = await readFile(file(key, 'pdf')).catch(() => undefined);
      if (!pdf || pdf.byteLength !== stored.bytes) return undefined;
      const { bytes: _bytes, ...rest } = stored;
      return { ...rest, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) };
    },
    async sheet(key) {
      return (await readStored(key))?.sheet;
    },
    async put(key, { pdf, ...rest }) {
      made ??= mkdir(folder, { recursive: true });
      await made;
      // The PDF first: an entry counts only once its description exists.
      await writeWhole(file(key, 'pdf'), pdf);
      // Absent values are kept as null, as the template receives them (typstInputs in input.ts).
      const stored: Stored = { ...rest, bytes: pdf.byteLength };
      await writeWhole(
        file(key, 'json'),
        JSON.stringify(stored, (_key, value: unknown) => (value === undefined ? null : value)),
      );
    },
    async prune(used) {
      const names = await readdir(folder).catch(() => [] as string[]);
      const unused = names.filter((name) => !used.has(name.split('.')[0]!));
      await Promise.all(unused.map((name) => rm(join(folder, name), { force: true })));
      return new Set(unused.map((name) => name.split('.')[0])).size;
    },
  };
}
