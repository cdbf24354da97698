/**
 * The list of factsheet PDFs a build wrote, with their sizes. The build typesets the PDFs
 * before Astro runs and names this file in an environment variable, so that each brief page can
 * state the size of its PDF; the pages read it through `builtFactsheets`.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { ProgrammeForm } from './programme-index.ts';

/** The site folder that holds the PDFs. */
export const factsheetFolder = 'factsheets';

/** The environment variable that carries the manifest's path from the build to Astro. */
export const manifestVariable = 'FACTSHEET_MANIFEST';

export interface PdfFile {
  /** The file name inside the factsheet folder. */
  file: string;
  bytes: number;
  pages: number;
  /** What the two-page rule left out. */
  omitted: string[];
}

export interface ProgrammePdfFile extends PdfFile {
  /** A volume of the members' factsheets, or an index of them (programme-index.ts). */
  form: ProgrammeForm;
}

export interface FactsheetManifest {
  innovations: Record<string, PdfFile>;
  programmes: Record<string, ProgrammePdfFile>;
}

export async function writeManifest(path: string, manifest: FactsheetManifest): Promise<void> {
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

const read = new Map<string, FactsheetManifest>();

/**
 * The manifest of this build, or undefined when Astro runs on its own (`astro dev`), which
 * typesets no PDFs.
 */
export function builtFactsheets(): FactsheetManifest | undefined {
  const path = process.env[manifestVariable];
  if (!path) return undefined;
  if (!read.has(path)) read.set(path, JSON.parse(readFileSync(path, 'utf8')) as FactsheetManifest);
  return read.get(path);
}
