/**
 * One size of the site benchmark: N synthetic MFIs and innovations, checked with the validator,
 * built with the real build (cold: an empty factsheet cache), measured (pages, bytes, search),
 * optionally rebuilt after editing one brief (the factsheet cache and Astro's content cache then
 * warm), and the bare Astro baseline for the same number of pages. The temporary folders go,
 * whatever happens.
 */
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { printReport } from '../../src/lib/validation/report.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { runBaseline, type BaselineRun } from './baseline.ts';
import { addSiteCode, tempProject } from './project.ts';
import { runBuild, type BuildRun } from './run-build.ts';
import { searchBytes, type SearchBytes } from './search-bytes.ts';
import { siteMetrics, type SiteMetrics } from './site-metrics.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

export interface PdfCounts {
  factsheets: number;
  programmes: number;
  pages: number;
  /** PDFs typeset (not taken from the cache), and the worker processes that did it. */
  typeset: number;
  workers: number;
  /** The highest resident memory a PDF worker reported. */
  workerPeakRssBytes: number;
}

/** The 1-, 5- and 15-minute load averages when a figure was measured: others' work skews it. */
export interface Load {
  start: number[];
  end: number[];
}

export interface Rebuild {
  build: BuildRun;
  pdfs: PdfCounts;
  load: Load;
}

export interface SizeResult {
  size: number;
  build: BuildRun;
  load: Load;
  pdfs: PdfCounts;
  site: SiteMetrics;
  search: SearchBytes;
  baseline: BaselineRun;
  rebuild?: Rebuild;
}

/**
 * The PDFs the build reports in its log: describeManifest ("  <file>.pdf: <n> pages, <k> KB")
 * and the factsheet cache's line (build-step.ts).
 */
async function pdfCounts(log: string): Promise<PdfCounts> {
  const text = await readFile(log, 'utf8');
  const counts = { factsheets: 0, programmes: 0, pages: 0, typeset: 0, workers: 0, workerPeakRssBytes: 0 };
  for (const [, file, pages] of text.matchAll(/^ {2}(\S+\.pdf): (\d+) pages?,/gm)) {
    if (file!.startsWith('programme-')) counts.programmes++;
    else counts.factsheets++;
    counts.pages += Number(pages);
  }
  const cache = /: (\d+) PDFs typeset \((\d+) worker processes, peak (\d+) MB each\)/.exec(text);
  if (cache)
    [counts.typeset, counts.workers, counts.workerPeakRssBytes] = [
      Number(cache[1]),
      Number(cache[2]),
      Number(cache[3]) * 1024 ** 2,
    ];
  return counts;
}

/** Validates the project's content; returns how many files it checked. */
async function checkContent(root: string, size: number): Promise<number> {
  // A function of its own, so that the report (a parsed copy of every file) is not kept in
  // memory through the build.
  const report = await validateContent(root);
  if (report.problems.length) {
    printReport(report);
    throw new Error(`The synthetic content for N = ${size} does not validate.`);
  }
  return report.files;
}

async function measuredBuild(root: string, log: string): Promise<{ build: BuildRun; pdfs: PdfCounts; load: Load }> {
  const start = loadavg();
  const build = await runBuild(root, log);
  return { build, pdfs: await pdfCounts(join(root, log)), load: { start, end: loadavg() } };
}

/** Edits one brief as an editor would (a sentence more in its narrative) and builds again. */
async function rebuildAfterOneEdit(root: string): Promise<Rebuild> {
  const folder = join(root, 'content', 'innovations');
  const [first] = (await readdir(folder)).sort();
  await appendFile(join(folder, first!), '\nAn edited sentence for the rebuild benchmark.\n');
  return measuredBuild(root, 'rebuild.log');
}

export async function benchSize(size: number, query: string, options: { incremental?: boolean } = {}): Promise<SizeResult> {
  const project = await tempProject(`n${size}`);
  try {
    console.error(`N = ${size}: writing synthetic content…`);
    await writeSyntheticContent(project.root, size);
    await addSiteCode(project);
    const files = await checkContent(project.root, size);
    console.error(`N = ${size}: ${files} files valid; building…`);
    const { build, pdfs, load } = await measuredBuild(project.root, 'build.log');
    console.error(`N = ${size}: measuring pages and search…`);
    const site = await siteMetrics(build.dist);
    const search = await searchBytes(build.dist, query);
    let rebuild: Rebuild | undefined;
    if (options.incremental) {
      console.error(`N = ${size}: editing one brief and building again…`);
      rebuild = await rebuildAfterOneEdit(project.root);
    }
    console.error(`N = ${size}: building the bare Astro baseline (${size * 2} pages)…`);
    const baseline = await runBaseline(size * 2);
    return { size, build, load, pdfs, site, search, baseline, ...(rebuild && { rebuild }) };
  } finally {
    await project.remove();
  }
}
