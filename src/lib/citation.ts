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

/** A reference in author-date style: Publisher (year). Title: MFI, country. Site. URL (accessed date). */
export function formatReference(brief: CitedBrief): string {
  const year = brief.date.slice(0, 4);
  return `${brief.publisher} (${year}). ${brief.title}: ${brief.mfi}, ${brief.country}. ${brief.siteTitle}. ${brief.url} (accessed ${brief.date}).`;
}

/** Escapes what BibTeX treats as special, so any title survives. */
function bibtexText(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`).replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

export function formatBibtex(brief: CitedBrief): string {
  const key = `${brief.id.replace(/[^a-z0-9]/gi, '')}${brief.date.slice(0, 4)}`;
  return [
    `@misc{${key},`,
    `  author = {{${bibtexText(brief.publisher)}}},`,
    `  title = {{${bibtexText(`${brief.title}: ${brief.mfi}, ${brief.country}`)}}},`,
    `  howpublished = {${bibtexText(brief.siteTitle)}},`,
    `  year = {${brief.date.slice(0, 4)}},`,
    `  url = {${brief.url}},`,
    `  urldate = {${brief.date}},`,
    '}',
  ].join('\n');
}
