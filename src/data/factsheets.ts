import { getEntry } from 'astro:content';
import { buildFactsheet, type Factsheet } from '../lib/factsheet.ts';
import { settings } from '../lib/settings.ts';
import { oncePerKey, requireEntry, type InnovationEntry, type MfiEntry, type ProgrammeEntry } from './collections.ts';
import { taxonomy } from './taxonomy.ts';

/** A brief's view model, with the entries it is made from. */
export interface BriefSheet {
  entry: InnovationEntry;
  mfi: MfiEntry;
  programme: ProgrammeEntry | undefined;
  sheet: Factsheet;
}

/**
 * Each brief's view model, made once per build: the brief page and each of its chart files
 * would otherwise each make it again (formatting its references every time). Callers must not
 * change what they get.
 */
export const briefSheet = oncePerKey(async (id: string): Promise<BriefSheet> => {
  const entry = await getEntry('innovations', id);
  if (!entry) throw new Error(`No innovations entry "${id}"`);
  const mfi = await requireEntry('mfis', entry.data.mfi);
  const programme = entry.data.programme === undefined ? undefined : await requireEntry('programmes', entry.data.programme);
  const sheet = buildFactsheet(entry.data, mfi.data, programme?.data, settings.default_language, taxonomy);
  return { entry, mfi, programme, sheet };
});
