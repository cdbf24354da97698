import type { CitedBrief } from '../lib/citation.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatters } from '../lib/format.ts';
import { settings } from '../lib/settings.ts';
import { absoluteUrl } from './absolute-url.ts';
import { buildDate } from './build-date.ts';
import { url, type InnovationEntry, type MfiEntry } from './collections.ts';

/** What a citation of a brief says, shared by the brief's "Cite this brief" and its RIS file. */
export function briefCitation(entry: InnovationEntry, mfi: MfiEntry): CitedBrief {
  const f = formatters(settings.default_language, useTranslations(settings.default_language));
  return {
    id: entry.id,
    title: entry.data.title,
    mfi: mfi.data.name,
    country: f.country(mfi.data.country),
    publisher: settings.organisation.name,
    siteTitle: settings.title,
    url: absoluteUrl(url.innovation(entry.id)),
    date: buildDate,
  };
}
