/**
 * The PDF part of `npm run bench`: typesets every PDF factsheet of the bundled content `runs`
 * times on one thread and prints the median milliseconds per factsheet (the two-page rule and
 * column balancing included), per programme PDF, and the total for all.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { performance } from 'node:perf_hooks';
import { createFactsheetRenderer, type FactsheetRenderer } from '../../src/lib/pdf/render.ts';
import { fontDirectory } from '../../src/lib/pdf/typst.ts';
import { printReport } from '../../src/lib/validation/report.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = (work: () => void) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

export async function printPdfFigures(root: string, runs: number): Promise<void> {
  const report = await validateContent(root);
  if (!printReport(report)) throw new Error(`The content in ${root} is not valid.`);

  // Typst memoises layouts in a cache global to the process. Emptying it before each run makes
  // every run as cold as a build, which typesets each factsheet once.
  const typstCache = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDirectory()] }] });

  const timings = new Map<string, number[]>();
  const totals: number[] = [];
  const setups: number[] = [];
  let renderer: FactsheetRenderer | undefined;
  for (let run = 0; run < runs; run++) {
    typstCache.evictCache(0);
    const setupStarted = performance.now();
    // A fresh renderer each run, too: it remembers the factsheets it has typeset.
    const current = await createFactsheetRenderer({ root, entries: report.entries });
    setups.push(performance.now() - setupStarted);
    renderer = current;
    let total = 0;
    for (const id of current.innovations) {
      const ms = time(() => current.innovation(id));
      timings.set(id, [...(timings.get(id) ?? []), ms]);
      total += ms;
    }
    for (const id of current.programmes) {
      const ms = time(() => current.programme(id));
      timings.set(`programme ${id}`, [...(timings.get(`programme ${id}`) ?? []), ms]);
      total += ms;
    }
    totals.push(total);
  }

  const { innovations, programmes } = renderer!;
  const width = Math.max(...[...timings.keys()].map((id) => id.length));
  console.log(`PDF factsheets of the bundled content, one thread: median of ${runs} cold runs, in milliseconds`);
  console.log(`${'setup (content, fonts)'.padEnd(width)}  ${median(setups).toFixed(1).padStart(7)}`);
  for (const [id, ms] of timings) console.log(`${id.padEnd(width)}  ${median(ms).toFixed(1).padStart(7)}`);
  const perFactsheet = innovations.map((id) => median(timings.get(id)!));
  const mean = perFactsheet.reduce((sum, ms) => sum + ms, 0) / perFactsheet.length;
  console.log(`\n${mean.toFixed(1)} ms per factsheet (mean over ${innovations.length} factsheets)`);
  console.log(
    `${median(totals).toFixed(0)} ms for all ${innovations.length} factsheets and ${programmes.length} programme PDFs (setup not included)`,
  );
}
