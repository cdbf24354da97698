/**
 * `npm run factsheets -- --out <folder> [--root <project>]`: validates the content and writes
 * every PDF factsheet (one per innovation, one combined per programme) into the folder, without
 * building the site. Exits 1 on invalid content or on a Typst error.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createParallelRenderer } from '../src/lib/pdf/parallel.ts';
import { describeManifest } from '../src/lib/pdf/summary.ts';
import { writeFactsheets } from '../src/lib/pdf/write.ts';
import { printReport } from '../src/lib/validation/report.ts';
import { validateContent } from '../src/lib/validation/validate.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, root: { type: 'string', default: '.' } } });
if (!values.out) {
  console.error('Usage: npm run factsheets -- --out <folder> [--root <project folder>]');
  process.exit(2);
}
const root = resolve(values.root);
const out = resolve(values.out);

const report = await validateContent(root);
if (!printReport(report)) process.exit(1);

try {
  const started = performance.now();
  const renderer = await createParallelRenderer({ root, entries: report.entries });
  const manifest = await writeFactsheets(renderer, out).finally(() => renderer.close());
  console.log(describeManifest(manifest, performance.now() - started, out));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
