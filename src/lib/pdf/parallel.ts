/**
 * Typesetting on every core. Typst lays out one document at a time on mostly one core, and a
 * build typesets one factsheet per innovation plus one PDF per programme, so the factsheets are
 * shared out among worker processes (worker.ts), and each programme's PDF is typeset by
 * whichever worker is free: a volume from the sheets its factsheets were typeset with, an index
 * from the content alone. The output is the
 * same as one renderer's: the same inputs reach the same template.
 *
 * Processes, not worker threads: Typst's memo cache is global to a process, and two threads
 * laying out different large documents at once slowed each other down more than fourfold (two
 * 500-page programme PDFs). Ending the workers also hands back all their memory at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { SheetInput } from './input.ts';
import { jobEntries } from './job-entries.ts';
import type { ProgrammeForm } from './programme-index.ts';
import {
  createFactsheetRenderer,
  type FittedFactsheet,
  type RenderedPdf,
  type RendererEntry,
  type RendererOptions,
} from './render.ts';
import { FactsheetError } from './typst.ts';

export type JobRequest =
  | { kind: 'innovation'; id: string }
  | { kind: 'programme'; id: string; sheets: SheetInput[] }
  | { kind: 'programme-index'; id: string };
type QueuedJob = JobRequest & { job: number };
/** A job carries the entries it reads, so that a worker holds none of the rest of the collection. */
export type Job = QueuedJob & { entries: RendererEntry[] };
export type Setup = { options: Omit<RendererOptions, 'entries'> };
/** Each answer carries the worker's resident memory, so that the pool can retire a grown worker. */
export type Answer = { job: number } & (
  | { result: { pdf: RenderedPdf; sheet?: SheetInput } }
  | { error: { name: string; message: string } }
);
export type Reply = Answer & { rssBytes: number };

/** When a worker is replaced by a fresh process: after this many jobs, or above this memory. */
export interface Recycling {
  jobs: number;
  rssBytes: number;
}

/**
 * Typst's caches, evicted by age (typst.ts), still leave a worker a little larger after each
 * factsheet; a fresh process after a few hundred factsheets keeps the pool's memory flat at any
 * N, for the cost of one start (about 0.3 s: fonts and setup) per few hundred factsheets.
 */
export const defaultRecycling: Recycling = { jobs: 300, rssBytes: 600 * 1024 ** 2 };

export interface ParallelRenderer {
  /** Innovation ids, in the order the site lists them (by title). */
  innovations: string[];
  /** Ids of the programmes that have at least one innovation. */
  programmes: string[];
  /** The innovations a programme's PDF holds, in order. */
  members(id: string): string[];
  /** Whether a programme's PDF is a volume of its members' factsheets or an index of them. */
  programmeForm(id: string): ProgrammeForm;
  innovation(id: string): Promise<RenderedPdf>;
  programme(id: string): Promise<RenderedPdf>;
  /** The factsheet and the sheet it was typeset from, not kept by the renderer. */
  fitted(id: string): Promise<FittedFactsheet>;
  /** A programme's volume from its members' sheets, in `members` order. */
  programmeFrom(id: string, sheets: readonly SheetInput[]): Promise<RenderedPdf>;
  /** A programme's index, which waits for none of its members' factsheets. */
  programmeIndex(id: string): Promise<RenderedPdf>;
  /** How many worker processes were started (0 when nothing needed typesetting). */
  started(): number;
  /** The highest resident memory any worker reported after a job. */
  workerPeakRssBytes(): number;
  /** Ends the worker processes; jobs not done yet fail. */
  close(): Promise<void>;
}

interface Pending {
  job: QueuedJob;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Worker {
  process: ChildProcess;
  jobs: number;
}

const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url));

