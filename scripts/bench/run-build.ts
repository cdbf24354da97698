/**
 * Runs the real build (scripts/build.ts) on a benchmark project, as a child process whose whole
 * tree is sampled for memory, and reads back the wall time and peak memory of each phase that
 * the build writes with `--timings`.
 */
import { spawn } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { childEnv } from '../../tests/helpers/child-env.ts';
import { sampleTreeMemory } from './memory.ts';
import { repository } from './project.ts';

export interface PhaseTiming {
  phase: string;
  ms: number;
  /** The build process's own peak resident memory by the end of the phase (it never goes down). */
  peakRssBytes: number;
}

export interface ChildRun {
  /** From start to exit of the child process, as a person waiting for it sees it. */
  wallMs: number;
  /** The highest resident memory of the child and everything it started, sampled. */
  peakTreeBytes: number;
}

/** Runs `args` with this Node (22, as npm gives it) in `cwd`; its output goes to `log`. */
export async function runNode(args: string[], cwd: string, log: string, env: Record<string, string> = {}): Promise<ChildRun> {
  const output = await open(log, 'w');
  try {
    // Vite's variables would leak into a child Astro build; BASE_PATH would move the site.
    const childEnvironment = childEnv(env);
    delete childEnvironment['BASE_PATH'];
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: childEnvironment, stdio: ['ignore', output.fd, output.fd] });
    const memory = sampleTreeMemory(child.pid!);
    const code = await new Promise<number | null>((done, fail) => {
      child.on('error', fail);
      child.on('exit', done);
    });
    const wallMs = performance.now() - started;
    const peakTreeBytes = await memory.stop();
    if (code !== 0) {
      const tail = (await readFile(log, 'utf8')).trim().split('\n').slice(-30).join('\n');
      throw new Error(`${args.join(' ')} failed in ${cwd} (exit code ${code}):\n${tail}`);
    }
    return { wallMs, peakTreeBytes };
  } finally {
    await output.close();
  }
}

export interface BuildRun extends ChildRun {
  phases: PhaseTiming[];
  dist: string;
}

/**
 * `npm run build -- --out-dir dist --timings timings.json` in `project`, as CI runs it (CI=1:
 * warnings only), its output in `log` (a file name in `project`).
 */
export async function runBuild(project: string, log = 'build.log'): Promise<BuildRun> {
  const dist = join(project, 'dist');
  const timings = join(project, 'timings.json');
  const run = await runNode(
    [join(repository, 'scripts', 'build.ts'), '--out-dir', dist, '--timings', timings],
    project,
    join(project, log),
    { CI: '1' },
  );
  const phases = JSON.parse(await readFile(timings, 'utf8')) as PhaseTiming[];
  return { ...run, phases, dist };
}
