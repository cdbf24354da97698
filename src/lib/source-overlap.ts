/**
 * Finds prose in a content file that repeats a source word for word: a run of `minimumRun` or
 * more consecutive words that also stands in one of the source documents. Content is written
 * from the sources in our own words, so such a run is either a quotation (to be marked as one)
 * or a sentence to reword.
 */

/** Eight words in a row is longer than any common phrase, and shorter than a copied clause. */
export const minimumRun = 8;

/**
 * Fields whose values are names and titles, not our prose: a title, an organisation's or a
 * person's name, a publisher, an address or an identifier has to be written as the source writes
 * it, so a long title shared with the digest is right, not copying. Keys only (not positions in
 * the model), so the rule holds while the citation model gains fields such as authors or DOI.
 */
export const nameAndTitleKeys: ReadonlySet<string> = new Set([
  'id',
  'title',
  'name',
  'short_name',
  'organisation',
  'funders',
  'headquarters',
  'publisher',
  'author',
  'authors',
  'editor',
  'editors',
  'container_title',
  'journal',
  'series',
  'url',
  'website',
  'doi',
  'isbn',
]);

/** One piece of prose in a content file and where it is (a field path, or the Markdown body). */
export interface Prose {
  path: readonly PropertyKey[];
  text: string;
}

/** Every string in the data outside name and title fields, then the body, each with its path. */
export function proseOf(data: unknown, body?: string): Prose[] {
  const found: Prose[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') found.push({ path, text: value });
    else if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (!nameAndTitleKeys.has(key)) walk(child, [...path, key]);
    }
  };
  walk(data, []);
  if (body) found.push({ path: ['body'], text: body });
  return found;
}

/**
 * Text marked as a quotation: between double quotation marks (straight or curly). A quotation
 * repeats its source on purpose; our convention (CONTRIBUTING.md, the pull-request template) is
 * that it names that source in the same sentence or field, which a reviewer checks.
 */
const quotation = /"[^"]*"|“[^”]*”/g;
/**
 * A name or a title inside a sentence: two or more capitalised words in a row, with the small
 * words that names carry between them ("National Association of Business Women in Tajikistan",
 * "Generate Your Business"). Names must be written as the source writes them; our own sentences
 * are in sentence case, so this leaves what we wrote to be checked.
 */
const capitalised = String.raw`\p{Lu}[\p{L}\p{N}'’.-]*`;
const nameRun = new RegExp(
  String.raw`${capitalised}(?:\s+(?:(?:of|and|for|the|in|on|to|de|des|du|la|le|et|&)\s+)*${capitalised})+`,
  'gu',
);
const address = /\b(?:https?:\/\/|www\.)\S+/g;
/** Stands where a quotation or a name was taken out, so that a run never spans the gap. */
const gap = ' | ';

/**
 * The words of a text, lower-cased, without web addresses and punctuation. For our prose
 * (`ownWords`), quotations and names are left out too; a source is read whole.
 */
export function wordsOf(text: string, options: { ownWords?: boolean } = {}): string[] {
  let plain = text.replace(address, ' ').replace(/[’‘]/g, "'");
  if (options.ownWords) plain = plain.replace(quotation, gap).replace(nameRun, gap);
  return (plain.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?|\|/gu) ?? []).map((word) => (word === '|' ? '\u0000' : word));
}

/** Every run of `length` consecutive words of a source text, for lookup. */
export function runsOf(words: readonly string[], length = minimumRun): Set<string> {
  const runs = new Set<string>();
  for (let index = 0; index + length <= words.length; index++) runs.add(words.slice(index, index + length).join(' '));
  return runs;
}

/**
 * The longest runs of our prose that the sources share, each as the words it repeats: adjoining
 * shared runs are merged, so a copied sentence is reported once, whole.
 */
export function sharedRuns(text: string, sourceRuns: ReadonlySet<string>, length = minimumRun): string[] {
  const words = wordsOf(text, { ownWords: true });
  const shared: string[] = [];
  let end = -1;
  let start = -1;
  for (let index = 0; index + length <= words.length; index++) {
    if (!sourceRuns.has(words.slice(index, index + length).join(' '))) continue;
    if (index <= end) end = index + length;
    else {
      if (start >= 0) shared.push(words.slice(start, end).join(' '));
      start = index;
      end = index + length;
    }
  }
  if (start >= 0) shared.push(words.slice(start, end).join(' '));
  return shared;
}
