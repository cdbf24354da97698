import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
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

/**
 * Builds the site once for the whole run, with the real build script, into a folder of its own
 * (never the developer's dist/, and never another run's), and tells the tests where it is.
 */
export default async function setup(project: TestProject) {
  await mkdir(resolve('tests/.output'), { recursive: true });
  const distDir = join(await mkdtemp(resolve('tests/.output/run-')), 'dist');
  try {
    await run(process.execPath, ['scripts/build.ts', '--out-dir', distDir], { env: childEnv({ CI: '1' }), maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`The site build for the tests failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
  project.provide('distDir', distDir);
  return () => rm(dirname(distDir), { recursive: true, force: true });
}
