/** The printout of the site benchmark: one section per size, a summary, and the targets. */
import { count, gigabytes, kilobytes, ratio, seconds, table } from './format.ts';
import { parts, type SearchBytes, type Transfer } from './search-bytes.ts';
import type { Load, SizeResult } from './site-bench.ts';
import { atMost, type Verdict } from './targets.ts';

const phaseNames: Record<string, string> = {
  validate: 'validate',
  pdfs: 'PDFs',
  astro: 'Astro',
  'search-index': 'search index',
  links: 'links',
};

const phaseMs = (result: Pick<SizeResult, 'build'>, phase: string) => result.build.phases.find((p) => p.phase === phase)?.ms ?? 0;

/** The 1-minute load average at the start and the end of a build: above the core count, others were working too. */
export const loadText = (load: Load) => `${load.start[0]!.toFixed(1)} → ${load.end[0]!.toFixed(1)}`;
/** Wall time per typeset factsheet: the PDF phase ÷ the PDFs it typeset (not those from the cache). */
const msPerPdf = (result: SizeResult) => phaseMs(result, 'pdfs') / Math.max(1, result.pdfs.typeset || result.pdfs.factsheets);
const pagesPerSecond = (result: SizeResult) => result.site.htmlPages / (result.build.wallMs / 1000);

export function sizeReport(result: SizeResult): string {
  const { size, build, pdfs, site, search, baseline, rebuild } = result;
  const phases = table(
    ['phase', 'wall time', 'peak memory of the build process so far'],
    [
      ...build.phases.map((phase) => [phaseNames[phase.phase] ?? phase.phase, seconds(phase.ms), gigabytes(phase.peakRssBytes)]),
      [
        '**whole build** (start to exit)',
        `**${seconds(build.wallMs)}**`,
        `**${gigabytes(build.peakTreeBytes)}** (process tree, sampled)`,
      ],
    ],
  );
  const figures = table(
    ['figure', 'value'],
    [
      ['HTML pages', count(site.htmlPages)],
      ['pages per second (HTML pages ÷ whole build)', pagesPerSecond(result).toFixed(1)],
      [
        `brief pages, gzip HTML + CSS (median; max)`,
        `${kilobytes(site.briefBytes.median)}; ${kilobytes(site.briefBytes.max)} (${site.briefBytes.largest})`,
      ],
      ['JavaScript on brief pages', `${site.briefScripts.tags} scripts, ${site.briefScripts.bytes} bytes`],
      ['pages with a script tag', site.pagesWithScripts.length ? site.pagesWithScripts.join(', ') : 'none'],
      [`search: first view of /search/ (the newest pages and facet counts, built in)`, transferText(search.firstView)],
      [`search: then typing "${search.query}" (${search.status})`, transferText(search.typing)],
      ['search: then moving to the filters (the counts of the query)', transferText(search.counting)],
      [
        'PDFs',
        `${count(pdfs.factsheets)} factsheets + ${pdfs.programmes} programme PDFs, ${count(pdfs.pages)} pages; ${count(pdfs.typeset)} typeset by ${pdfs.workers} worker processes`,
      ],
      ['milliseconds per PDF factsheet (PDF phase ÷ PDFs typeset)', msPerPdf(result).toFixed(1)],
      ['PDF worker peak resident memory', gigabytes(pdfs.workerPeakRssBytes)],
      [
        `bare Astro baseline, ${count(baseline.pages)} pages: Astro build; whole process`,
        `${seconds(baseline.astroMs)}; ${seconds(baseline.wallMs)}, ${gigabytes(baseline.peakTreeBytes)}`,
      ],
      ['our Astro phase ÷ baseline Astro build', ratio(phaseMs(result, 'astro') / baseline.astroMs)],
      ['our whole build ÷ baseline whole process', ratio(build.wallMs / baseline.wallMs)],
      ...(rebuild
        ? [
            [
              'rebuild after editing one brief: whole build',
              `${seconds(rebuild.build.wallMs)} (${rebuild.build.phases.map((p) => `${phaseNames[p.phase] ?? p.phase} ${seconds(p.ms)}`).join(', ')}); ` +
                `${rebuild.pdfs.typeset} PDFs typeset; load ${loadText(rebuild.load)}`,
            ],
          ]
        : []),
    ],
  );
  return [
    `## N = ${count(size)} (${count(size)} MFIs, ${count(size)} innovations)`,
    '',
    `Load average (1 minute) ${loadText(result.load)} during the build.`,
    '',
    phases,
    '',
    figures,
  ].join('\n');
}

export function summary(results: SizeResult[]): string {
  return table(
    [
      'N',
      'HTML pages',
      'validate',
      'PDFs',
      'Astro',
      'search index',
      'links',
      'whole build',
      'peak memory',
      'pages/s',
      'baseline Astro',
      'Astro ÷ baseline',
      'ms per brief',
      'load (1 min)',
    ],
    results.map((result) => [
      count(result.size),
      count(result.site.htmlPages),
      ...['validate', 'pdfs', 'astro', 'search-index', 'links'].map((phase) => seconds(phaseMs(result, phase))),
      seconds(result.build.wallMs),
      gigabytes(result.build.peakTreeBytes),
      pagesPerSecond(result).toFixed(1),
      seconds(result.baseline.astroMs),
      ratio(phaseMs(result, 'astro') / result.baseline.astroMs),
      (result.build.wallMs / result.size).toFixed(1),
      loadText(result.load),
    ]),
  );
}

/** The PDF workers are replaced above this memory (parallel.ts), which bounds them at any N. */
const workerBound = 0.6 * 1024 ** 3;

