/**
 * `npm run build [-- --out-dir folder]`: validates the content, builds the site into a temporary
 * folder beside the output, and only then swaps it into place, so a failed build never leaves a
 * half-written site where the last good one was.
 */
import { rename, rm } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { printReport } from '../src/lib/validation/report.ts';
import { validateContent } from '../src/lib/validation/validate.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const root = process.cwd();
const outDir = resolve(root, values['out-dir']);
const staging = join(dirname(outDir), `.${basename(outDir)}-staging-${process.pid}`);

const report = await validateContent(root);
if (!printReport(report)) {
  console.error('The build stopped before writing anything: the content has problems.');
  process.exit(1);
}

try {
  await build({ root, outDir: staging, logLevel: process.env['CI'] ? 'warn' : 'info' });
  const previous = `${staging}-previous`;
  await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, outDir);
  await rm(previous, { recursive: true, force: true });
  console.log(`Site written to ${outDir}`);
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`The build failed; ${outDir} was left as it was.`);
  process.exit(1);
}
