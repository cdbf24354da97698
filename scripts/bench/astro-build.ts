/**
 * `astro build` of the project in the current folder, through Astro's API as scripts/build.ts
 * calls it, timed the way build.ts times its Astro phase; prints `{ ms, peakRssBytes }` as JSON
 * on its last line. The bare baseline of `npm run bench` runs in this.
 */
import { performance } from 'node:perf_hooks';
import { build } from 'astro';

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'warn' });
console.log(JSON.stringify({ ms: Math.round(performance.now() - started), peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
