import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import {
  citedSources,
  formatBibtex,
  formatReferences,
  formatRis,
  shortCitation,
  sourcesForExport,
  sourceToCsl,
} from '../src/lib/citation.ts';
import { sourceSchema, type SourceInput } from '../src/schemas/source.ts';

const source = (input: SourceInput) => sourceSchema.parse(input);

const article = source({
  id: 'jhe-2015',
  type: 'journal-article',
  authors: ['Landmann, Andreas', 'Frölich, Markus'],
  title: 'Can health-insurance help prevent child labor? An impact evaluation from Pakistan',
  container: 'Journal of Health Economics',
  year: 2015,
  volume: 39,
  pages: '51-59',
  doi: '10.1016/j.jhealeco.2014.10.003',
  url: 'https://econpapers.repec.org/article/eeejhecon/v_3a39_3ay_3a2015_3ai_3ac_3ap_3a51-59.htm',
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
const webPage = source({
  id: 'netri',
  type: 'web-page',
  title: 'IMON (project page)',
  publisher: 'Fundación Netri',
  url: 'https://fundacion-netri.org/en/?project=2018-imon',
  accessed: '2026-12-01',
});
const references = formatReferences([article, workingPaper, webPage].map((s) => sourceToCsl(s)));

describe('references from citation data', () => {
  it('formats a journal article with its authors, journal, volume, pages and DOI link', () => {
    expect(references.get('jhe-2015')?.text).toBe(
      'Landmann, A., & Frölich, M. (2015). Can health-insurance help prevent child labor? An impact evaluation from Pakistan. Journal of Health Economics, 39, 51–59. https://doi.org/10.1016/j.jhealeco.2014.10.003',
    );
    expect(references.get('jhe-2015')?.html).toContain('<a href="https://doi.org/10.1016/j.jhealeco.2014.10.003">');
  });

  it('formats a working paper with its series and number', () => {
    expect(references.get('wp-60')?.text).toBe(
      'Gravesteijn, R. (2015). Impact research on IMON’s women’s entrepreneurship innovation (Microfinance for Decent Work Working Paper No. 60). International Labour Organization. https://example.org/wp-60',
    );
  });

  it('formats a web page with the date it was read, and no year it does not state', () => {
    expect(references.get('netri')?.text).toBe(
      'Fundación Netri. (n.d.). IMON (project page). Retrieved December 1, 2026, from https://fundacion-netri.org/en/?project=2018-imon',
    );
  });

  it('escapes what HTML and BibTeX treat as special, once', () => {
    const odd = source({
      id: 'odd',
      type: 'report',
      title: 'Loans & savings: 100% <better> {new}',
      publisher: 'A & B',
      url: 'https://example.org/?a=1&b=2',
    });
    const html = formatReferences([sourceToCsl(odd)]).get('odd')!.html;
    expect(html).toContain('Loans &#38; savings: 100% &#60;better&#62;');
    expect(html).not.toContain('<better>');
    const bibtex = formatBibtex([sourceToCsl(odd)]);
    expect(bibtex).toContain('Loans \\& savings: 100\\%');
    expect(bibtex).not.toContain('\\\\');
  });

  it('writes BibTeX and RIS records of each type', () => {
    const bibtex = formatBibtex([article, workingPaper].map((s) => sourceToCsl(s)));
    expect(bibtex).toMatch(/^@article\{/m);
    expect(bibtex).toContain('doi = {10.1016/j.jhealeco.2014.10.003}');
    expect(bibtex).toContain('author = {Landmann, Andreas and Fr');
    const ris = formatRis([article, webPage].map((s) => sourceToCsl(s)));
    expect(ris).toMatch(/^TY {2}- JOUR$/m);
    expect(ris).toMatch(/^DO {2}- 10\.1016\/j\.jhealeco\.2014\.10\.003$/m);
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
  });

  it('gives the PDF each reference without its link, and a short form for citations', () => {
    const [cited] = citedSources([article]);
    expect(cited?.reference).toBe(
      'Landmann, A., & Frölich, M. (2015). Can health-insurance help prevent child labor? An impact evaluation from Pakistan. Journal of Health Economics, 39, 51–59.',
    );
    expect(shortCitation(article)).toBe('Landmann and Frölich, 2015');
    expect(shortCitation(webPage)).toBe('Fundación Netri');
  });
});

describe("a brief's sources for a reference manager", () => {
  const sameIdElsewhere = { ...webPage, id: 'wp-60', url: 'https://example.org/other-file' };
  const items = sourcesForExport([article, workingPaper, webPage, sameIdElsewhere]);

  it('reads back from RIS as the same sources: types, authors, titles, years, DOIs and addresses', () => {
    const read = new Cite(formatRis(items)).data as Record<string, unknown>[];
    expect(read.map((item) => item['type'])).toEqual(['article-journal', 'report', 'webpage', 'webpage']);
    expect(read.map((item) => item['id'])).toEqual(['jhe-2015', 'wp-60', 'netri', 'wp-60-2']);
    expect(read[0]).toMatchObject({
      author: [
        { family: 'Landmann', given: 'Andreas' },
        { family: 'Frölich', given: 'Markus' },
      ],
      title: article.title,
      'container-title': 'Journal of Health Economics',
      issued: { 'date-parts': [[2015]] },
      DOI: '10.1016/j.jhealeco.2014.10.003',
      URL: article.url,
    });
    expect(read[1]).toMatchObject({
      author: [{ family: 'Gravesteijn', given: 'Robin' }],
      publisher: 'International Labour Organization',
    });
    expect(read.map((item) => item['URL'])).toEqual([article.url, workingPaper.url, webPage.url, sameIdElsewhere.url]);
  });

  it('gives each BibTeX record a key of its own, from the source id', () => {
    const keys = [...formatBibtex(items).matchAll(/^@\w+\{([^,]+),$/gm)].map((match) => match[1]);
    expect(keys).toEqual(['jhe_2015', 'wp_60', 'netri', 'wp_60_2']);
  });
});

describe('the source schema', () => {
  it('reads "Family, Given" and a family name alone', () => {
    expect(source({ ...workingPaper, authors: ['Gravesteijn, Robin', 'Fiala'] } as SourceInput).authors).toEqual([
      { family: 'Gravesteijn', given: 'Robin' },
      { family: 'Fiala' },
    ]);
  });

  it('refuses an unknown type and a DOI written as a link', () => {
    expect(sourceSchema.safeParse({ ...webPage, type: 'blog' }).success).toBe(false);
    const doi = sourceSchema.safeParse({ ...article, authors: undefined, doi: 'https://doi.org/10.1016/x' });
    expect(doi.error?.issues[0]?.message).toBe('must be a DOI such as 10.1016/j.jhealeco.2014.10.003 (without https://doi.org/)');
  });
});
