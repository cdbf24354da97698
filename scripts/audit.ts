/**
 * `npm run audit [-- --dist dist] [--pages home,brief]`: Lighthouse (mobile profile, its default)
 * on each page type of a built site, served on 127.0.0.1, in Debian's Chromium (CHROME_PATH, never
 * a downloaded browser), from a server that compresses and caches as a host would. Prints the four category scores and the layout shift per page type and
 * exits 1 if any score is below 100. Build first (`npm run build`).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { promisify } from 'node:util';
import { chromiumPath } from '../tests/browser/chromium.ts';
import { serveSite } from '../tests/helpers/static-server.ts';

const pageTypes: Record<string, string> = {
  home: '/',
  brief: '/innovations/imon-womens-entrepreneurship/',
  mfi: '/mfis/imon-international/',
  programme: '/programmes/mf4dw/',
  evidence: '/evidence/',
  compare: '/compare/',
  search: '/search/',
  data: '/data/',
  challenges: '/challenges/',
  countries: '/countries/',
  // The page a host sends for an unknown address; Lighthouse measures no page answered with 404.
  '404': '/404.html',
};
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The flags the project's browser tests use: a quiet headless Chromium on a machine without network. */
const chromeFlags =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, pages: { type: 'string' } },
});
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(1);
}
const chosen = values.pages ? values.pages.split(',') : Object.keys(pageTypes);
const unknown = chosen.filter((name) => !(name in pageTypes));
if (unknown.length) {
  console.error(`Unknown page type ${unknown.join(', ')}; valid: ${Object.keys(pageTypes).join(', ')}.`);
  process.exit(1);
}

const lighthouse = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const run = promisify(execFile);
const site = await serveSite(dist, { host: true });
const work = await mkdtemp(join(tmpdir(), 'audit-'));
let below = 0;
try {
  console.log(['page', ...categories, 'CLS', 'LCP ms', 'TBT ms'].map((cell) => cell.padEnd(15)).join(''));
  for (const name of chosen) {
    const report = join(work, `${name}.json`);
    await run(
      process.execPath,
      [
        lighthouse,
        `${site.url}${pageTypes[name]}`,
        `--chrome-flags=${chromeFlags}`,
        `--only-categories=${categories.join(',')}`,
        '--output=json',
        `--output-path=${report}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
    );
    const result = JSON.parse(await readFile(report, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
    };
    const scores = categories.map((c) => Math.round((result.categories[c]?.score ?? 0) * 100));
    below += scores.filter((score) => score < 100).length;
    const metric = (id: string) => result.audits[id]?.numericValue ?? NaN;
    const figures = [
      metric('cumulative-layout-shift').toFixed(3),
      metric('largest-contentful-paint').toFixed(0),
      metric('total-blocking-time').toFixed(0),
    ];
    console.log([name, ...scores.map(String), ...figures].map((cell) => cell.padEnd(15)).join(''));
    // Say what cost the points, so that a score below 100 can be acted on.
    if (scores.some((score) => score < 100)) {
      const failing = Object.entries(result.audits)
        .filter(([, a]) => a.score !== null && a.score < 0.9)
        .map(([id, a]) => `${id} (${a.title})`);
      console.log(`  below 0.9: ${failing.join('; ') || 'none'}`);
    }
  }
} finally {
  await site.close();
  await rm(work, { recursive: true, force: true });
}
process.exit(below > 0 ? 1 : 0);
