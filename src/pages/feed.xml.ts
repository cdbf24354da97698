import rss from '@astrojs/rss';
import { taxonomy } from '../data/taxonomy.ts';
import { labelOf } from '../schemas/taxonomy.ts';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/absolute-url.ts';
import { allInnovations, allMfis, url } from '../data/collections.ts';
import { contentDates } from '../data/content-dates.ts';
import { useTranslations } from '../i18n/index.ts';
import { formatters } from '../lib/format.ts';
import { settings } from '../lib/settings.ts';

/** Every brief as an RSS 2.0 item, newest first by when its content file first appeared. */
export const GET: APIRoute = async () => {
  const lang = settings.default_language;
  const t = useTranslations(lang);
  const f = formatters(lang, t);
  const mfis = new Map((await allMfis()).map((m) => [m.id, m.data]));
  const items = (await allInnovations())
    .map((entry) => {
      const mfi = mfis.get(entry.data.mfi)!;
      return {
        title: entry.data.title,
        link: absoluteUrl(url.innovation(entry.id)),
        description: entry.data.summary,
        pubDate: new Date(contentDates(entry.filePath ?? `content/innovations/${entry.id}.mdx`).published),
        categories: [labelOf(taxonomy.challenges, entry.data.challenge), f.country(mfi.country)],
      };
    })
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title));
  return rss({
    title: t('feed.title', { site: settings.title }),
    description: t('feed.description'),
    site: absoluteUrl(url.home()),
    items,
    customData: `<language>${lang}</language>`,
  });
};