export async function createParallelRenderer(
  options: RendererOptions,
  processes = availableParallelism(),
  recycling: Recycling = defaultRecycling,
): Promise<ParallelRenderer> {
  // Lists and programme members only: this renderer typesets nothing itself.
  const planner = await createFactsheetRenderer(options);
  const { entries, ...shared } = options;
  const setup: Setup = { options: shared };
  const entriesFor = jobEntries(entries, planner.members);
  const count = Math.max(1, Math.min(processes, planner.innovations.length));
  // Workers start when there is work for them (a rebuild from the cache may need none).
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const waiting: Pending[] = [];
  const running = new Map<number, Pending>();
  let nextJob = 0;
  let startedCount = 0;
  let peakRss = 0;
  let closing = false;

  const failAll = (error: Error) => {
    for (const pending of [...running.values(), ...waiting]) pending.reject(error);
    running.clear();
    waiting.length = 0;
  };
  const stop = (worker: Worker): Promise<unknown> => {
    workers.delete(worker);
    const child = worker.process;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    const exited = new Promise((done) => child.once('exit', done));
    child.kill();
    return exited;
  };
  const start = (): Worker => {
    const worker: Worker = { process: fork(workerFile, { serialization: 'advanced' }), jobs: 0 };
    startedCount++;
    workers.add(worker);
    const child = worker.process;
    child.on('message', (reply: Reply) => {
      const pending = running.get(reply.job);
      running.delete(reply.job);
      worker.jobs++;
      peakRss = Math.max(peakRss, reply.rssBytes);
      if (worker.jobs >= recycling.jobs || reply.rssBytes > recycling.rssBytes) void stop(worker);
      else idle.push(worker);
      if ('error' in reply) {
        const { name, message } = reply.error;
        pending?.reject(name === 'FactsheetError' ? new FactsheetError(message) : new Error(message));
      } else pending?.resolve(reply.result);
      dispatch();
    });
    child.on('error', failAll);
    child.on('exit', (code, signal) => {
      // A retired worker is no longer in the pool; any other exit is a failure.
      if (!closing && workers.has(worker)) failAll(new Error(`A PDF worker stopped (${signal ?? `exit code ${code}`})`));
    });
    child.send(setup);
    return worker;
  };
  function dispatch() {
    while (waiting.length && (idle.length || workers.size < count)) {
      const worker = idle.pop() ?? start();
      const pending = waiting.shift()!;
      running.set(pending.job.job, pending);
      // The entries are gathered as the job leaves, so the queue holds no copies of them.
      worker.process.send({ ...pending.job, entries: entriesFor(pending.job) } satisfies Job);
    }
  }

  const run = <T>(request: JobRequest): Promise<T> =>
    new Promise((resolve, reject) => {
      waiting.push({ job: { ...request, job: nextJob++ }, resolve: (result) => resolve(result as T), reject });
      dispatch();
    });

  const fitted = (id: string) => run<FittedFactsheet>({ kind: 'innovation', id });
  const programmeFrom = async (id: string, sheets: readonly SheetInput[]) =>
    (await run<{ pdf: RenderedPdf }>({ kind: 'programme', id, sheets: [...sheets] })).pdf;
  const programmeIndex = async (id: string) => (await run<{ pdf: RenderedPdf }>({ kind: 'programme-index', id })).pdf;

  // Only the sheets are kept for the programmes; each PDF goes to its caller.
  const sheets = new Map<string, Promise<SheetInput>>();
  const innovation = async (id: string): Promise<RenderedPdf> => {
    const result = fitted(id);
    const sheet = result.then(({ sheet }) => sheet);
    // A failure reaches the caller through the PDF; the copy kept here must not count as unhandled.
    sheet.catch(() => {});
    sheets.set(id, sheet);
    return (await result).pdf;
  };
  const sheetOf = (id: string) => sheets.get(id) ?? innovation(id).then(() => sheets.get(id)!);

  return {
    innovations: planner.innovations,
    programmes: planner.programmes,
    members: planner.members,
    programmeForm: planner.programmeForm,
    innovation,
    fitted,
    programmeFrom,
    programmeIndex,
    async programme(id) {
      if (planner.programmeForm(id) === 'index') return programmeIndex(id);
      return programmeFrom(id, await Promise.all(planner.members(id).map(sheetOf)));
    },
    started: () => startedCount,
    workerPeakRssBytes: () => peakRss,
    async close() {
      closing = true;
      failAll(new Error('The PDF workers were closed'));
      await Promise.all([...workers].map(stop));
    },
  };
}
