/**
 * Reads and checks many content files on both cores: this thread and one worker thread
 * (check-worker.ts) take the next file from a shared counter until none is left, so neither
 * waits for the other whatever each file costs. A file the worker checked comes back as plain
 * data (its problems already placed); its positions, needed only for a later cross-file
 * problem, are read again here on the first such question. Below `parallelFrom` files the
 * worker's start (loading the parsers and the schemas, about 0.3 s) costs more than it saves.
 */
import { Worker } from 'node:worker_threads';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import type { createSchemas } from '../../schemas/index.ts';
import { checkFile, type ContentFile, type FileCheck, type FileParse, shareParse } from './content-files.ts';
import { type ContentDocument, readMdxFile, readYamlFile } from './document.ts';

export const parallelFrom = 400;

/** How many checks the worker sends at a time, and how many files this thread checks between looks at its messages. */
export const checkBatch = 32;

/**
 * What the worker is sent. Its `workerData` is a shared pair of counters: the next file to take,
 * and its state (`states`), which settles whether it begins or this thread has already done all.
 */
export interface CheckSetup {
  root: string;
  taxonomy: Taxonomy;
  files: readonly ContentFile[];
}

/** A check as it crosses between threads: the document without its position lookup. */
export interface PlainCheck {
  index: number;
  problems: FileCheck['problems'];
  text?: string;
  read?: { data: unknown; body: string | undefined } | { problems: FileCheck['problems'] };
  narrative?: FileParse['narrative'];
  data?: Record<string, unknown>;
}

/** What the worker sends: checks as it makes them, then that it has done (or why it stopped). */
export type CheckMessage = { checks: PlainCheck[] } | { done: true } | { error: string };

export const states = { waiting: 0, taking: 1, closed: 2 } as const;

/** The check as plain data (what `structuredClone` can carry). */
export function toPlain(index: number, check: FileCheck): PlainCheck {
  const { problems, text, parse, data } = check;
  const plain: PlainCheck = { index, problems };
  if (text === undefined || !parse) return plain;
  const { read, narrative } = parse;
  return {
    ...plain,
    text,
    read: read.problems ? { problems: read.problems } : { data: read.document.data, body: read.document.body },
    ...(narrative && { narrative }),
    ...(data && { data }),
  };
}

/** The check again, with a document whose positions are read from the text when first asked for. */
export function fromPlain(entry: ContentFile, plain: PlainCheck): FileCheck {
  const { problems, text, read, narrative, data } = plain;
  if (text === undefined || !read) return { problems };
  let document: ContentDocument | undefined;
  if (!('problems' in read)) {
    let located: ContentDocument['locate'] | undefined;
    const readAgain = entry.file.endsWith('.mdx') ? readMdxFile : readYamlFile;
    document = {
      data: read.data,
      body: read.body,
      locate: (path, options) => {
        located ??= readAgain(text, entry.file).document?.locate ?? (() => ({ line: 1, column: 1 }));
        return located(path, options);
      },
    };
  }
  const parse: FileParse = document
    ? { read: { document }, ...(narrative && { narrative }) }
    : { read: { problems: (read as { problems: FileCheck['problems'] }).problems } };
  // The Astro content loader reads the same text next: it takes this parse rather than making its own.
  shareParse(entry.file, entry.withNarrative, text, parse);
  return { problems, text, parse, ...(data && { data }) };
}

/** A worker thread loading the parsers and schemas, then waiting for its files. */
function startCheckWorker(): { thread: Worker; counters: Int32Array } {
  const shared = new SharedArrayBuffer(8);
  const thread = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: shared });
  // Never what keeps the process alive (a run that stops early need not end it).
  thread.unref();
  return { thread, counters: new Int32Array(shared) };
}

/**
 * Checks `files` (each against its kind's schema), in their order; on two threads from
 * `parallelFrom` files. With `hereToo: false` this thread leaves every file to the worker (so
 * that a test sees the worker's checks, which a small project never waits for).
 */
export async function checkFiles(
  root: string,
  files: readonly ContentFile[],
  taxonomy: Taxonomy,
  schemas: ReturnType<typeof createSchemas>,
  options: { parallelFrom?: number; hereToo?: boolean } = {},
): Promise<FileCheck[]> {
  const checks: (FileCheck | undefined)[] = new Array(files.length);
  const checkHere = async (index: number) => {
    const entry = files[index]!;
    checks[index] = await checkFile(root, entry, schemas[entry.kind]);
  };
  if (files.length < (options.parallelFrom ?? parallelFrom)) {
    for (let index = 0; index < files.length; index++) await checkHere(index);
    return checks as FileCheck[];
  }

  const { thread, counters } = startCheckWorker();
  const finished = new Promise<void>((resolve) => {
    thread.on('message', (message: CheckMessage) => {
      if ('checks' in message) for (const plain of message.checks) checks[plain.index] = fromPlain(files[plain.index]!, plain);
      else resolve();
    });
    thread.once('error', () => resolve());
    thread.once('exit', () => resolve());
  });
  thread.postMessage({ root, taxonomy, files } satisfies CheckSetup);
  let sinceLook = 0;
  if (options.hereToo === false) await finished;
  for (let index = Atomics.add(counters, 0, 1); index < files.length; index = Atomics.add(counters, 0, 1)) {
    await checkHere(index);
    // The worker's checks are taken in as they come, so that the last of them is all that is left at the end.
    if (++sinceLook === checkBatch) {
      sinceLook = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  // A worker that has not begun is told not to; one at work is waited for.
  if (Atomics.compareExchange(counters, 1, states.waiting, states.closed) !== states.waiting) await finished;
  void thread.terminate();
  // Whatever the worker took and did not give back (it failed) is checked here, so a report is never short.
  for (let index = 0; index < files.length; index++) if (!checks[index]) await checkHere(index);
  return checks as FileCheck[];
}
