/**
 * What a PDF worker is sent with each job: the entries that job reads and no others. Workers that
 * were sent and held the whole collection passed the pool's memory limit after a few jobs at
 * N = 5,000 and were replaced again and again (75 processes for 443 factsheets).
 */
import type { JobRequest } from './parallel.ts';
import type { RendererEntry } from './render.ts';

/**
 * The entries of each job, as plain data: a parsed document's position lookup cannot be sent to
 * another process, and the advanced serialisation keeps fields whose value is undefined, which
 * the template reads.
 */
export function jobEntries(
  entries: readonly RendererEntry[],
  members: (programme: string) => string[],
): (request: JobRequest) => RendererEntry[] {
  const entryOf = new Map(entries.map((entry) => [`${entry.kind}:${entry.id}`, entry]));
  const plain = (kind: RendererEntry['kind'], id: string | undefined): RendererEntry[] => {
    const entry = id === undefined ? undefined : entryOf.get(`${kind}:${id}`);
    if (!entry) return [];
    const { file, data, document, narrative } = entry;
    return [{ kind, id: entry.id, file, data, document: { body: document.body }, ...(narrative && { narrative }) }];
  };
  /** An innovation's own entry, its MFI's and its programme's: all its factsheet reads. */
  const innovation = (id: string): RendererEntry[] => {
    const own = plain('innovations', id);
    const { mfi, programme } = (own[0]?.data ?? {}) as { mfi?: string; programme?: string };
    return [...own, ...plain('mfis', mfi), ...plain('programmes', programme)];
  };
  return (request) => {
    if (request.kind === 'innovation') return innovation(request.id);
    const programme = plain('programmes', request.id);
    // A volume is typeset from its members' sheets, which the job carries.
    if (request.kind === 'programme') return programme;
    // An index lists its members with their MFIs' names and countries.
    const listed = new Map(
      [...programme, ...members(request.id).flatMap(innovation)].map((entry) => [`${entry.kind}:${entry.id}`, entry]),
    );
    return [...listed.values()];
  };
}
