/**
 * Attacks on the build itself, bypassing `npm run validate`: Astro's loader must refuse on its own
 * what the validator refuses, because it reads content through the same code.
 */
import { execFile } from 'node:child_process';
import { cp, readdir, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from './helpers/fixtures.ts';

const exec = promisify(execFile);

/** `astro build` alone (no validation step first) in a fixture project with a copy of the code. */
async function astroBuild(caseName: string) {
  const project = await fixtureProject(caseName);
  // A copy of the code (Astro's compiler keys its caches by real path, so links to src/ would not do).
  for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    await cp(resolve(name), join(project, name), { recursive: true });
  await symlink(resolve('node_modules'), join(project, 'node_modules'));
  try {
    await exec(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(project, 'dist')], {
      cwd: project,
      env: { ...process.env, CI: '1', NO_COLOR: '1' },
    });
    return { project, code: 0, output: '' };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { project, code, output: `${stdout}${stderr}` };
  }
}

describe('astro build without the validation step', () => {
  it('refuses a symbolic-linked MDX file with its line, and neither runs nor publishes its code', async () => {
    const { project, code, output } = await astroBuild('symlinked-file');
    expect(code).not.toBe(0);
    expect(output).toContain('content/innovations/linked.mdx:1:1: the file is a symbolic link');
    expect(existsSync(join(project, 'symlink-ran.txt'))).toBe(false);
    const written = existsSync(join(project, 'dist')) ? await readdir(join(project, 'dist'), { recursive: true }) : [];
    expect(written.filter((name) => String(name).includes('linked'))).toEqual([]);
  }, 240_000);
});
