/**
 * `npm run build [-- --out-dir folder] [--timings file.json]`: validates the content, typesets the
 * PDF factsheets, builds the site with Astro, indexes it for search and checks its links, all in
 * a staging folder beside the output; only when every step succeeded does the staging folder
 * replace the output, so a failed build never leaves a half-written site where the last good one
 * was.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { parse } from 'yaml';
import { stageFactsheets, type StagedFactsheets } from '../src/lib/pdf/build-step.ts';
import { manifestVariable } from '../src/lib/pdf/manifest.ts';
import { printReport } from '../src/lib/validation/report.ts';
import { validateContent } from '../src/lib/validation/validate.ts';
import { brokenLinks } from './steps/check-links.ts';
import { buildSearchIndex } from './steps/search-index.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' }, timings: { type: 'string' } } });
const root = process.cwd();
const outDir = resolve(root, values['out-dir']);
const staging = join(dirname(outDir), `.${basename(outDir)}-staging-${process.pid}`);

/** Wall time of each step, and the process's peak memory when it ended (for `npm run bench`). */
const timings: { phase: string; ms: number; peakRssBytes: number }[] = [];
async function step<T>(phase: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  timings.push({ phase, ms: Math.round(performance.now() - start), peakRssBytes: process.resourceUsage().maxRSS * 1024 });
  return result;
}

const report = await step('validate', () => validateContent(root));
if (!printReport(report)) {
  console.error('The build stopped before writing anything: the content has problems.');
  process.exit(1);
}

const settings = parse(await readFile(join(root, 'content', 'site.yaml'), 'utf8')) as { base_url: string; default_language: string };
// The same base path as astro.config.mjs: links are checked where the site will be served.
const base = process.env['BASE_PATH'] || new URL(settings.base_url).pathname;

let factsheets: StagedFactsheets | undefined;
try {
  factsheets = await step('pdfs', () => stageFactsheets(root, report.entries, staging));
  process.env[manifestVariable] = factsheets.manifestPath;
  await step('astro', () => build({ root, outDir: staging, logLevel: process.env['CI'] ? 'warn' : 'info' }));
  await factsheets.moveInto(staging);
  await factsheets.discard();
  const search = await step('search-index', () => buildSearchIndex(staging, settings.default_language));
  console.log(`Search index: ${search.pages} pages`);
  const links = await step('links', () => brokenLinks(staging, base.endsWith('/') ? base : `${base}/`));
  if (links.broken.length) {
    const count = links.broken.length;
    throw new Error(`${count} broken link${count === 1 ? '' : 's'}:\n${links.broken.map((b) => `  ${b.page}: ${b.link} (${b.why})`).join('\n')}`);
  }
  console.log(`Links: ${links.checked} checked, none broken`);
  const previous = `${staging}-previous`;
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
  console.log(`Site written to ${outDir} (${timings.map((t) => `${t.phase} ${t.ms} ms`).join(', ')})`);
  if (values.timings) await writeFile(values.timings, `${JSON.stringify(timings, null, 2)}\n`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  await factsheets?.discard();
  console.error(error instanceof Error ? error.message : error);
  console.error(`The build failed; ${outDir} was left as it was.`);
  process.exit(1);
}
