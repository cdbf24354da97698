/**
 * Peak memory of a whole process tree, sampled from /proc (Linux). A build's own `maxRSS`
 * misses its children (the PDF workers, Pagefind's binary), so the figure a machine must
 * actually have is the sum over the tree at its highest. The sampler walks only the tree, from
 * each process's list of children, so that it takes little of the CPU it is measuring.
 */
import { readdir, readFile } from 'node:fs/promises';

const pageSize = 4096;
const intervalMs = 200;

/** The processes started by `pid` (the kernel lists them per thread of the parent). */
async function childrenOf(pid: number): Promise<number[]> {
  const threads = await readdir(`/proc/${pid}/task`).catch(() => []);
  const lists = await Promise.all(
    threads.map((thread) => readFile(`/proc/${pid}/task/${thread}/children`, 'utf8').catch(() => '')),
  );
  return lists.flatMap((list) => list.split(' ').filter(Boolean).map(Number));
}

async function treeRss(root: number): Promise<number> {
  let bytes = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => '');
    bytes += Number(statm.split(' ')[1] ?? 0) * pageSize;
    pending.push(...(await childrenOf(pid)));
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
