/**
 * `npm run build [-- --out-dir folder] [--timings file.json]`: `astro build`, whose site-build
 * integration (src/integrations/site-build.ts) validates the content, typesets the PDF
 * factsheets, indexes the site for search and checks its links, all in a staging folder that
 * replaces the output only when every step succeeded. This script adds the flags and prints a
 * failure as one message, without a stack trace.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { SiteBuildError, timingsVariable } from '../src/integrations/site-build.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' }, timings: { type: 'string' } } });
const root = process.cwd();
const outDir = resolve(root, values['out-dir']);
if (values.timings) process.env[timingsVariable] = resolve(values.timings);

try {
  await build({ root, outDir, logLevel: process.env['CI'] ? 'warn' : 'info' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  // The integration's own failures say this already; the staging goes when the process exits.
  if (!(error instanceof SiteBuildError)) console.error(`The build failed; ${outDir} was left as it was.`);
  process.exit(1);
}
