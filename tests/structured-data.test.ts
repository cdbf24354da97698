import { describe, expect, it } from 'vitest';
import { briefJsonLd, type BriefRecord } from '../src/lib/structured-data.ts';
import { sourceSchema, type SourceInput } from '../src/schemas/source.ts';

const source = (input: SourceInput) => sourceSchema.parse(input);
const article = source({
  id: 'jhe-2015',
  type: 'journal-article',
  authors: ['Landmann, Andreas', 'Fiala'],
  title: 'Can health-insurance help prevent child labor? An impact evaluation from Pakistan',
  container: 'Journal of Health Economics',
  year: 2015,
  volume: 39,
  pages: '51-59',
  doi: '10.1016/j.jhealeco.2014.10.003',
  url: 'https://example.org/jhe',
});
const workingPaper = source({
  id: 'wp-60',
  type: 'working-paper',
  authors: ['Gravesteijn, Robin'],
  title: "Impact research on IMON's women's entrepreneurship innovation",
  container: 'Microfinance for Decent Work Working Paper',
  number: 60,
  publisher: 'International Labour Organization',
  year: 2015,
  url: 'https://example.org/wp-60',
});
const others = (['report', 'factsheet', 'web-page', 'dataset'] as const).map((type) =>
  source({ id: type, type, title: `A ${type}`, publisher: 'Example publisher', url: `https://example.org/${type}` }),
);

const record: BriefRecord = {
  brief: {
    id: 'x',
    title: 'A brief',
    mfi: 'An MFI',
    country: 'Kenya',
    publisher: 'Publisher',
    siteTitle: 'Briefs',
    url: 'https://example.org/innovations/x/',
    date: '2026-01-15',
  },
  summary: 'What was tried.',
  subject: 'Child labour',
  countryName: 'Kenya',
  countryCode: 'KE',
  language: 'en',
  published: '2025-01-01',
  modified: '2025-06-01',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  publisher: { name: 'Publisher' },
  sources: [article, workingPaper, ...others],
  dataUrl: 'https://example.org/data/innovations/x.json',
};
const citations = briefJsonLd(record)['citation'] as Record<string, unknown>[];

describe("a brief's sources in its JSON-LD", () => {
  it('are the schema.org work of their type', () => {
    expect(citations.map((work) => work['@type'])).toEqual([
      'ScholarlyArticle',
      'Report',
      'Report',
      'Report',
      'WebPage',
      'Dataset',
    ]);
  });

  it('name their authors as people, with family and given names where the source gives them', () => {
    expect(citations[0]!['author']).toEqual([
      { '@type': 'Person', name: 'Andreas Landmann', familyName: 'Landmann', givenName: 'Andreas' },
      { '@type': 'Person', name: 'Fiala', familyName: 'Fiala' },
    ]);
    expect(citations[2]).not.toHaveProperty('author');
    expect(citations[2]!['publisher']).toEqual({ '@type': 'Organization', name: 'Example publisher' });
  });

  it("give an article's journal, pages and DOI, and a working paper's series and number", () => {
    expect(citations[0]).toMatchObject({
      name: article.title,
      url: article.url,
      datePublished: '2015',
      isPartOf: { '@type': 'Periodical', name: 'Journal of Health Economics' },
      pagination: '51-59',
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1016/j.jhealeco.2014.10.003' },
      sameAs: 'https://doi.org/10.1016/j.jhealeco.2014.10.003',
    });
    expect(citations[1]).toMatchObject({
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'Microfinance for Decent Work Working Paper' },
      reportNumber: '60',
      publisher: { '@type': 'Organization', name: 'International Labour Organization' },
    });
    expect(citations[1]).not.toHaveProperty('identifier');
  });
});
