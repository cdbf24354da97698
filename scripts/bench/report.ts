/** The printout of the site benchmark: one section per size, a summary, and the targets. */
import { count, gigabytes, kilobytes, ratio, seconds, table } from './format.ts';
import type { Transfer } from './search-bytes.ts';
import type { SizeResult } from './site-bench.ts';
import { atMost, type Verdict } from './targets.ts';

const phaseNames: Record<string, string> = {
  validate: 'validate',
  pdfs: 'PDFs',
  astro: 'Astro',
  'search-index': 'search index',
  links: 'links',
};

const phaseMs = (result: SizeResult, phase: string) => result.build.phases.find((p) => p.phase === phase)?.ms ?? 0;
const pagesPerSecond = (result: SizeResult) => result.site.htmlPages / (result.build.wallMs / 1000);

export function sizeReport(result: SizeResult): string {
  const { size, build, pdfs, site, search, baseline } = result;
  const phases = table(
    ['phase', 'wall time', 'peak memory of the build process so far'],
    [
      ...build.phases.map((phase) => [phaseNames[phase.phase] ?? phase.phase, seconds(phase.ms), gigabytes(phase.peakRssBytes)]),
      ['**whole build** (start to exit)', `**${seconds(build.wallMs)}**`, `**${gigabytes(build.peakTreeBytes)}** (process tree, sampled)`],
    ],
  );
  const transfer = (t: Transfer) =>
    `${kilobytes(t.bytes)} as served, ${kilobytes(t.gzipBytes)} gzipped, in ${t.requests} requests ` +
    `(${Object.entries(t.parts).map(([part, bytes]) => `${part} ${kilobytes(bytes)}`).join(', ')})`;
  const figures = table(
    ['figure', 'value'],
    [
      ['HTML pages', count(site.htmlPages)],
      ['pages per second (HTML pages ÷ whole build)', pagesPerSecond(result).toFixed(1)],
      [`brief pages, gzip HTML + CSS (median; max)`, `${kilobytes(site.briefBytes.median)}; ${kilobytes(site.briefBytes.max)} (${site.briefBytes.largest})`],
      ['JavaScript on brief pages', `${site.briefScripts.tags} scripts, ${site.briefScripts.bytes} bytes`],
      ['pages with a script tag', site.pagesWithScripts.length ? site.pagesWithScripts.join(', ') : 'none'],
      [`search: opening /search/ (lists all briefs)`, transfer(search.opening)],
      [`search: then typing "${search.query}" (${search.status})`, transfer(search.typing)],
      ['PDFs', `${count(pdfs.factsheets)} factsheets + ${pdfs.programmes} programme PDFs, ${count(pdfs.pages)} pages`],
      ['milliseconds per PDF factsheet (PDF phase ÷ factsheets)', (phaseMs(result, 'pdfs') / pdfs.factsheets).toFixed(1)],
      [`bare Astro baseline, ${count(baseline.pages)} pages: Astro build; whole process`, `${seconds(baseline.astroMs)}; ${seconds(baseline.wallMs)}, ${gigabytes(baseline.peakTreeBytes)}`],
      ['our Astro phase ÷ baseline Astro build', ratio(phaseMs(result, 'astro') / baseline.astroMs)],
      ['our whole build ÷ baseline whole process', ratio(build.wallMs / baseline.wallMs)],
    ],
  );
  return [`## N = ${count(size)} (${count(size)} MFIs, ${count(size)} innovations)`, '', phases, '', figures].join('\n');
}

export function summary(results: SizeResult[]): string {
  return table(
    ['N', 'HTML pages', 'validate', 'PDFs', 'Astro', 'search index', 'links', 'whole build', 'peak memory', 'pages/s', 'baseline Astro', 'Astro ÷ baseline'],
    results.map((result) => [
      count(result.size),
      count(result.site.htmlPages),
      ...['validate', 'pdfs', 'astro', 'search-index', 'links'].map((phase) => seconds(phaseMs(result, phase))),
      seconds(result.build.wallMs),
      gigabytes(result.build.peakTreeBytes),
      pagesPerSecond(result).toFixed(1),
      seconds(result.baseline.astroMs),
      ratio(phaseMs(result, 'astro') / result.baseline.astroMs),
    ]),
  );
}

export function verdicts(results: SizeResult[], cores: number): Verdict[] {
  const checks: Verdict[] = [];
  const thousand = results.find((result) => result.size === 1000);
  const coreNote = cores === 2 ? '' : ` (this machine has ${cores} cores, the target assumes 2)`;
  if (thousand) {
    checks.push(atMost(`1,000 innovations fully built in ≤ 30 s${coreNote}`, thousand.build.wallMs, 30_000, seconds));
    checks.push(atMost(`1,000 innovations built in ≤ 1.5 GB peak${coreNote}`, thousand.build.peakTreeBytes, 1.5 * 1024 ** 3, gigabytes));
  }
  for (const result of results) {
    const n = `N = ${count(result.size)}`;
    const limit = 1.5 * result.baseline.astroMs;
    const astro = atMost(`${n}: Astro phase ≤ 1.5 × bare baseline (${seconds(limit)})`, phaseMs(result, 'astro'), limit, seconds);
    checks.push({ ...astro, measured: `${astro.measured} (${ratio(phaseMs(result, 'astro') / result.baseline.astroMs)})` });
    checks.push(atMost(`${n}: brief pages ≤ 20 KB gzip HTML + CSS (largest)`, result.site.briefBytes.max, 20 * 1024, kilobytes));
    const { tags, bytes } = result.site.briefScripts;
    checks.push({
      target: `${n}: 0 bytes of JavaScript on brief pages`,
      measured: `${tags} scripts, ${bytes} bytes`,
      pass: tags + bytes === 0,
      result: tags + bytes === 0 ? 'PASS' : `MISS by ${bytes} bytes in ${tags} scripts`,
    });
  }
  return checks;
}

export function verdictTable(checks: Verdict[]): string {
  return table(['target', 'measured', 'result'], checks.map((check) => [check.target, check.measured, check.result]));
}
