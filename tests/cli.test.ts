import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { childEnv } from './helpers/child-env.ts';
import { fixtureProject } from './helpers/fixtures.ts';

const exec = promisify(execFile);

/** Runs a project script with the Node that runs the tests (22, as `npm run` gives it). */
async function runScript(script: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [resolve('scripts', script), ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: childEnv({ GITHUB_ACTIONS: '', ...options.env }),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('the validate command', () => {
  it('exits 0 and says how many files it checked when the content is valid', async () => {
    const result = await runScript('validate.ts', [await fixtureProject()]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('Content is valid: 4 files checked.');
  });

  it('exits 1, prints one line per problem and a count, and no stack trace', async () => {
    const result = await runScript('validate.ts', [await fixtureProject('out-of-range')]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('content/mfis/out-of-range.yaml:'))).toHaveLength(5);
    expect(lines.at(-1)).toBe('5 problems in 5 files. Fix them and run npm run validate again.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('adds GitHub annotations under GitHub Actions', async () => {
    const result = await runScript('validate.ts', [await fixtureProject('unknown-vocabulary')], { env: { GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error file=content/innovations/unknown-vocabulary.mdx,line=12,col=13::results[0].change: unknown value; did you mean "fell"? (found "fel"; expected one of rose, fell, no-change, mixed, inconclusive)',
    );
  });
});

describe('the build command', () => {
  it('refuses invalid content before writing anything, and leaves the previous site as it was', async () => {
    const project = await fixtureProject('missing-reference');
    for (const name of ['src', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      await symlink(resolve(name), join(project, name));
    }
    await mkdir(join(project, 'dist'));
    await writeFile(join(project, 'dist', 'index.html'), 'previous site');
    const result = await runScript('build.ts', [], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/innovations/missing-reference.mdx:3:6: mfi: no mfi with this id');
    expect(result.stderr).toContain('The build stopped before writing anything');
    expect(await readdir(join(project, 'dist'))).toEqual(['index.html']);
    expect(await readFile(join(project, 'dist', 'index.html'), 'utf8')).toBe('previous site');
    expect((await readdir(project)).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('fails on a problem found after Astro ran (a broken link), and still leaves the previous site as it was', { timeout: 120_000 }, async () => {
    const project = await fixtureProject();
    await cp(resolve('src'), join(project, 'src'), { recursive: true });
    await writeFile(join(project, 'src', 'pages', 'stray.astro'), '<a href="/no-such-page/">a link to nowhere</a>\n');
    for (const name of ['node_modules', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      await symlink(resolve(name), join(project, name));
    }
    await mkdir(join(project, 'dist'));
    await writeFile(join(project, 'dist', 'index.html'), 'previous site');
    const result = await runScript('build.ts', [], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('1 broken link:\n  /stray/index.html: /no-such-page/ (no such file)');
    expect(result.stderr).toContain('The build failed;');
    expect(await readdir(join(project, 'dist'))).toEqual(['index.html']);
    expect((await readdir(project)).filter((name) => name.includes('staging'))).toEqual([]);
  });
});
