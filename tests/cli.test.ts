import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
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
    const result = await runScript('validate.ts', [await fixtureProject('unknown-vocabulary')], {
      env: { GITHUB_ACTIONS: 'true' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error file=content/innovations/unknown-vocabulary.mdx,line=12,col=13::results[0].change: unknown value; did you mean "fell"? (found "fel"; expected one of rose, fell, no-change, mixed, inconclusive)',
    );
  });
});
