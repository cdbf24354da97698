import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { readPlainYaml } from './yaml-fast.ts';
import { parseContentYaml, type YamlOutcome } from './yaml-syntax.ts';

export interface Position {
  line: number;
  column: number;
}

/** A parsed content file: its data, its Markdown body, and where each value stands in the file. */
export interface ContentDocument {
  data: unknown;
  body: string | undefined;
  /**
   * Where the value at `path` stands; for a path that does not exist, where the nearest
   * enclosing field is written (so a missing field points at its parent). With `key`, the
   * position of the key rather than its value (for unknown fields).
   */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Position;
}

export type ReadOutcome = { document: ContentDocument; problems?: never } | { document?: never; problems: Problem[] };

const start: Position = { line: 1, column: 1 };

/** Where each value of a parsed document stands, as lines and columns of the file. */
function locator(parsed: YamlOutcome, lineOffset: number): ContentDocument['locate'] {
  const toPosition = (offset: number): Position => {
    const { line, col } = parsed.lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const doc = parsed.doc;
  return (path, options = {}) => {
    let node: unknown = doc?.contents ?? null;
    let anchor: Node | null = doc?.contents ?? null;
    for (const [index, key] of path.entries()) {
      const last = index === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        if (last && options.key) {
          anchor = pair.key as Node;
          break;
        }
        anchor = (pair.key as Node) ?? anchor;
        node = pair.value;
        if (node) anchor = node as Node;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        anchor = node as Node;
      } else {
        break;
      }
    }
    const offset = anchor?.range?.[0];
    return offset === undefined ? { line: 1 + lineOffset, column: 1 } : toPosition(offset);
  };
}

/**
 * `ifEmpty` answers for a document with no content at all (only comments, say). A plain text is
 * read by the fast reader (yaml-fast.ts) and parsed with positions only if a position is asked
 * for (a problem to report); any other text is parsed with positions at once, which finds its slips.
 */
function parseYaml(text: string, file: string, lineOffset: number, ifEmpty?: () => ReadOutcome): ReadOutcome {
  const plain = readPlainYaml(text);
  if (plain) {
    let located: ContentDocument['locate'] | undefined;
    const locate: ContentDocument['locate'] = (path, options) => {
      located ??= locator(parseContentYaml(text), lineOffset);
      return located(path, options);
    };
    return { document: { data: plain, body: undefined, locate } };
  }
  const parsed = parseContentYaml(text);
  if (parsed.slips) {
    const { lineCounter } = parsed;
    return {
      problems: parsed.slips.map(({ offset, ...slip }) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file, line: line + lineOffset, column: col, field: '', ...slip };
      }),
    };
  }
  if (ifEmpty && parsed.doc.contents === null) return ifEmpty();
  return { document: { data: parsed.doc.toJS({ maxAliasCount: 0 }), body: undefined, locate: locator(parsed, lineOffset) } };
}

export function readYamlFile(text: string, file: string): ReadOutcome {
  const empty = (): ReadOutcome => ({
    problems: [{ file, ...start, field: '', message: 'the file is empty', expected: 'YAML fields such as name: …' }],
  });
  // One parse per file: the emptiness check reads the same parse as the fields.
  return text.trim() === '' ? empty() : parseYaml(text, file, 0, empty);
}

/**
 * Reads an MDX file: YAML frontmatter between `---` lines, then the body. Frontmatter positions
 * are reported as lines of the whole file.
 */
export function readMdxFile(text: string, file: string): ReadOutcome {
  const expected = 'a file that starts with a --- line, then YAML fields, then a closing --- line';
  if (text.trim() === '') {
    return { problems: [{ file, ...start, field: '', message: 'the file is empty', expected }] };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      problems: [
        {
          file,
          ...start,
          field: '',
          message: 'no frontmatter at the top of the file',
          found: JSON.stringify(lines[0]),
          expected,
        },
      ],
    };
  }
  if (!lines.slice(1).some((line) => line.trim() === '---')) {
    return {
      problems: [
        {
          file,
          ...start,
          field: '',
          message: 'the frontmatter is never closed',
          expected: 'a line with --- after the last field',
        },
      ],
    };
  }
  // Parsing is ours (the `yaml` package, with positions); gray-matter only splits the file.
  const split = matter(text.replace(/^\uFEFF/, ''), { engines: { yaml: () => ({}) } });
  const matterStart = split.matter === '' ? 0 : text.indexOf(split.matter);
  const lineOffset = text.slice(0, matterStart).split('\n').length - 1;
  if (split.matter.trim() === '') {
    return {
      problems: [{ file, ...start, field: '', message: 'the frontmatter is empty', expected: 'YAML fields such as title: …' }],
    };
  }
  const outcome = parseYaml(split.matter, file, lineOffset);
  if (outcome.document) outcome.document.body = split.content;
  return outcome;
}
