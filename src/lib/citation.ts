/**
 * References, "Cite this brief", BibTeX and RIS, all formatted by citation-js (CSL styles run by
 * citeproc-js) from CSL-JSON items: this module only maps the content model onto CSL-JSON.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Source } from '../schemas/index.ts';
import type { Factsheet } from './factsheet.ts';
import { cachedReferences, type FormattedEntries } from './reference-cache.ts';
import type { SourceType } from '../schemas/vocabulary.ts';

/** The CSL style of references: APA, which citation-js bundles. */
const style = 'apa';

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as far as we fill it. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: ({ family: string; given?: string } | { literal: string })[];
  'container-title'?: string;
  'collection-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  volume?: string;
  issue?: string;
  number?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  genre?: string;
  /** The BibTeX key; without it citation-js makes one from author, year and title. */
  'citation-key'?: string;
}

const cslTypes: Record<SourceType, string> = {
  'journal-article': 'article-journal',
  'working-paper': 'report',
  report: 'report',
  factsheet: 'report',
  'web-page': 'webpage',
  dataset: 'dataset',
};

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/**
 * A source as CSL-JSON: only what the content states, nothing filled in. A working paper's
 * series is its genre ("Microfinance for Decent Work Working Paper No. 60"); a report's series
 * its collection. `withLink: false` leaves out the URL and DOI, for a renderer that links them itself.
 */
export function sourceToCsl(source: Source, { withLink = true } = {}): CslItem {
  const series = source.type === 'report' || source.type === 'factsheet';
  return {
    id: source.id,
    type: cslTypes[source.type],
    title: source.title,
    ...(source.authors ? { author: source.authors } : {}),
    ...(source.type === 'working-paper'
      ? { genre: source.container ?? 'Working paper' }
      : source.container
        ? { [series ? 'collection-title' : 'container-title']: source.container }
        : {}),
    ...(source.type === 'factsheet' ? { genre: 'Factsheet' } : {}),
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.year ? { issued: { 'date-parts': [[source.year]] } } : {}),
    ...(source.accessed ? { accessed: dateParts(source.accessed) } : {}),
    ...(source.volume ? { volume: source.volume } : {}),
    ...(source.issue ? { issue: source.issue } : {}),
    ...(source.number ? { number: source.number } : {}),
    ...(source.pages ? { page: source.pages } : {}),
    ...(withLink && source.doi ? { DOI: source.doi } : {}),
    ...(withLink ? { URL: source.url } : {}),
  };
}

/**
 * A list of sources as the pages' source lists format it: each item keyed by its place in the
 * list (sources of several files may share an id). One definition, so that the PDF workers can
 * format the same lists ahead of the pages (render.ts, `pageReferences`) and the pages find them cached.
 */
export const sourceListItems = (sources: readonly Source[]): CslItem[] =>
  sources.map((source, index) => ({ ...sourceToCsl(source), id: String(index) }));

/** The CSL locale for an interface language; citation-js bundles en-US, which serves all English. */
const cslLocale = (language: string) => (language === 'en' ? 'en-US' : language);

/**
 * The one place citeproc runs: a list's bibliography entries, as [id, HTML] pairs in the
 * style's order. An object, so that a test can count the runs.
 */
export const citeproc = {
  bibliography(items: readonly CslItem[], locale: string): FormattedEntries {
    return new Cite(items).format('bibliography', {
      format: 'html',
      template: style,
      lang: locale,
      hyperlinks: true,
      asEntryArray: true,
    });
  },
};

/**
 * Each item's formatted reference, by id, as HTML (escaped by citeproc) and as plain text. One
 * citeproc run formats the whole list, and the same list is formatted only once (reference-cache.ts).
 */
export function formatReferences(items: readonly CslItem[], language = 'en'): Map<string, { html: string; text: string }> {
  if (!items.length) return new Map();
  const locale = cslLocale(language);
  const entries = cachedReferences({ items, language: locale, style }, () => citeproc.bibliography(items, locale));
  // Each entry is <div data-csl-entry-id="…" class="csl-entry">…</div>; the list supplies its own element.
  const inner = (html: string) =>
    html
      .trim()
      .replace(/^<div[^>]*>/, '')
      .replace(/<\/div>$/, '')
      .trim();
  return new Map(entries.map(([id, html]) => [id, { html: inner(html), text: htmlToText(inner(html)) }]));
}

