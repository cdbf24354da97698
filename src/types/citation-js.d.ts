/** The part of citation-js (which ships no types) that src/lib/citation.ts uses. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: readonly object[]);
    format(
      format: 'bibliography',
      options: { format: 'html'; template: string; lang: string; hyperlinks: true; asEntryArray: true },
    ): [string, string][];
    format(format: 'bibtex' | 'ris', options?: { format: 'text' }): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
