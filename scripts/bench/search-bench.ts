/**
 * `npm run bench -- --search-only`: the search figures at each size without a full build at that
 * size. The real site is built once from `baseSize` synthetic briefs and institutions, then for
 * each size cloned into a scratch site and indexed (search-scale.ts), and measured in Chromium
 * (search-bytes.ts). The folders go, whatever happens.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { count } from './format.ts';
import { addSiteCode, tempProject } from './project.ts';
import type { SearchResult } from './report.ts';
import { runBuild } from './run-build.ts';
import { searchBytes } from './search-bytes.ts';
import { scaledSearchSite } from './search-scale.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

/** Enough briefs that every synthetic country, challenge and method occurs; small enough to build in a few minutes. */
export const baseSize = 100;

export async function benchSearchAtScale(sizes: readonly number[], query: string): Promise<SearchResult[]> {
  const project = await tempProject(`search-n${baseSize}`);
  try {
    console.error(`Search: building the site of N = ${baseSize} to clone…`);
    await writeSyntheticContent(project.root, baseSize);
    await addSiteCode(project);
    const { dist } = await runBuild(project.root);
    const results: SearchResult[] = [];
    for (const size of sizes) {
      const scratchProject = await tempProject(`search-n${size}`);
      const scratch = join(scratchProject.root, 'dist');
      try {
        const start = loadavg();
        console.error(`Search: cloning to N = ${size} and indexing…`);
        const { searchable } = await scaledSearchSite(dist, size, scratch);
        console.error(`Search: measuring N = ${size} (${count(searchable)} pages in the index)…`);
        const search = await searchBytes(scratch, query);
        const origin =
          `The real build of N = ${baseSize}, its briefs and institutions cloned to ${count(size)} each ` +
          `(${count(searchable)} pages in the index, made by the real search-index step).`;
        results.push({ size, search, load: { start, end: loadavg() }, origin });
      } finally {
        await scratchProject.remove();
      }
    }
    return results;
  } finally {
    await project.remove();
  }
}
