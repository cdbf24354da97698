/**
 * The yardstick for the Astro phase: a bare Astro project (our Astro, from our node_modules)
 * whose one dynamic route emits as many trivial pages as the site has MFI and innovation pages,
 * built with `astro build`. What our build takes beyond it is the cost of our pages.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode, type ChildRun } from './run-build.ts';
import { tempProject } from './project.ts';

export interface BaselineRun extends ChildRun {
  pages: number;
  /** Astro's build alone, timed inside the process as build.ts times its Astro phase. */
  astroMs: number;
}

const page = (count: number) => `---
export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, index) => ({ params: { slug: \`page-\${index}\` } }));
}
const { slug } = Astro.params;
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{slug}</title></head>
  <body><h1>{slug}</h1><p>A trivial page.</p></body>
</html>
`;

/** One cold build, in a fresh project (Astro's caches would make a second build in it warm). */
async function buildOnce(pages: number): Promise<BaselineRun> {
  const project = await tempProject('baseline');
  try {
    await mkdir(join(project.root, 'src', 'pages'), { recursive: true });
    await writeFile(
      join(project.root, 'package.json'),
      `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' })}\n`,
    );
    await writeFile(join(project.root, 'src', 'pages', '[slug].astro'), page(pages));
    const log = join(project.root, 'build.log');
    const run = await runNode([fileURLToPath(new URL('astro-build.ts', import.meta.url))], project.root, log);
    const last = (await readFile(log, 'utf8')).trim().split('\n').at(-1)!;
    return { ...run, pages, astroMs: (JSON.parse(last) as { ms: number }).ms };
  } finally {
    await project.remove();
  }
}

/** The median of three cold builds: a build of a few seconds varies by a third from run to run. */
export async function runBaseline(pages: number): Promise<BaselineRun> {
  const runs: BaselineRun[] = [];
  for (let run = 0; run < 3; run++) runs.push(await buildOnce(pages));
  return runs.sort((a, b) => a.astroMs - b.astroMs)[1]!;
}
