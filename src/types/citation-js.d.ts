/** The part of citation-js (which ships no types) that src/lib/citation.ts uses. */
declare module '@citation-js/core' {
  export class Cite {
    /** CSL-JSON items, or text in a format a plugin reads (RIS, BibTeX). */
    constructor(data: readonly object[] | string);
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
    format(
      format: 'bibliography',
      options: { format: 'html'; template: string; lang: string; hyperlinks: true; asEntryArray: true },
    ): [string, string][];
    format(format: 'bibtex' | 'ris', options?: { format: 'text' }): string;
    /** Each record as its RIS tags, a tag that repeats (AU) holding a list. */
    format(format: 'ris', options: { format: 'object' }): Record<string, string | number | (string | number)[]>[];
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
