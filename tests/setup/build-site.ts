import { execFile } from 'node:child_process';
import { access, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { childEnv } from '../helpers/child-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

const run = promisify(execFile);

/** The environment variable that names a site already built from this checkout (CI builds once). */
const builtSiteVariable = 'TEST_SITE_DIR';

/** A site built for this run, shared by the site and browser projects (both run this setup). */
interface SharedBuild {
  distDir: Promise<string>;
  users: number;
}
const sharedKey = Symbol.for('mfi-briefs.tests.site-build');
const shared = globalThis as typeof globalThis & { [sharedKey]?: SharedBuild };

/**
 * Gives the site and browser tests the built bundled site. When TEST_SITE_DIR names a built site
 * folder, that folder is used as it is (and left in place); otherwise the site is built once for
 * the run, with the real build script, into a folder of its own (never the developer's dist/, and
 * never another run's), which is removed when the last project using it is done.
 */
export default async function setup(project: TestProject) {
  const given = process.env[builtSiteVariable];
  if (given) {
    project.provide('distDir', await existingSite(given));
    return;
  }
  shared[sharedKey] ??= { distDir: buildSite(), users: 0 };
  const build = shared[sharedKey];
  build.users++;
  project.provide('distDir', await build.distDir);
  return async () => {
    if (--build.users > 0) return;
    delete shared[sharedKey];
    await rm(dirname(await build.distDir), { recursive: true, force: true });
  };
}

async function existingSite(given: string): Promise<string> {
  const distDir = resolve(given);
  await access(join(distDir, 'index.html')).catch(() => {
    throw new Error(`${builtSiteVariable}=${given}: ${distDir} holds no built site (no index.html); run npm run build first.`);
  });
  return distDir;
}

async function buildSite(): Promise<string> {
  await mkdir(resolve('tests/.output'), { recursive: true });
  const distDir = join(await mkdtemp(resolve('tests/.output/run-')), 'dist');
  try {
    await run(process.execPath, ['scripts/build.ts', '--out-dir', distDir], {
      env: childEnv({ CI: '1' }),
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(dirname(distDir), { recursive: true, force: true });
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The site build for the tests failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
  return distDir;
}
