/**
 * The PDF step of `npm run build`. Every brief page states the size of its PDF, so the PDFs are
 * typeset before Astro runs, into a folder beside the staging folder, with a manifest that Astro
 * reads (its path goes in the FACTSHEET_MANIFEST environment variable). Astro empties its
 * output folder when it starts, so the PDFs move into the built site only after it. PDFs whose
 * inputs did not change since the last build come from the factsheet cache (cache.ts), which
 * may also hold PDFs that other machines typeset (`npm run factsheets -- --shard i/n`).
 */
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultCacheFolder, openFactsheetCache } from './cache.ts';
import { createIncrementalRenderer } from './incremental.ts';
import { factsheetFolder, writeManifest } from './manifest.ts';
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

export interface StageOptions {
  /** The factsheet cache folder (default: FACTSHEET_CACHE, else node_modules/.cache/mfi-briefs/factsheets). */
  cacheFolder?: string;
}

export async function stageFactsheets(
  root: string,
  entries: readonly RendererEntry[],
  staging: string,
  options: StageOptions = {},
): Promise<StagedFactsheets> {
  const folder = `${staging}-factsheets`;
  const manifestPath = `${folder}.json`;
  const discard = async () => {
    await rm(folder, { recursive: true, force: true });
    await rm(manifestPath, { force: true });
  };
  try {
    const started = performance.now();
    const cache = openFactsheetCache(options.cacheFolder ?? defaultCacheFolder(root));
    const renderer = await createIncrementalRenderer({ root, entries, cache });
    const manifest = await writeFactsheets(renderer, folder).finally(() => renderer.close());
    const pruned = await renderer.pruneCache();
    await writeManifest(manifestPath, manifest);
    console.log(describeManifest(manifest, performance.now() - started, factsheetFolder));
    const { typeset, reused, workers, workerPeakRssBytes } = renderer.counts();
    // npm run bench reads this line (scripts/bench/site-bench.ts).
    console.log(
      `Factsheet cache ${cache.folder}: ${typeset.length} PDFs typeset (${workers} worker processes, ` +
        `peak ${Math.round(workerPeakRssBytes / 1024 ** 2)} MB each), ${reused} reused` +
        (pruned ? `, ${pruned} unused entries removed` : ''),
    );
  } catch (error) {
    await discard();
    throw error;
  }
  return { manifestPath, moveInto: (site) => rename(folder, join(site, factsheetFolder)), discard };
}
