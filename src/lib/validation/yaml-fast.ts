/**
 * A fast first reading of content YAML, for the files that are plain (nearly all): js-yaml,
 * several times faster than the `yaml` package with positions, with scalars resolved exactly as
 * `yaml`'s YAML 1.2 core schema resolves them. It answers only for text that has none of what
 * yaml-syntax.ts refuses or words specially (anchors, aliases, tags, merge keys, directives,
 * tabs, complex keys, odd keys…), and that js-yaml reads without complaint; for anything
 * else, or any doubt, it answers nothing and the caller reads the file with `yaml`, which finds
 * every problem with its line and column. tests/yaml-fast.test.ts checks that both readings
 * agree on every content file, every fixture and randomly mutated content.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';

/** `yaml`'s core schema, tag by tag, in its order (node_modules/yaml/dist/schema/core). */
const coreScalars = [
  new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (text: string) => /^(?:~|[Nn]ull|NULL)?$/.test(text),
    construct: () => null,
  }),
  new Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (text: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
    construct: (text: string) => text[0] === 't' || text[0] === 'T',
  }),
  new Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (text: string) => /^0o[0-7]+$/.test(text) || /^[-+]?[0-9]+$/.test(text) || /^0x[0-9a-fA-F]+$/.test(text),
    construct: (text: string) =>
      text.startsWith('0o')
        ? parseInt(text.slice(2), 8)
        : text.startsWith('0x')
          ? parseInt(text.slice(2), 16)
          : parseInt(text, 10),
  }),
  new Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (text: string) =>
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text),
    construct: (text: string) =>
      /\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(text)
        ? text.slice(-3).toLowerCase() === 'nan'
          ? Number.NaN
          : text[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY
        : parseFloat(text),
  }),
];

const schema = FAILSAFE_SCHEMA.extend({ implicit: coreScalars });

/**
 * What sends a text to the full reading: a tab; a character YAML treats apart (control
 * characters, a byte-order mark, line and paragraph separators, a carriage return); an anchor,
 * alias or tag where a value may start; a merge key; a directive, document marker or complex key
 * at the start of a line; a comment written against a closing quote or bracket. Then (below) a
 * [ or { list or group that goes on over lines, and a quoted value whose further lines are not
 * indented under its field. (A value holding an unquoted ": " js-yaml refuses, as `yaml` does.)
 */
const needsFullReading = new RegExp(
  [
    '[\\t\\r\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFEFF\\u2028\\u2029\\uFFFE\\uFFFF]',
    '(?:^|[\\s[{,])(?:[&*]\\S|!)',
    '<<',
    '^(?:%|---|\\.\\.\\.)',
    '^[ -]*\\?(?:\\s|$)',
    // A comment not set apart by a space after a quoted value or a list or group (`yaml` refuses it).
    '[\\]}"\']#',
  ].join('|'),
  'm',
);

/** Whether a line opens a [ or { list or group that it does not close (counted whatever the context). */
const unbalancedLine = (line: string) => {
  let depth = 0;
  for (const c of line)
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  return depth !== 0;
};

/** A line whose value starts with a quote: the indentation and markers before its field, the quote, the rest. */
const quotedValue = /^( *(?:- +)*)(?:[^\s"'#][^:#]*: +)?(["'])(.*)$/;

/** Where the quoted text that starts `text` ends (after its closing quote), or -1 if it goes on. */
function quoteEnd(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/**
 * Whether every quoted value that goes on over lines has its further lines indented under its
 * field, as `yaml` requires (js-yaml takes them at any indentation).
 */
function quotedLinesIndented(lines: readonly string[]): boolean {
  for (let i = 0; i < lines.length; i++) {
    const open = quotedValue.exec(lines[i]!);
    if (!open || quoteEnd(open[3]!, open[2]!) !== -1) continue;
    const column = open[1]!.length;
    for (i++; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.trim() === '') continue;
      if (line.length - line.trimStart().length <= column) return false;
      if (quoteEnd(line, open[2]!) !== -1) break;
    }
  }
  return true;
}

/** A key as content writes them: a short name of letters, digits, "_" and "-" (not a word YAML reads as a value). */
const plainKey = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
/** js-yaml writes a key that is not a string as text; these are what null, booleans and infinities become. */
const keyWords = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|Infinity|NaN)$/;

/** The deepest nesting content reaches; deeper goes to the full reading, which refuses it. */
const maxDepth = 32;

/** Whether every key is plain and the nesting within bounds, so that both readings name the same fields. */
function plainShape(value: unknown, depth = 0): boolean {
  if (depth > maxDepth) return false;
  if (Array.isArray(value)) return value.every((item) => plainShape(item, depth + 1));
  if (value === null || typeof value !== 'object') return true;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([key, item]) => plainKey.test(key) && !keyWords.test(key) && plainShape(item, depth + 1));
}

/**
 * The fields of a plain YAML text (a group of fields at the top), as the `yaml` package would
 * read them; undefined when the text needs the full reading.
 */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (needsFullReading.test(text)) return undefined;
  const lines = text.split('\n');
  if ((/[[\]{}]/.test(text) && lines.some(unbalancedLine)) || !quotedLinesIndented(lines)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !plainShape(data)) return undefined;
  return data as Record<string, unknown>;
}
