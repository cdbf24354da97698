/**
 * One size of the site benchmark: N synthetic MFIs and innovations, checked with the validator,
 * built with the real build, measured (pages, bytes, search), and the bare Astro baseline for
 * the same number of pages. The temporary folders go, whatever happens.
 */
import { readFile } from 'node:fs/promises';
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
}

export interface SizeResult {
  size: number;
  build: BuildRun;
  pdfs: PdfCounts;
  site: SiteMetrics;
  search: SearchBytes;
  baseline: BaselineRun;
}

/** The PDFs the build reports in its log (describeManifest: "  <file>.pdf: <n> pages, <k> KB"). */
async function pdfCounts(log: string): Promise<PdfCounts> {
  const counts = { factsheets: 0, programmes: 0, pages: 0 };
  for (const [, file, pages] of (await readFile(log, 'utf8')).matchAll(/^ {2}(\S+\.pdf): (\d+) pages?,/gm)) {
    if (file!.startsWith('programme-')) counts.programmes++;
    else counts.factsheets++;
    counts.pages += Number(pages);
  }
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

export async function benchSize(size: number, query: string): Promise<SizeResult> {
  const project = await tempProject(`n${size}`);
  try {
    console.error(`N = ${size}: writing synthetic content…`);
    await writeSyntheticContent(project.root, size);
    await addSiteCode(project);
    const files = await checkContent(project.root, size);
    console.error(`N = ${size}: ${files} files valid; building…`);
    const build = await runBuild(project.root);
    const pdfs = await pdfCounts(join(project.root, 'build.log'));
    console.error(`N = ${size}: measuring pages and search…`);
    const site = await siteMetrics(build.dist);
    const search = await searchBytes(build.dist, query);
    console.error(`N = ${size}: building the bare Astro baseline (${size * 2} pages)…`);
    const baseline = await runBaseline(size * 2);
    return { size, build, pdfs, site, search, baseline };
  } finally {
    await project.remove();
  }
}