/** The targets of issue 14 (and those of issue 8 that still hold), for the sizes that were run. */
export function verdicts(results: SizeResult[], cores: number): Verdict[] {
  const checks: Verdict[] = [];
  const coreNote = cores === 2 ? '' : ` (this machine has ${cores} cores, the target assumes 2)`;
  const add = (result: Pick<SizeResult, 'load'>, verdict: Verdict) => checks.push({ ...verdict, load: loadText(result.load) });
  const thousand = results.find((result) => result.size === 1000);
  const tenThousand = results.find((result) => result.size === 10000);
  if (thousand) {
    add(thousand, atMost(`N = 1,000: fully built in ≤ 30 s${coreNote}`, thousand.build.wallMs, 30_000, seconds));
    add(
      thousand,
      atMost(`N = 1,000: ≤ 1.5 GB peak memory (process tree)`, thousand.build.peakTreeBytes, 1.5 * 1024 ** 3, gigabytes),
    );
    const wholeRatio = thousand.build.wallMs / thousand.baseline.wallMs;
    add(thousand, atMost(`N = 1,000: whole build ≤ 10× a bare Astro build`, wholeRatio, 10, ratio));
    const astroRatio = phaseMs(thousand, 'astro') / thousand.baseline.astroMs;
    add(thousand, atMost(`N = 1,000: Astro phase ≤ 2× a bare Astro build`, astroRatio, 2, ratio));
    add(thousand, atMost(`N = 1,000: validate (2,004 files) ≤ 1 s`, phaseMs(thousand, 'validate'), 1000, seconds));
    if (thousand.rebuild) {
      add(
        thousand.rebuild,
        atMost(`N = 1,000: rebuild after editing one brief ≤ 10 s`, thousand.rebuild.build.wallMs, 10_000, seconds),
      );
    }
  }
  if (tenThousand) {
    add(tenThousand, atMost(`N = 10,000: fully built in ≤ 5 minutes${coreNote}`, tenThousand.build.wallMs, 300_000, seconds));
    add(
      tenThousand,
      atMost(`N = 10,000: ≤ 3 GB peak memory (process tree)`, tenThousand.build.peakTreeBytes, 3 * 1024 ** 3, gigabytes),
    );
    if (thousand) {
      const growth = tenThousand.build.wallMs / tenThousand.size / (thousand.build.wallMs / thousand.size);
      add(tenThousand, atMost(`N = 10,000: cost per brief ≤ 1.2× the cost at 1,000`, growth, 1.2, ratio));
    }
  }
  checks.push(...searchVerdicts(results));
  for (const result of results) {
    const n = `N = ${count(result.size)}`;
    add(
      result,
      atMost(`${n}: PDFs ≤ 15 ms per factsheet (both cores)`, msPerPdf(result), 15, (ms) => `${ms.toFixed(1)} ms`),
    );
    add(
      result,
      atMost(
        `${n}: PDF worker memory flat (≤ ${gigabytes(workerBound)}, the recycling bound)`,
        result.pdfs.workerPeakRssBytes,
        workerBound,
        gigabytes,
      ),
    );
    add(result, atMost(`${n}: brief pages ≤ 20 KB gzip HTML + CSS (largest)`, result.site.briefBytes.max, 20 * 1024, kilobytes));
    const { tags, bytes } = result.site.briefScripts;
    add(result, {
      target: `${n}: 0 bytes of JavaScript on brief pages`,
      measured: `${tags} scripts, ${bytes} bytes`,
      pass: tags + bytes === 0,
      result: tags + bytes === 0 ? 'PASS' : `MISS by ${bytes} bytes in ${tags} scripts`,
    });
  }
  return checks;
}

/** One size's search figures: from a full build, or from a cloned site (`npm run bench -- --search-only`). */
export interface SearchResult {
  size: number;
  search: SearchBytes;
  load: Load;
  /** How the site was made, when not by a full build at this size. */
  origin?: string;
}

/** Bytes, requests and the parts that were fetched, e.g. "181.2 KB in 25 requests (engine 90.1 KB, …)". */
export function transferText(t: Transfer): string {
  const fetched = parts.filter((part) => t.parts[part] > 0).map((part) => `${part} ${kilobytes(t.parts[part])}`);
  return `${kilobytes(t.bytes)} in ${t.requests} requests (${fetched.join(', ')})`;
}

export function searchReport(result: SearchResult): string {
  const { size, search, load } = result;
  return [
    `## Search at N = ${count(size)}`,
    '',
    `${result.origin ?? 'A full build.'} Load average (1 minute) ${loadText(load)} while it was made and measured.`,
    '',
    table(
      ['figure', 'transferred (gzip as a host sends it)'],
      [
        ['first view of /search/ (the newest pages and facet counts, built in)', transferText(search.firstView)],
        [`then typing "${search.query}" (${search.status})`, transferText(search.typing)],
        ['then moving to the filters (the counts of the query)', transferText(search.counting)],
      ],
    ),
  ].join('\n');
}

/** The search targets of issue 14, at N = 10,000. */
export function searchVerdicts(results: readonly SearchResult[]): Verdict[] {
  const tenThousand = results.find((result) => result.size === 10000);
  if (!tenThousand) return [];
  const { firstView, typing } = tenThousand.search;
  return [
    atMost(`N = 10,000: /search/ first view ≤ 300 KB transferred`, firstView.bytes, 300 * 1024, kilobytes),
    atMost(`N = 10,000: a search query ≤ 200 KB transferred`, typing.bytes, 200 * 1024, kilobytes),
  ].map((verdict) => ({ ...verdict, load: loadText(tenThousand.load) }));
}

export function verdictTable(checks: Verdict[]): string {
  return table(
    ['target', 'measured', 'result', 'load (1 min)'],
    checks.map((check) => [check.target, check.measured, check.result, check.load ?? '']),
  );
}
