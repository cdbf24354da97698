/**
 * The factsheets of a build, typeset only where the cache (cache.ts) does not hold them yet: a
 * rebuild after editing one brief typesets that brief's factsheet and its programme's PDF (a
 * volume or an index, programme-index.ts), and reads every other PDF back. The worker processes start only if something needs typesetting.
 * With a shard, only that shard's factsheets are made (and no programme PDF, which needs every
 * member): the site build then finds them in the cache.
 */
import { availableParallelism } from 'node:os';
import { factsheetKeys, type FactsheetCache } from './cache.ts';
import { createParallelRenderer, defaultRecycling, type Recycling } from './parallel.ts';
import type { RenderedPdf, RendererOptions } from './render.ts';
import { inShard, type Shard } from './shard.ts';
import type { SheetInput } from './input.ts';
import type { ProgrammeForm } from './programme-index.ts';

export interface IncrementalOptions extends RendererOptions {
  cache: FactsheetCache;
  shard?: Shard;
  processes?: number;
  recycling?: Recycling;
}

export interface IncrementalRenderer {
  /** The innovations of this run (of its shard), in the site's order. */
  innovations: string[];
  /** The programme PDFs of this run (none for a shard). */
  programmes: string[];
  /** Whether a programme's PDF is a volume of its members' factsheets or an index of them. */
  programmeForm(id: string): ProgrammeForm;
  innovation(id: string): Promise<RenderedPdf>;
  programme(id: string): Promise<RenderedPdf>;
  /** What was typeset (innovation ids, and `programme:<id>`) and how many PDFs came from the cache, so far. */
  counts(): { typeset: string[]; reused: number; workers: number; workerPeakRssBytes: number };
  /** Removes the cache entries this run did not use (after a whole, unsharded run). */
  pruneCache(): Promise<number>;
  close(): Promise<void>;
}

export async function createIncrementalRenderer(options: IncrementalOptions): Promise<IncrementalRenderer> {
  const { cache, shard, processes, recycling, ...rendererOptions } = options;
  const renderer = await createParallelRenderer(
    rendererOptions,
    processes ?? availableParallelism(),
    recycling ?? defaultRecycling,
  );
  const keys = await factsheetKeys(rendererOptions);
  const used = new Set<string>();
  const typeset: string[] = [];
  let reused = 0;
  // Only whether each factsheet is done is kept (its programmes wait for it), never its PDF:
  // at N = 10,000 the PDFs would take gigabytes.
  const finished = new Map<string, Promise<unknown>>();

  const innovation = (id: string): Promise<RenderedPdf> => {
    const key = keys.innovation(id);
    used.add(key);
    const made = (async () => {
      const cached = await cache.get(key);
      if (cached) {
        reused++;
        const { sheet: _sheet, ...pdf } = cached;
        return pdf;
      }
      const { pdf, sheet } = await renderer.fitted(id);
      await cache.put(key, { ...pdf, sheet });
      typeset.push(id);
      return pdf;
    })();
    // Resolves to nothing (the PDF may go), rejects as the factsheet did; the caller of
    // `innovation` handles the failure, so the copy kept here must not count as unhandled.
    const done = made.then(() => undefined);
    done.catch(() => {});
    finished.set(id, done);
    return made;
  };

  // A member's sheet comes back from the cache, where its factsheet was just put or found.
  const sheetOf = async (id: string): Promise<SheetInput> => {
    await (finished.get(id) ?? innovation(id));
    const sheet = await cache.sheet(keys.innovation(id));
    if (!sheet) throw new Error(`The factsheet cache in ${cache.folder} lost the sheet of "${id}" during the build`);
    return sheet;
  };

  const programme = async (id: string): Promise<RenderedPdf> => {
    const members = renderer.members(id);
    const form = renderer.programmeForm(id);
    const key = keys.programme(id, form, members.map(keys.innovation));
    used.add(key);
    const cached = await cache.get(key);
    if (cached) {
      reused++;
      return cached;
    }
    // An index waits for no factsheet: it names its members but holds none of their pages.
    const pdf =
      form === 'index'
        ? await renderer.programmeIndex(id)
        : await renderer.programmeFrom(id, await Promise.all(members.map(sheetOf)));
    await cache.put(key, pdf);
    typeset.push(`programme:${id}`);
    return pdf;
  };

  return {
    innovations: shard ? renderer.innovations.filter((id) => inShard(id, shard)) : renderer.innovations,
    programmes: shard ? [] : renderer.programmes,
    programmeForm: renderer.programmeForm,
    innovation,
    programme,
    counts: () => ({
      typeset: [...typeset],
      reused,
      workers: renderer.started(),
      workerPeakRssBytes: renderer.workerPeakRssBytes(),
    }),
    pruneCache: () => cache.prune(used),
    close: () => renderer.close(),
  };
}
