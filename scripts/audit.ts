/**
 * `npm run audit [-- --dist dist] [--pages home,brief] [--runs 3] [--reports folder]`: Lighthouse
 * (mobile profile, its default) on each page type of a built site, served on 127.0.0.1, in
 * Debian's Chromium (CHROME_PATH, never a downloaded browser), from a server that compresses and
 * caches as a host would. Prints per page type the four category scores, the metrics the
 * performance score is made of, what the page loaded, and PASS or MISS against 100 in every
 * category; exits 1 on any MISS. Build first (`npm run build`).
 *
 * Lighthouse simulates a slow phone on slow 4G from the CPU time it observes, so a busy machine
 * costs performance points that a reader would never lose: the load average is printed beside the
 * results, and `--runs` audits each page several times and keeps the median run (Lighthouse's own
 * advice for variable machines). `--reports` keeps each kept run's report (JSON) for reading.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { chromiumPath } from '../tests/browser/chromium.ts';
import { serveSite } from '../tests/helpers/static-server.ts';

/** Page types in the order they print (an object would put "404" first, as an integer key). */
const pageTypes = new Map<string, string>([
  ['home', '/'],
  ['brief', '/innovations/imon-womens-entrepreneurship/'],
  ['mfi', '/mfis/imon-international/'],
  ['programme', '/programmes/mf4dw/'],
  ['evidence', '/evidence/'],
  ['compare', '/compare/'],
  ['search', '/search/'],
  ['data', '/data/'],
  ['challenges', '/challenges/'],
  ['countries', '/countries/'],
  // The page a host sends for an unknown address; Lighthouse measures no page answered with 404.
  ['404', '/404.html'],
]);
/**
 * Audits that do not apply to a page type, left out of its score. The 404 page tells search
 * engines not to index it (tests/machine-readable.test.ts), which is what SEO's "page is blocked
 * from indexing" audit exists to catch on pages meant to be found.
 */
const notApplicable: Record<string, string[]> = { '404': ['is-crawlable'] };
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The metrics the performance score is a weighted sum of (Lighthouse 13), as printed. */
const metrics = [
  ['FCP', 'first-contentful-paint'],
  ['LCP', 'largest-contentful-paint'],
  ['SI', 'speed-index'],
  ['TBT', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
] as const;
/** The flags the project's browser tests use: a quiet headless Chromium on a machine without network. */
const chromeFlags =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

interface Audit {
  numericValue?: number;
  score: number | null;
  scoreDisplayMode?: string;
  title: string;
  details?: { items?: Array<Record<string, unknown>> };
}
interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, Audit>;
}

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    pages: { type: 'string' },
    runs: { type: 'string', default: '1' },
    reports: { type: 'string' },
  },
});
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const chosen = values.pages ? values.pages.split(',') : [...pageTypes.keys()];
const unknown = chosen.filter((name) => !pageTypes.has(name));
if (unknown.length) {
  console.error(`Unknown page type ${unknown.join(', ')}; valid: ${[...pageTypes.keys()].join(', ')}.`);
  process.exit(1);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number of runs, at least 1; found "${values.runs}".`);
  process.exit(1);
}

const lighthouse = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const run = promisify(execFile);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

async function audit(url: string, skipped: readonly string[], output: string): Promise<Report> {
  await run(
    process.execPath,
    [
      lighthouse,
      url,
      `--chrome-flags=${chromeFlags}`,
      `--only-categories=${categories.join(',')}`,
      ...(skipped.length ? [`--skip-audits=${skipped.join(',')}`] : []),
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(await readFile(output, 'utf8')) as Report;
}

const score = (report: Report, category: string) => Math.round((report.categories[category]?.score ?? 0) * 100);
const metric = (report: Report, id: string) => report.audits[id]?.numericValue ?? Number.NaN;

/** What the page fetched: requests and bytes on the wire, fonts among them. */
function transfer(report: Report): string {
  const requests = (report.audits['network-requests']?.details?.items ?? []) as Array<{
    resourceType?: string;
    transferSize?: number;
  }>;
  const kib = (items: typeof requests) => (items.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024).toFixed(0);
  const fonts = requests.filter((r) => r.resourceType === 'Font');
  return `${requests.length} requests, ${kib(requests)} KiB (fonts ${fonts.length}, ${kib(fonts)} KiB)`;
}

/** Why a page missed 100: the metrics below full marks and any audit below 0.9. */
function shortfall(report: Report): string[] {
  const slow = metrics
    .filter(([, id]) => (report.audits[id]?.score ?? 1) < 1)
    .map(([label, id]) => `${label} ${report.audits[id]!.score}`);
  const failing = Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map(([id, a]) => `${id} (${a.title})`);
  return [
    ...(slow.length ? [`metric scores below 1: ${slow.join(', ')}`] : []),
    ...(failing.length ? [`audits below 0.9: ${failing.join('; ')}`] : []),
  ];
}

const site = await serveSite(dist, { host: true });
const work = await mkdtemp(join(tmpdir(), 'audit-'));
if (values.reports) await mkdir(values.reports, { recursive: true });
const missed: string[] = [];
try {
  console.log(`load average at start: ${load()} (Lighthouse's simulated times grow with it)`);
  const header = ['page', 'perf', 'a11y', 'bp', 'seo', 'FCP ms', 'LCP ms', 'SI ms', 'TBT ms', 'CLS', ''];
  const row = (cells: string[]) => cells.map((cell, i) => cell.padEnd(i === 0 ? 12 : 8)).join('');
  console.log(row(header));
  for (const name of chosen) {
    const reports: Array<{ file: string; report: Report }> = [];
    for (let i = 0; i < runs; i++) {
      const file = join(work, `${name}-${i}.json`);
      reports.push({ file, report: await audit(`${site.url}${pageTypes.get(name)}`, notApplicable[name] ?? [], file) });
    }
    // The median by performance score: the other categories do not vary from run to run.
    reports.sort((a, b) => score(a.report, 'performance') - score(b.report, 'performance'));
    const { file, report } = reports[Math.floor(runs / 2)]!;
    if (values.reports) await copyFile(file, join(values.reports, `${name}.json`));
    const scores = categories.map((c) => score(report, c));
    const pass = scores.every((s) => s === 100);
    if (!pass) missed.push(name);
    const figures = metrics.map(([label, id]) => metric(report, id).toFixed(label === 'CLS' ? 3 : 0));
    console.log(row([name, ...scores.map(String), ...figures, pass ? 'PASS' : 'MISS']));
    console.log(`  ${transfer(report)}`);
    if (notApplicable[name]) console.log(`  not applicable, left out: ${notApplicable[name].join(', ')}`);
    if (runs > 1)
      console.log(`  performance over ${runs} runs: ${reports.map((r) => score(r.report, 'performance')).join(', ')}`);
    // Say what cost the points, so that a score below 100 can be acted on.
    for (const line of pass ? [] : shortfall(report)) console.log(`  ${line}`);
  }
  console.log(`load average at end: ${load()}`);
  console.log(
    missed.length
      ? `MISS: ${missed.join(', ')} below 100 in some category (${chosen.length - missed.length} of ${chosen.length} at 100)`
      : `PASS: all ${chosen.length} page types at 100 in every category`,
  );
} finally {
  await site.close();
  await rm(work, { recursive: true, force: true });
}
process.exit(missed.length ? 1 : 0);
