/**
 * The one parse of a narrative (the MDX body of a content file), shared by the safety check
 * (src/lib/validation/mdx-safety.ts) and the PDF (src/lib/pdf/markdown.ts): the validator parses
 * each body once and hands the tree on with the entry. The body is parsed with the parser
 * Astro's MDX integration compiles it with, as Astro receives it: the frontmatter found by
 * Astro's own rule and blanked out, so every line and column in the tree is the file's.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast } from 'satteri';

/** The parser's tree, as plain data (it travels to the PDF workers); read through narrower types. */
export interface NarrativeTree {
  type: 'root';
  children?: unknown[];
}

export type NarrativeParse =
  | { tree: NarrativeTree; source: string; syntaxError?: undefined }
  /** The parser stops at the first syntax error; its message starts with `line:column:`. */
  | { tree?: undefined; source: string; syntaxError: string };

/** The body as Astro's MDX compiler receives it, the frontmatter blanked out line for line. */
function bodyAsAstroCompilesIt(text: string): string {
  const frontmatter = extractFrontmatter(text);
  if (frontmatter === undefined) return text;
  return text.replace(`---${frontmatter}---`, () => `   ${frontmatter.replace(/[^\r\n]/g, ' ')}   `);
}

/** Parses the narrative of `text`, a whole content file (frontmatter included) or a bare body. */
export function parseNarrative(text: string): NarrativeParse {
  const source = bodyAsAstroCompilesIt(text);
  try {
    return { tree: mdxToMdast(source, { features: { gfm: true, frontmatter: false } }) as unknown as NarrativeTree, source };
  } catch (error) {
    return { source, syntaxError: error instanceof Error ? error.message : String(error) };
  }
}
