/**
 * The staging folder of a build. The site is written beside its output folder (`dist/` gets
 * `.dist-staging-<pid>`, with `-factsheets`, `-factsheets.json` and `-previous` siblings) and
 * replaces the output only once every step succeeded, so a failed or interrupted build never
 * leaves a half-written site where the last good one was, nor a staging folder behind.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What a staging folder's siblings are called after it. */
const siblingSuffixes = ['-factsheets', '-factsheets.json', '-previous'] as const;

export interface Staging {
  /** The output folder the site is published to. */
  outDir: string;
  /** Where the site is built. */
  folder: string;
  /** Replaces the output folder with the staging folder. */
  publish(): Promise<void>;
  /** Removes the staging folder and its siblings (the output folder stays as it was). */
  discard(): void;
}

/** `.dist-staging-` for `dist/`: the start of every staging name of that output folder. */
const stagingPrefix = (outDir: string) => `.${basename(outDir)}-staging-`;

export function stagingFor(outDir: string, pid = process.pid): Staging {
  const folder = join(dirname(outDir), `${stagingPrefix(outDir)}${pid}`);
  const previous = `${folder}-previous`;
  return {
    outDir,
    folder,
    async publish() {
      await rename(outDir, previous).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(folder, outDir);
      await rm(previous, { recursive: true, force: true });
    },
    discard: () => discardStaging(outDir, folder),
  };
}

/**
 * Removes a staging folder and its siblings. Should the build have stopped between the two
 * renames of `publish`, the previous site is put back first.
 */
function discardStaging(outDir: string, folder: string): void {
  const previous = `${folder}-previous`;
  if (existsSync(previous) && !existsSync(outDir)) renameSync(previous, outDir);
  for (const path of [folder, ...siblingSuffixes.map((suffix) => `${folder}${suffix}`)])
    rmSync(path, { recursive: true, force: true });
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes what builds of `outDir` that no longer run left behind (a build killed with SIGKILL, or
 * a machine that stopped), keeping the staging of builds still running. Returns the names removed.
 */
export async function removeStaleStaging(outDir: string): Promise<string[]> {
  const prefix = stagingPrefix(outDir);
  const names = await readdir(dirname(outDir)).catch(() => [] as string[]);
  const stale = new Set<string>();
  for (const name of names) {
    const pid = /^(\d+)/.exec(name.slice(prefix.length))?.[1];
    if (name.startsWith(prefix) && pid && Number(pid) !== process.pid && !isRunning(Number(pid))) stale.add(`${prefix}${pid}`);
  }
  for (const name of stale) discardStaging(outDir, join(dirname(outDir), name));
  return names.filter((name) => [...stale].some((folder) => name === folder || name.startsWith(`${folder}-`)));
}

const signals = ['SIGINT', 'SIGTERM'] as const;

/**
 * Discards the staging when the process is interrupted (SIGINT, SIGTERM) or exits before the
 * build published it; the signal then ends the process as it would have. Returns the function
 * that stops watching (once the site is published).
 */
export function discardOnInterrupt(staging: Staging): () => void {
  const onExit = () => staging.discard();
  const onSignal = (signal: NodeJS.Signals) => {
    stop();
    staging.discard();
    // Ended by the signal itself, as without this handler, unless someone else handles it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const stop = () => {
    process.off('exit', onExit);
    for (const signal of signals) process.off(signal, onSignal);
  };
  process.on('exit', onExit);
  for (const signal of signals) process.on(signal, onSignal);
  return stop;
}
