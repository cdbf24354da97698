/**
 * `npm run bench [-- --sizes 100,1000,10000] [--incremental] [--runs 5] [--skip-pdfs] [--quick] [--search-only]`:
 * builds N synthetic MFIs and innovations (default N = 100, 1,000 and 10,000) with the real build and
 * prints, per size, each phase's wall time and peak memory, pages per second, the bytes of a
 * brief page, the JavaScript on brief pages, the bytes a search downloads, milliseconds per PDF,
 * and the same number of pages built by a bare Astro project; `--incremental` then edits one
 * brief and builds again (default size 1,000); then the targets of issues 8 and 14, PASS or MISS
 * with the margin and the load average; then the PDF figures of the bundled content, typeset
 * `--runs` times (`--skip-pdfs` leaves them out). `--quick` is `--sizes 100 --runs 1`. `--search-only`
 * measures only search (default sizes 1,000 and 10,000), on the real site of a small N cloned to
 * each size instead of a full build (scripts/bench/search-bench.ts). A benchmark that prints
 * figures, not a test: it fails only when a build fails. docs/benchmarks.md has the results.
 */
import { availableParallelism, constants, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { gigabytes } from './bench/format.ts';
import { printPdfFigures } from './bench/pdf-figures.ts';
import { removeLiveProjects, repository } from './bench/project.ts';
import { searchReport, searchVerdicts, sizeReport, summary, verdicts, verdictTable } from './bench/report.ts';
import { benchSearchAtScale } from './bench/search-bench.ts';
import { benchSize, type SizeResult } from './bench/site-bench.ts';
import { chromiumPath } from '../tests/browser/chromium.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    incremental: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    'skip-pdfs': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
  },
});
const defaultSizes = values['search-only'] ? '1000,10000' : values.incremental ? '1000' : '100,1000,10000';
const sizeList = values.quick ? '100' : (values.sizes ?? defaultSizes);
const sizes = sizeList.split(',').map(Number);
const runs = values.quick ? 1 : Math.max(1, Number(values.runs));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--sizes takes whole numbers separated by commas, e.g. 100,1000 (found "${values.sizes}")`);
  process.exit(2);
}

// The search figures need Chromium: said now, not after an hour of building (one line, as the tests say it).
try {
  chromiumPath();
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

/** Searched in every size's site; the synthetic briefs use the same words. */
const query = 'child labour';

// Ctrl-C reaches the build too (same process group); the temporary projects are ours to clear.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void removeLiveProjects().finally(() => process.exit(128 + constants.signals[signal])));
}

// Another build on the machine at the same time skews every figure: the load average shows it.
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');
console.log(
  `# npm run bench\n\nNode ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), ` +
    `${gigabytes(totalmem())} memory; load average ${load()} at the start\n`,
);
if (values['search-only']) {
  const searches = await benchSearchAtScale(sizes, query);
  for (const result of searches) console.log(`${searchReport(result)}\n`);
  console.log(`## Targets\n\n${verdictTable(searchVerdicts(searches))}\n`);
  console.log(`Load average ${load()} at the end.\n`);
  process.exit(0);
}
const results: SizeResult[] = [];
for (const size of sizes) {
  const result = await benchSize(size, query, { incremental: values.incremental });
  results.push(result);
  console.log(`${sizeReport(result)}\n`);
}
if (results.length) {
  console.log(`## All sizes\n\n${summary(results)}\n`);
  console.log(`## Targets\n\n${verdictTable(verdicts(results, availableParallelism()))}\n`);
}
console.log(`Load average ${load()} at the end of the builds.\n`);
if (!values['skip-pdfs']) {
  console.log('## PDF factsheets\n');
  await printPdfFigures(repository, runs);
}
