/**
 * Typesetting on every core. Typst lays out one document at a time on mostly one core, and a
 * build typesets one factsheet per innovation plus one PDF per programme, so the factsheets are
 * shared out among worker processes (worker.ts), and each programme's PDF is typeset by
 * whichever worker is free, from the sheets its factsheets were typeset with. The output is the
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
import { createFactsheetRenderer, type FittedFactsheet, type RenderedPdf, type RendererOptions } from './render.ts';
import { FactsheetError } from './typst.ts';

type JobRequest = { kind: 'innovation'; id: string } | { kind: 'programme'; id: string; sheets: SheetInput[] };
export type Job = JobRequest & { job: number };
export type Setup = { options: RendererOptions };
export type Reply = { job: number } & ({ result: { pdf: RenderedPdf; sheet?: SheetInput } } | { error: { name: string; message: string } });

export interface ParallelRenderer {
  /** Innovation ids, in the order the site lists them (by title). */
  innovations: string[];
  /** Ids of the programmes that have at least one innovation. */
  programmes: string[];
  innovation(id: string): Promise<RenderedPdf>;
  programme(id: string): Promise<RenderedPdf>;
  /** Ends the worker processes; jobs not done yet fail. */
  close(): Promise<void>;
}

interface Pending {
  job: Job;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url));

export async function createParallelRenderer(options: RendererOptions, processes = availableParallelism()): Promise<ParallelRenderer> {
  // Lists and programme members only: this renderer typesets nothing itself.
  const planner = await createFactsheetRenderer(options);
  // Entries go to the workers as plain data (a parsed document's position lookup cannot be sent);
  // the advanced serialisation keeps fields whose value is undefined, which the template reads.
  const setup: Setup = {
    options: { ...options, entries: options.entries.map(({ kind, id, file, data, document, narrative }) => ({ kind, id, file, data, document: { body: document.body }, ...(narrative && { narrative }) })) },
  };
  const count = Math.max(1, Math.min(processes, planner.innovations.length));
  const workers = Array.from({ length: count }, () => fork(workerFile, { serialization: 'advanced' }));
  const idle = [...workers];
  const waiting: Pending[] = [];
  const running = new Map<number, Pending>();
  let nextJob = 0;
  let closing = false;

  const dispatch = () => {
    while (idle.length && waiting.length) {
      const pending = waiting.shift()!;
      running.set(pending.job.job, pending);
      idle.pop()!.send(pending.job);
    }
  };
  const failAll = (error: Error) => {
    for (const pending of [...running.values(), ...waiting]) pending.reject(error);
    running.clear();
    waiting.length = 0;
  };
  const listen = (worker: ChildProcess) => {
    worker.on('message', (reply: Reply) => {
      const pending = running.get(reply.job);
      running.delete(reply.job);
      idle.push(worker);
      if ('error' in reply) {
        const { name, message } = reply.error;
        pending?.reject(name === 'FactsheetError' ? new FactsheetError(message) : new Error(message));
      } else pending?.resolve(reply.result);
      dispatch();
    });
    worker.on('error', failAll);
    worker.on('exit', (code, signal) => {
      if (!closing) failAll(new Error(`A PDF worker stopped (${signal ?? `exit code ${code}`})`));
    });
    worker.send(setup);
  };
  workers.forEach(listen);

  const run = <T,>(request: JobRequest): Promise<T> =>
    new Promise((resolve, reject) => {
      waiting.push({ job: { ...request, job: nextJob++ }, resolve: (result) => resolve(result as T), reject });
      dispatch();
    });

  // Only the sheets are kept for the programmes; each PDF goes to its caller.
  const sheets = new Map<string, Promise<SheetInput>>();
  const innovation = async (id: string): Promise<RenderedPdf> => {
    const fitted = run<FittedFactsheet>({ kind: 'innovation', id });
    const sheet = fitted.then((result) => result.sheet);
    // A failure reaches the caller through the PDF; the copy kept here must not count as unhandled.
    sheet.catch(() => {});
    sheets.set(id, sheet);
    return (await fitted).pdf;
  };
  const sheetOf = (id: string) => sheets.get(id) ?? innovation(id).then(() => sheets.get(id)!);

  return {
    innovations: planner.innovations,
    programmes: planner.programmes,
    innovation,
    async programme(id) {
      const members = await Promise.all(planner.members(id).map(sheetOf));
      return (await run<{ pdf: RenderedPdf }>({ kind: 'programme', id, sheets: members })).pdf;
    },
    async close() {
      closing = true;
      failAll(new Error('The PDF workers were closed'));
      await Promise.all(
        workers.map((worker) => {
          if (worker.exitCode !== null || worker.signalCode !== null) return undefined;
          const exited = new Promise((done) => worker.once('exit', done));
          worker.kill();
          return exited;
        }),
      );
    },
  };
}
