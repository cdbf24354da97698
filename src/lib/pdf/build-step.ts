/**
 * The PDF step of `npm run build`. Every brief page states the size of its PDF, so the PDFs are
 * typeset before Astro runs, into a folder beside the staging folder, with a manifest that Astro
 * reads (its path goes in the FACTSHEET_MANIFEST environment variable). Astro empties its
 * output folder when it starts, so the PDFs move into the built site only after it.
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { factsheetFolder, writeManifest } from './manifest.ts';
import { createParallelRenderer } from './parallel.ts';
import type { RendererEntry } from './render.ts';
import { describeManifest } from './summary.ts';
import { writeFactsheets } from './write.ts';

export interface StagedFactsheets {
  manifestPath: string;
  /** Moves the PDFs into `factsheets/` of the built site. */
  moveInto(site: string): Promise<void>;
  /** Removes what is left beside the staging folder (all of it, if the build failed). */
  discard(): Promise<void>;
}

export async function stageFactsheets(root: string, entries: readonly RendererEntry[], staging: string): Promise<StagedFactsheets> {
  const folder = `${staging}-factsheets`;
  const manifestPath = `${folder}.json`;
  const discard = async () => {
    await rm(folder, { recursive: true, force: true });
    await rm(manifestPath, { force: true });
  };
  try {
    const started = performance.now();
    const renderer = await createParallelRenderer({ root, entries });
    const manifest = await writeFactsheets(renderer, folder).finally(() => renderer.close());
    await writeManifest(manifestPath, manifest);
    console.log(describeManifest(manifest, performance.now() - started, factsheetFolder));
  } catch (error) {
    await discard();
    throw error;
  }
  return { manifestPath, moveInto: (site) => rename(folder, join(site, factsheetFolder)), discard };
}
