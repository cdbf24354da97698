/**
 * The build of the whole site as an Astro integration, so that `astro build` and `npm run build`
 * give the same `dist/` (as Starlight runs Pagefind): the content is validated before Astro reads
 * it, the PDF factsheets are typeset before the pages (each brief states its PDF's size), and
 * the search index and the link check run on the built pages. Astro writes into a staging folder
 * beside the output folder (src/lib/build/staging.ts), which replaces the output only when every
 * step succeeded; a failed or interrupted build removes it and leaves the output as it was.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { type BrokenLink, brokenLinks } from '../lib/build/links.ts';
import { buildSearchIndex } from '../lib/build/search-index.ts';
import { discardOnInterrupt, removeStaleStaging, stagingFor, type Staging } from '../lib/build/staging.ts';
import { stageFactsheets, type StagedFactsheets } from '../lib/pdf/build-step.ts';
import { manifestVariable } from '../lib/pdf/manifest.ts';
import { pruneReferenceCache, referenceCacheFolder, referenceCacheVariable } from '../lib/reference-cache.ts';
import { readSiteSettings } from '../lib/site-settings.ts';
import { printReport } from '../lib/validation/report.ts';
import { type ValidatedEntry, validateContent } from '../lib/validation/validate.ts';

/** Names a file to write each step's wall time and the peak memory into (for `npm run bench`). */
export const timingsVariable = 'BUILD_TIMINGS';

export interface PhaseTiming {
  phase: string;
  ms: number;
  peakRssBytes: number;
}

/** A build step that failed: its message is all the reader needs (no stack trace). */
export class SiteBuildError extends Error {
  override name = 'SiteBuildError';
}

export function siteBuild(): AstroIntegration {
  let root = '';
  let base = '/';
  let staging: Staging | undefined;
  let stopWatching = () => {};
  // The validator's reading of every file, with its text and syntax trees (50 MB of heap per
  // 1,000 briefs): the PDFs need it, nothing after them does, so the pages are not built beside it.
  let entries: ValidatedEntry[] | undefined;
  let factsheets: StagedFactsheets | undefined;
  let references: { folder: string; since: number } | undefined;
  let astroStarted = 0;
  const timings: PhaseTiming[] = [];
  const record = (phase: string, start: number, pausedMs = 0) =>
    timings.push({
      phase,
      ms: Math.round(performance.now() - start - pausedMs),
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
    });
  async function step<T>(phase: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const result = await work();
    record(phase, start);
    return result;
  }
  /** Runs a step after Astro started writing; if it fails, the staging goes and the output stays. */
  async function guarded(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      await factsheets?.discard();
      staging?.discard();
      const reason = error instanceof Error ? error.message : String(error);
      throw new SiteBuildError(`${reason}\nThe build failed; ${staging?.outDir} was left as it was.`);
    }
  }

  return {
    name: 'site-build',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        root = fileURLToPath(config.root);
        const outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
        for (const name of await removeStaleStaging(outDir)) logger.info(`Removed ${name}, left by an interrupted build.`);
        // The PDF workers (started later, so they inherit it) and the pages share one reference cache.
        references = { folder: referenceCacheFolder(root), since: Date.now() };
        process.env[referenceCacheVariable] = references.folder;
        const report = await step('validate', () => validateContent(root));
        if (!printReport(report))
          throw new SiteBuildError('The build stopped before writing anything: the content has problems.');
        entries = report.entries;
        astroStarted = performance.now();
        staging = stagingFor(outDir);
        stopWatching = discardOnInterrupt(staging);
        updateConfig({ outDir: pathToFileURL(`${staging.folder}/`) });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async () => {
        await guarded(async () => {
          factsheets = await step('pdfs', () => stageFactsheets(root, entries!, staging!.folder));
          entries = undefined;
          process.env[manifestVariable] = factsheets.manifestPath;
        });
      },
      'astro:build:done': async ({ logger }) => {
        // Astro's own work: from the end of validation to here (content sync, bundling, pages), less the PDFs.
        record('astro', astroStarted, timings.find((t) => t.phase === 'pdfs')?.ms ?? 0);
        await guarded(async () => {
          const site = staging!.folder;
          await factsheets!.moveInto(site);
          await factsheets!.discard();
          const language = readSiteSettings(root).default_language;
          const search = await step('search-index', () => buildSearchIndex(site, language));
          say(logger, `Search index: ${search.pages} pages`);
          const links = await step('links', () => brokenLinks(site, base));
          if (links.broken.length) throw new Error(describeBrokenLinks(links.broken));
          say(logger, `Links: ${links.checked} checked, none broken`);
          await staging!.publish();
          stopWatching();
        });
        // What this build did not use (references of briefs since edited, of an earlier build date) goes.
        pruneReferenceCache(references!.folder, references!.since);
        say(logger, `Site written to ${staging!.outDir} (${timings.map((t) => `${t.phase} ${t.ms} ms`).join(', ')})`);
        const timingsFile = process.env[timingsVariable];
        if (timingsFile) await writeFile(timingsFile, `${JSON.stringify(timings, null, 2)}\n`);
      },
    },
  };
}

function describeBrokenLinks(broken: readonly BrokenLink[]): string {
  const lines = broken.map((link) => `  ${link.page}: ${link.link} (${link.why})`);
  return `${broken.length} broken link${broken.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}

/** The steps' summaries are printed even at the `warn` log level CI uses, as the build script did. */
function say(logger: AstroIntegrationLogger, message: string): void {
  if (process.env['CI']) console.log(message);
  else logger.info(message);
}