/** citeproc's HTML as text: its few tags dropped, its numeric entities decoded. */
function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');
}

/** One item's reference as plain text. */
export const formatReferenceText = (item: CslItem, language = 'en'): string =>
  formatReferences([item], language).get(item.id)?.text ?? item.title;

export const formatBibtex = (items: readonly CslItem[]): string => new Cite(items).format('bibtex').trim();

/**
 * Sources as CSL items for a reference manager, in their order, each keyed by its id (the RIS
 * ID; the BibTeX key has underscores for hyphens, which citation-js does not keep in a key); an
 * id that two files of one brief both use gets a number, so that no two records share a key.
 */
export function sourcesForExport(sources: readonly Source[]): CslItem[] {
  const used = new Set<string>();
  return sources.map((source) => {
    let key = source.id;
    for (let n = 2; used.has(key); n++) key = `${source.id}-${n}`;
    used.add(key);
    return { ...sourceToCsl(source), id: key, 'citation-key': key.replaceAll('-', '_') };
  });
}

/**
 * RIS records as citation-js maps the items, each value on one line: citation-js's own writer
 * breaks a line every 70 characters, inside a word or an address, and readers (its own parser
 * among them) join the pieces with a space, so titles and URLs came back broken.
 */
export function formatRis(items: readonly CslItem[]): string {
  return new Cite(items)
    .format('ris', { format: 'object' })
    .map(({ TY, ...tags }) =>
      [
        `TY  - ${TY}`,
        ...Object.entries(tags).flatMap(([tag, values]) =>
          [values].flat().map((value) => `${tag}  - ${String(value).replace(/\s+/g, ' ')}`),
        ),
        'ER  - ',
      ].join('\n'),
    )
    .join('\n');
}

/** The short form a result or figure cites its source by: first author or publisher, and year. */
export function shortCitation(source: Source): string {
  const authors = source.authors ?? [];
  const who =
    authors.length === 0
      ? (source.publisher ?? source.container ?? source.title)
      : authors.length === 1
        ? authors[0]!.family
        : authors.length === 2
          ? `${authors[0]!.family} and ${authors[1]!.family}`
          : `${authors[0]!.family} et al.`;
  return source.year ? `${who}, ${source.year}` : who;
}

/** What a citation of a brief needs; the caller supplies the words and the dates. */
export interface CitedBrief {
  id: string;
  title: string;
  mfi: string;
  country: string;
  publisher: string;
  siteTitle: string;
  url: string;
  /** The date of the build, YYYY-MM-DD: briefs are versioned by publication. */
  date: string;
}

/**
 * What a brief is cited by, from its factsheet view model: one definition for the page's "Cite
 * this brief" and for the PDF workers, which format that citation ahead of the page.
 */
export function citedBriefOf(
  id: string,
  sheet: Pick<Factsheet, 'title' | 'mfi' | 'header'>,
  site: { title: string; organisation: { name: string } },
  url: string,
  date: string,
): CitedBrief {
  return {
    id,
    title: sheet.title,
    mfi: sheet.mfi.name,
    country: sheet.header.find((row) => row.key === 'country')!.value!,
    publisher: site.organisation.name,
    siteTitle: site.title,
    url,
    date,
  };
}

/** A brief as a CSL web page, by its publishing organisation, read on the day it was built. */
export function briefToCsl(brief: CitedBrief): CslItem {
  return {
    id: brief.id,
    type: 'webpage',
    title: `${brief.title}: ${brief.mfi}, ${brief.country}`,
    author: [{ literal: brief.publisher }],
    'container-title': brief.siteTitle,
    issued: dateParts(brief.date.slice(0, 4)),
    accessed: dateParts(brief.date),
    URL: brief.url,
  };
}

/** A source with its reference formatted for a renderer that links the URL itself (the PDF). */
export type CitedSource = Source & { reference: string; short: string };

export function citedSources(sources: readonly Source[], language = 'en'): CitedSource[] {
  // Sources of several files may share an id, so the run keys them by position.
  const references = formatReferences(
    sources.map((source, index) => ({ ...sourceToCsl(source, { withLink: false }), id: String(index) })),
    language,
  );
  return sources.map((source, index) => ({
    ...source,
    reference: references.get(String(index))?.text ?? source.title,
    short: shortCitation(source),
  }));
}
