/**
 * YAML as content uses it: plain fields, lists and text. The parser's own error messages describe
 * its grammar, and one slip makes it complain about every line after; these turn its errors into
 * one plain sentence per slip, with a hint for the slips editors make, and refuse the YAML
 * features content never needs (aliases, anchors, merge keys, tags), which also keeps the parser
 * from doing unbounded work (an alias bomb expands to billions of values).
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from 'yaml';

/** A problem found while reading YAML, at a character offset of the YAML text. */
export interface YamlSlip {
  offset: number;
  message: string;
  expected?: string;
  found?: string;
}

export const yamlOptions = { prettyErrors: false, uniqueKeys: true, strict: true, stringKeys: true } as const;

const quoteHint = 'the whole value in quotes, e.g. title: "Loans: what changed"';

/** The text of line `n` (1-based) of `text`. */
const lineOf = (text: string, n: number) => text.split(/\r?\n/)[n - 1] ?? '';

/** Whether a line reads `key: value` where the value itself holds `: ` (or ends in `:`) unquoted. */
function valueHoldsColon(line: string): boolean {
  const match = /^\s*(?:-\s+)?[^\s"'#][^:#]*:\s+(.*)$/.exec(line);
  const value = match?.[1];
  if (!value || /^["'[{|>]/.test(value)) return false;
  return /:(\s|$)/.test(value.replace(/\s+#.*$/, ''));
}

/** One parser error, in words an editor can act on. */
function describe(error: YAMLError, text: string, lineCounter: LineCounter): Omit<YamlSlip, 'offset'> {
  const { line } = lineCounter.linePos(error.pos[0]);
  const here = lineOf(text, line);
  const parser = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'TAB_AS_INDENT' || /^\t/.test(here)) {
    return { message: 'a tab is used to indent this line', expected: 'spaces, not tabs, for indentation' };
  }
  if (valueHoldsColon(here) || (error.code === 'BLOCK_AS_IMPLICIT_KEY' && valueHoldsColon(lineOf(text, line - 1)))) {
    return { message: 'the value contains ": ", which YAML reads as the start of another field', expected: quoteHint };
  }
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return { message: 'the fields are nested too deeply to be content', expected: 'fields, lists and groups a few levels deep' };
  }
  if (error.code === 'DUPLICATE_KEY') {
    return { message: 'this field is written twice in the same group', expected: 'each field once' };
  }
  if (/sequence items must start at the same column|Sequence item without - indicator/.test(parser)) {
    return {
      message: 'the items of this list are not aligned',
      expected: 'every "- " of a list at the same column, and the fields of an item indented alike',
    };
  }
  if (error.code === 'BAD_INDENT' || (error.code === 'MISSING_CHAR' && /indent/.test(parser))) {
    if (/Flow sequence/.test(parser))
      return {
        message: 'a list opened with [ is never closed with ]',
        expected: 'a ] at the end of the list, or each item on its own line after "- "',
      };
    if (/Flow mapping/.test(parser))
      return { message: 'a group opened with { is never closed with }', expected: 'a } at the end of the group' };
    return {
      message: 'this line is indented differently from the fields around it',
      expected: 'the fields of one group at the same column, with spaces',
    };
  }
  if (/^Missing closing "quote/.test(parser))
    return {
      message: 'a value opened with " is never closed',
      expected: 'a closing " at the end of the value, on the same line',
    };
  if (/^Missing closing 'quote/.test(parser))
    return {
      message: "a value opened with ' is never closed",
      expected: "a closing ' at the end of the value, on the same line",
    };
  if (/Implicit keys need to be on a single line|Implicit map keys need to be followed by map values/.test(parser)) {
    return {
      message: 'this line is neither a field (name: value) nor a list item (- value)',
      expected: 'name: value; a value that goes on over several lines needs quotes or a | line',
    };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY')
    return { message: 'a value here starts a group of fields where a single value belongs', expected: quoteHint };
  return { message: `malformed YAML: ${parser}` };
}

/**
 * The lines of the top-level field holding line `line` (1-based): from the line where it starts
 * at column 1 to the line before the next one that does. Blanking them tells apart errors that
 * follow from the same slip (they vanish) from independent ones (they remain).
 */
function topLevelBlock(lines: string[], line: number): [number, number] {
  const startsField = (text: string | undefined) => text !== undefined && /^[^\s#-]/.test(text);
  let first = Math.min(line, lines.length);
  while (first > 1 && !startsField(lines[first - 1])) first--;
  let last = first;
  while (last < lines.length && !startsField(lines[last])) last++;
  return [first, Math.max(last, line)];
}

/** Offset of the last [ or { before `offset` that is not closed before it (quotes aside), or -1. */
function unclosedBracket(text: string, offset: number): number {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n') quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') open.push(i);
    else if (c === ']' || c === '}') open.pop();
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) while (i < offset && text[i] !== '\n') i++;
  }
  return open.at(-1) ?? -1;
}

/** At most this many slips per file: more means the file needs reading as a whole. */
const maxSlips = 10;

/**
 * One slip per root cause: the first error is reported; the top-level field that holds it is
 * blanked and the text parsed again; errors that disappear followed from the first, and any that
 * remain are the next root cause.
 */
function rootCauses(text: string): YamlSlip[] {
  const slips: YamlSlip[] = [];
  let current = text;
  for (let round = 0; round < maxSlips; round++) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(current, { ...yamlOptions, lineCounter });
    const error = doc.errors[0];
    if (!error) break;
    const slip = describe(error, current, lineCounter);
    const opening = /never closed with [\]}]/.test(slip.message) ? unclosedBracket(current, error.pos[0]) : -1;
    const lines = current.split('\n');
    const [first, last] = topLevelBlock(lines, lineCounter.linePos(opening === -1 ? error.pos[0] : opening).line);
    // Where the parser ran out of stack depends on the machine; the field it was reading does not.
    const offset =
      error.code === 'RESOURCE_EXHAUSTION' ? lineCounter.lineStarts[first - 1]! : opening === -1 ? error.pos[0] : opening;
    slips.push({ offset, ...slip });
    // Blank lines keep every offset after the block where it was, so positions stay the file's.
    for (let n = first; n <= last; n++) lines[n - 1] = ' '.repeat(lines[n - 1]!.length);
    const next = lines.join('\n');
    if (next === current) break;
    current = next;
  }
  return slips;
}

/** Where the tag written before a value at `offset` starts (on the same line), else `offset`. */
function tagOffset(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const at = text.slice(lineStart, offset).search(/!\S*\s*$/);
  return at === -1 ? offset : lineStart + at;
}

const tagAsWritten = (text: string, offset: number) => /^!\S*/.exec(text.slice(tagOffset(text, offset)))?.[0];

/** Every YAML feature content does not use, where it is written. */
function unusedFeatures(doc: Document, text: string): YamlSlip[] {
  const slips: YamlSlip[] = [];
  const at = (node: Node | null | undefined) => node?.range?.[0] ?? 0;
  // An explicit walk with a depth bound, rather than the parser's recursive visitor.
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!node) continue;
    if (isAlias(node)) {
      slips.push({
        offset: at(node),
        message: `"*${node.source}" is a YAML alias (a copy of another value); content does not use aliases`,
        expected: 'the value written out; text that starts with * needs quotes, e.g. "*Estimated*"',
      });
      continue;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor)
        slips.push({
          offset: at(node),
          message: `"&${node.anchor}" is a YAML anchor (a name for copying a value); content does not use anchors`,
          expected: 'the value written out; text that starts with & needs quotes',
        });
      // The parser sets a tag only where one is written (`!foo`, `!!str`).
      if (node.tag)
        slips.push({
          offset: tagOffset(text, at(node)),
          message: `"${tagAsWritten(text, at(node)) ?? node.tag}" is a YAML tag; content does not use tags`,
          expected: 'a plain value; text that starts with ! needs quotes',
        });
    }
    if (depth > 32) {
      slips.push({
        offset: at(node as Node),
        message: 'the fields are nested too deeply to be content',
        expected: 'fields, lists and groups a few levels deep',
      });
      continue;
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key) && pair.key.value === '<<') {
          slips.push({
            offset: at(pair.key),
            message: '"<<" is a YAML merge key; content does not use merge keys',
            expected: 'the fields written out',
          });
        }
        stack.push({ node: pair.value, depth: depth + 1 }, { node: pair.key, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return slips;
}

/** The first use of each feature, with how many more there are: one line per thing to change. */
function firstOfEach(slips: YamlSlip[]): YamlSlip[] {
  const byKind = new Map<string, { first: YamlSlip; more: number }>();
  for (const slip of slips.sort((a, b) => a.offset - b.offset)) {
    const kind = /YAML (\w+( key)?)/.exec(slip.message)?.[1] ?? slip.message;
    const seen = byKind.get(kind);
    if (seen) seen.more++;
    else byKind.set(kind, { first: slip, more: 0 });
  }
  return [...byKind.values()].map(({ first, more }) =>
    more === 0 ? first : { ...first, message: `${first.message}; ${more} more in this file` },
  );
}

export type YamlOutcome =
  | { doc: Document; lineCounter: LineCounter; slips?: never }
  | { doc?: never; lineCounter: LineCounter; slips: YamlSlip[] };

/** Parses content YAML: the document, or every slip in it, one per root cause. */
export function parseContentYaml(text: string): YamlOutcome {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...yamlOptions, lineCounter });
  if (doc.errors.length > 0) return { lineCounter, slips: rootCauses(text) };
  const unused = unusedFeatures(doc, text);
  if (unused.length > 0) return { lineCounter, slips: firstOfEach(unused) };
  return { doc, lineCounter };
}
