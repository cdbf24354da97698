/**
 * Temporary project folders for the benchmark, in the system's temp folder. Each gets its own
 * `node_modules/` of links to ours, package by package, rather than one link to the folder:
 * Astro and Vite keep their caches in `node_modules/.astro` and `node_modules/.vite`, the build
 * its factsheet cache in `node_modules/.cache`, and a shared cache would both warm the measured
 * build and clash with builds running in this checkout.
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This checkout: its node_modules, src and configuration serve every benchmark project. */
export const repository = fileURLToPath(new URL('../../', import.meta.url));

export interface TempProject {
  root: string;
  remove(): Promise<void>;
}

/** The folders not yet removed, so that an interrupted benchmark can still clear them away. */
const live = new Set<string>();

export async function removeLiveProjects(): Promise<void> {
  await Promise.all([...live].map((root) => rm(root, { recursive: true, force: true })));
}

export async function tempProject(name: string): Promise<TempProject> {
  const root = await mkdtemp(join(tmpdir(), `mfi-briefs-bench-${name}-`));
  live.add(root);
  const modules = join(root, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(join(repository, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    await symlink(join(repository, 'node_modules', entry), join(modules, entry));
  }
  return {
    root,
    async remove() {
      await rm(root, { recursive: true, force: true });
      live.delete(root);
    },
  };
}

/**
 * Makes `project` a copy of this site's code, around content already in its `content/`. `src`
 * is copied, not linked: Astro resolves a linked `src` to paths outside the project root and
 * then fails to find the styles of its components.
 */
export async function addSiteCode(project: TempProject): Promise<void> {
  await cp(join(repository, 'src'), join(project.root, 'src'), { recursive: true });
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await symlink(join(repository, name), join(project.root, name));
  }
}
