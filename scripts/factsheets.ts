/**
 * `npm run factsheets -- --out <folder> [--root <project>] [--shard i/n] [--cache <folder>]`:
 * validates the content and writes every PDF factsheet (one per innovation, and one per
 * programme: a volume of its factsheets, or an index of them) into the folder, without building the site. PDFs whose inputs did not change come
 * from the factsheet cache, and what is typeset goes into it. With `--shard i/n`, only the i-th
 * of n shards of the factsheets is typeset (no programme PDF, which needs every factsheet), and
 * `--out` may be left out: the cache folder then holds the result, for `npm run build` on
 * another machine to reuse (see .github/workflows/factsheet-shards.yml), as the reference
 * cache (REFERENCE_CACHE, else node_modules/.cache/mfi-briefs/references) holds the references
 * formatted on the way, which the brief pages use again. Exits 1 on invalid
 * content or on a Typst error, 2 on wrong arguments.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheFolder, openFactsheetCache } from '../src/lib/pdf/cache.ts';
import { createIncrementalRenderer } from '../src/lib/pdf/incremental.ts';
import { parseShard, type Shard } from '../src/lib/pdf/shard.ts';
import { describeManifest } from '../src/lib/pdf/summary.ts';
import { writeFactsheets } from '../src/lib/pdf/write.ts';
import { referenceCacheFolder, referenceCacheVariable } from '../src/lib/reference-cache.ts';
import { printReport } from '../src/lib/validation/report.ts';
import { validateContent } from '../src/lib/validation/validate.ts';

const usage = 'Usage: npm run factsheets -- --out <folder> [--root <project folder>] [--shard i/n] [--cache <folder>]';
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    root: { type: 'string', default: '.' },
    shard: { type: 'string' },
    cache: { type: 'string' },
  },
});
let shard: Shard | undefined;
try {
  shard = values.shard === undefined ? undefined : parseShard(values.shard);
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (!values.out && !shard) {
  console.error(usage);
  process.exit(2);
}
const root = resolve(values.root);
// As in the build: the worker processes (which inherit it) share one folder of formatted
// references, and a shard's folder goes with its PDFs to the machine that builds the site.
process.env[referenceCacheVariable] = referenceCacheFolder(root);

const report = await validateContent(root);
if (!printReport(report)) process.exit(1);

try {
  const started = performance.now();
  const cache = openFactsheetCache(values.cache ? resolve(values.cache) : defaultCacheFolder(root));
  const renderer = await createIncrementalRenderer({ root, entries: report.entries, cache, ...(shard && { shard }) });
  try {
    if (values.out) {
      const out = resolve(values.out);
      const manifest = await writeFactsheets(renderer, out);
      console.log(describeManifest(manifest, performance.now() - started, out));
    } else {
      await mkdir(cache.folder, { recursive: true });
      await Promise.all(renderer.innovations.map((id) => renderer.innovation(id)));
    }
  } finally {
    await renderer.close();
  }
  const { typeset, reused, workers, workerPeakRssBytes } = renderer.counts();
  const part = shard ? `shard ${shard.index}/${shard.count}: ${renderer.innovations.length} factsheets, ` : '';
  console.log(
    `${part}${typeset.length} PDFs typeset (${workers} worker processes, peak ${Math.round(workerPeakRssBytes / 1024 ** 2)} MB each), ` +
      `${reused} reused; cache ${cache.folder} (${Math.round(performance.now() - started)} ms)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
