/**
 * Peak memory of a whole process tree, sampled from /proc (Linux). A build's own `maxRSS`
 * misses its children, and the search step runs Pagefind as a separate binary, so the figure a
 * machine must actually have is the sum over the tree at its highest.
 */
import { readdir, readFile } from 'node:fs/promises';

const pageSize = 4096;
const intervalMs = 50;

async function processTable(): Promise<Map<number, number[]>> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // The command name (field 2) may hold spaces; the parent's pid is the second field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!parent) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  return children;
}

async function treeRss(root: number): Promise<number> {
  const children = await processTable();
  let bytes = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => '');
    bytes += Number(statm.split(' ')[1] ?? 0) * pageSize;
    pending.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

export interface MemorySampler {
  /** Stops sampling; resolves to the highest resident memory of the tree seen, in bytes. */
  stop(): Promise<number>;
}

export function sampleTreeMemory(root: number): MemorySampler {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await treeRss(root));
      await new Promise((done) => setTimeout(done, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}
