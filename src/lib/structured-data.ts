import type { Source } from '../schemas/index.ts';
import type { SourceType } from '../schemas/vocabulary.ts';
import { briefToCsl, formatReferenceText, type CitedBrief } from './citation.ts';

/**
 * schema.org records (JSON-LD) for the pages machines reuse: each brief as a Report, the open
 * data as a Dataset. Built from view-model values, so they say what the page says.
 */

export interface Publisher {
  name: string;
  url?: string | undefined;
}

export interface Licence {
  name: string;
  url: string;
}

export interface BriefRecord {
  brief: CitedBrief;
  summary: string;
  /** The decent-work challenge, the brief's subject. */
  subject: string;
  /** The country's name in the site's language. */
  countryName: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  language: string;
  published: string;
  modified: string;
  licence: Licence;
  publisher: Publisher;
  /** The documents the brief is written from. */
  sources: readonly Source[];
  /** The brief's record in the open data. */
  dataUrl: string;
  pdfUrl?: string;
}

const organisation = (publisher: Publisher) => ({
  '@type': 'Organization',
  name: publisher.name,
  ...(publisher.url ? { url: publisher.url } : {}),
});

export function briefJsonLd(record: BriefRecord): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': record.brief.url,
    url: record.brief.url,
    name: record.brief.title,
    headline: record.brief.title,
    description: record.summary,
    about: { '@type': 'DefinedTerm', name: record.subject },
    keywords: [record.subject, record.brief.mfi, record.countryName],
    spatialCoverage: { '@type': 'Country', name: record.countryName, identifier: record.countryCode },
    inLanguage: record.language,
    publisher: organisation(record.publisher),
    author: organisation(record.publisher),
    datePublished: record.published,
    dateModified: record.modified,
    license: record.licence.url,
    // How to cite this brief, in the words of the "Cite this brief" box.
    creditText: formatReferenceText(briefToCsl(record.brief)),
    isPartOf: { '@type': 'WebSite', name: record.brief.siteTitle },
    citation: record.sources.map(citedWork),
    encoding: [
      { '@type': 'MediaObject', contentUrl: record.dataUrl, encodingFormat: 'application/json' },
      ...(record.pdfUrl ? [{ '@type': 'MediaObject', contentUrl: record.pdfUrl, encodingFormat: 'application/pdf' }] : []),
    ],
  };
}

/** The schema.org type of each kind of source. */
const workTypes: Record<SourceType, string> = {
  'journal-article': 'ScholarlyArticle',
  'working-paper': 'Report',
  report: 'Report',
  factsheet: 'Report',
  'web-page': 'WebPage',
  dataset: 'Dataset',
};

/** The journal an article appeared in, or the series of a report or working paper. */
const containerTypes: Partial<Record<SourceType, string>> = {
  'journal-article': 'Periodical',
  'working-paper': 'CreativeWorkSeries',
  report: 'CreativeWorkSeries',
  factsheet: 'CreativeWorkSeries',
};

/**
 * A source as the schema.org work of its type. Its authors are people (the content model names
 * only people as authors; an organisation that stands behind a document is its publisher).
 */
function citedWork(source: Source): Record<string, unknown> {
  const container = containerTypes[source.type];
  return {
    '@type': workTypes[source.type],
    name: source.title,
    url: source.url,
    ...(source.authors
      ? {
          author: source.authors.map(({ family, given }) => ({
            '@type': 'Person',
            name: given ? `${given} ${family}` : family,
            familyName: family,
            ...(given ? { givenName: given } : {}),
          })),
        }
      : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.year !== undefined ? { datePublished: String(source.year) } : {}),
    ...(source.container && container ? { isPartOf: { '@type': container, name: source.container } } : {}),
    ...(source.number && workTypes[source.type] === 'Report' ? { reportNumber: source.number } : {}),
    ...(source.pages ? { pagination: source.pages } : {}),
    ...(source.doi
      ? {
          identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: source.doi },
          sameAs: `https://doi.org/${source.doi}`,
        }
      : {}),
  };
}

export interface DataFile {
  name: string;
  description: string;
  url: string;
  format: string;
}

export interface DatasetRecord {
  name: string;
  description: string;
  url: string;
  publisher: Publisher;
  licence: Licence;
  modified?: string;
  keywords: readonly string[];
  countries: readonly string[];
  files: readonly DataFile[];
}

export function datasetJsonLd(record: DatasetRecord): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': record.url,
    url: record.url,
    name: record.name,
    description: record.description,
    publisher: organisation(record.publisher),
    creator: organisation(record.publisher),
    license: record.licence.url,
    isAccessibleForFree: true,
    ...(record.modified ? { dateModified: record.modified } : {}),
    keywords: [...record.keywords],
    spatialCoverage: record.countries.map((name) => ({ '@type': 'Country', name })),
    distribution: record.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.name,
      description: file.description,
      contentUrl: file.url,
      encodingFormat: file.format,
    })),
  };
}

/** JSON for inside a <script> element: "<" escaped, so no value can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Open Graph's form of a language tag, language_TERRITORY ("en" → "en_US"), the likeliest territory when none is given. */
export function openGraphLocale(language: string): string {
  const locale = new Intl.Locale(language).maximize();
  return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}
