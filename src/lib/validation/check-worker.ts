/**
 * The worker thread of check-files.ts: loads the parsers and schemas, waits for its files, then
 * takes them from the shared counter, checks them, and sends the checks back as it goes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSchemas } from '../../schemas/index.ts';
import { type CheckMessage, type CheckSetup, checkBatch, type PlainCheck, states, toPlain } from './check-files.ts';
import { checkFile } from './content-files.ts';

const counters = new Int32Array(workerData as SharedArrayBuffer);
const send = (message: CheckMessage) => parentPort!.postMessage(message);

parentPort!.once('message', async ({ root, taxonomy, files }: CheckSetup) => {
  if (Atomics.compareExchange(counters, 1, states.waiting, states.taking) !== states.waiting) return;
  let checks: PlainCheck[] = [];
  try {
    const schemas = createSchemas(taxonomy);
    for (let index = Atomics.add(counters, 0, 1); index < files.length; index = Atomics.add(counters, 0, 1)) {
      const entry = files[index]!;
      checks.push(toPlain(index, await checkFile(root, entry, schemas[entry.kind])));
      if (checks.length === checkBatch) {
        send({ checks });
        checks = [];
      }
    }
    send({ checks });
    send({ done: true });
  } catch (error) {
    send({ error: error instanceof Error ? error.message : String(error) });
  }
});
