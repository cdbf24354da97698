import { briefMfiFigures, innovationRecord } from '../lib/open-data-records.ts';
import { absoluteUrl } from './absolute-url.ts';
import { requireEntry, url, type InnovationEntry } from './collections.ts';

/** An innovation's open-data record, the same in innovations.json and in its own file. */
export async function publishedInnovation(entry: InnovationEntry) {
  const mfi = await requireEntry('mfis', entry.data.mfi);
  const programme = entry.data.programme === undefined ? undefined : await requireEntry('programmes', entry.data.programme);
  return innovationRecord(
    entry.id,
    entry.data,
    absoluteUrl(url.innovation(entry.id)),
    entry.body,
    briefMfiFigures(entry.data, mfi.data, programme?.data),
  );
}
