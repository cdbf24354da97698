/**
 * The pages and files a build will write, predicted from the content alone (the routes under
 * src/pages/ and the factsheet PDFs), so that `npm run validate` can check an internal link
 * before anything is built. tests/links.test.ts compares this list with a real build, so the
 * two cannot drift apart.
 */
import { bundleFiles } from '../cms/bundle.ts';
import { schemaFiles } from '../content-model/json-schema.ts';
import { factsheetFolder } from '../pdf/manifest.ts';
import { innovationsOfProgramme } from '../programmes.ts';
import type { Programme } from '../../schemas/index.ts';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import type { ValidatedEntry } from './content-files.ts';

/** Site-relative paths (no base, no leading slash; folders end in `/`) of every page and file. */
export function sitePages(entries: readonly ValidatedEntry[], taxonomy: Taxonomy): Set<string> {
  const of = (kind: ValidatedEntry['kind']) => entries.filter((entry) => entry.kind === kind);
  const mfis = of('mfis');
  const innovations = of('innovations');
  const programmes = of('programmes');
  const pages = [
    '',
    '404.html',
    'robots.txt',
    'feed.xml',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'admin/',
    'admin/config.yml',
    ...bundleFiles.map((file) => `admin/${file}`),
    'search/',
    'evidence/',
    'compare/',
    'challenges/',
    ...taxonomy.challenges.ids.map((id) => `challenges/${id}/`),
    'countries/',
    ...new Set(mfis.map((mfi) => `countries/${String(mfi.data['country']).toLowerCase()}/`)),
    'mfis/',
    ...mfis.map((mfi) => `mfis/${mfi.id}/`),
    ...innovations.map((innovation) => `innovations/${innovation.id}/`),
    ...programmes.map((programme) => `programmes/${programme.id}/`),
    'data/',
    'data/innovations.json',
    'data/mfis.json',
    'data/programmes.json',
    'data/results.csv',
    ...innovations.map((innovation) => `data/innovations/${innovation.id}.json`),
    ...innovations.map((innovation) => `data/innovations/${innovation.id}.ris`),
    ...innovations.flatMap((innovation) => ['ris', 'bib'].map((format) => `data/innovations/${innovation.id}.sources.${format}`)),
    ...Object.values(schemaFiles).map((file) => `data/schemas/${file}`),
    ...innovations.map((innovation) => `${factsheetFolder}/${innovation.id}.pdf`),
  ];
  const countryOf = new Map(mfis.map((mfi) => [mfi.id, String(mfi.data['country'])]));
  const places = innovations.map((innovation) => ({
    id: innovation.id,
    programme: innovation.data['programme'] as string,
    country: countryOf.get(innovation.data['mfi'] as string) ?? '',
  }));
  for (const programme of programmes) {
    if (innovationsOfProgramme(programme.id, programme.data as unknown as Programme, places).length > 0) {
      pages.push(`${factsheetFolder}/programme-${programme.id}.pdf`);
    }
  }
  return new Set(pages);
}
