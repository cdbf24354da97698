import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const exec = promisify(execFile);
const workflowsDir = resolve('.github/workflows');
/** action-validator checks a workflow against the schema GitHub publishes for workflow files. */
const validator = resolve('node_modules/@action-validator/cli/cli.mjs');

async function validate(file: string): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [validator, file], { env: { ...process.env, NO_COLOR: '1' } });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stdout + stderr };
  }
}

const workflows = (await readdir(workflowsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();

describe('GitHub workflows', () => {
  it('include the checks and the Pages deployment', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
  });

  it.each(workflows)('%s is a valid workflow', async (name) => {
    const result = await validate(join(workflowsDir, name));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a misspelt job key', 'runs-on:', 'run-on:', "Additional property 'run-on' is not allowed"],
    ['a number written as a word', 'timeout-minutes: 30', 'timeout-minutes: thirty', '/jobs/check/timeout-minutes'],
    ['an unknown event', 'pull_request:', 'pull_requests:', 'pull_requests'],
  ])('fails a copy of ci.yml with %s', async (_case, from, to, reported) => {
    const text = await readFile(join(workflowsDir, 'ci.yml'), 'utf8');
    expect(text).toContain(from);
    const broken = join(await mkdtemp(join(tmpdir(), 'workflow-')), 'ci.yml');
    await writeFile(broken, text.replace(from, to));
    const result = await validate(broken);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(reported);
  });

  it.each(workflows)('%s uploads no hidden path without asking for hidden files', async (name) => {
    // upload-artifact (v4.4 on) silently leaves out files and folders whose names start with a dot.
    const workflow = parse(await readFile(join(workflowsDir, name), 'utf8')) as {
      env?: Record<string, string>;
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const uploads = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses?.startsWith('actions/upload-artifact@') && step.with?.['include-hidden-files'] !== true);
    for (const step of uploads) {
      const paths = String(step.with?.['path'] ?? '')
        .replace(/\$\{\{\s*env\.(\w+)\s*\}\}/g, (_, variable: string) => workflow.env?.[variable] ?? '')
        .split('\n')
        .filter(Boolean);
      for (const path of paths)
        expect(
          path.split('/').filter((part) => part.startsWith('.') && part !== '.' && part !== '..'),
          path,
        ).toEqual([]);
    }
  });
});
