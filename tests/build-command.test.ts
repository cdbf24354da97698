import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
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

  it('fails on a problem found after Astro ran (a broken link), and still leaves the previous site as it was', {
    timeout: 120_000,
  }, async () => {
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

/** A copy of the project around the valid fixture content, with a previous site in dist/. */
async function projectWithPreviousSite(caseName?: string): Promise<string> {
  const project = await fixtureProject(caseName);
  await cp(resolve('src'), join(project, 'src'), { recursive: true });
  for (const name of ['node_modules', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    await symlink(resolve(name), join(project, name));
  await mkdir(join(project, 'dist'));
  await writeFile(join(project, 'dist', 'index.html'), 'previous site');
  return project;
}

const stagingNames = async (project: string) => (await readdir(project)).filter((name) => name.includes('staging'));

describe('an interrupted build', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'removes its staging folders on %s and leaves the previous site as it was',
    { timeout: 120_000 },
    async (signal) => {
      const project = await projectWithPreviousSite();
      const child = spawn(process.execPath, [resolve('scripts/build.ts')], {
        cwd: project,
        env: childEnv({ GITHUB_ACTIONS: '', CI: '1' }),
        stdio: 'ignore',
      });
      const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, by) => done(by)));
      // Interrupted once it is writing: the PDF step and Astro stage beside dist/.
      await vi.waitFor(async () => expect(await stagingNames(project)).not.toEqual([]), { timeout: 90_000, interval: 20 });
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(await stagingNames(project)).toEqual([]);
      expect(await readFile(join(project, 'dist', 'index.html'), 'utf8')).toBe('previous site');
    },
  );

  it('is cleaned up at the next start when it was killed outright (SIGKILL)', async () => {
    const project = await fixtureProject('missing-reference');
    for (const name of ['src', 'node_modules', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      await symlink(resolve(name), join(project, name));
    // A build that SIGKILL stopped: its process no longer runs (no process has this id).
    for (const name of ['.dist-staging-99999999', '.dist-staging-99999999-factsheets']) await mkdir(join(project, name));
    await writeFile(join(project, '.dist-staging-99999999-factsheets.json'), '{}');
    const result = await runScript('build.ts', [], { cwd: project });
    expect(result.code).toBe(1);
    expect(await stagingNames(project)).toEqual([]);
  });

  it('has its staging folders ignored by git', async () => {
    const ignored = await exec('git', [
      'check-ignore',
      '--no-index',
      '.dist-staging-123',
      '.dist-staging-123-factsheets.json',
      'out/.site-staging-7-previous',
    ]);
    expect(ignored.stdout.trim().split('\n')).toEqual([
      '.dist-staging-123',
      '.dist-staging-123-factsheets.json',
      'out/.site-staging-7-previous',
    ]);
  });
});
