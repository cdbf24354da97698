/** One thing wrong with one content file, located as precisely as the file allows. */
export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** The field, as a path like `results[0].direction`; empty for the file as a whole. */
  field: string;
  message: string;
  found?: string;
  expected?: string;
}

/** A key shown bare in a field path; any other key is shown quoted, as `["a key"]`. */
const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!plainKey.test(name)) return `[${JSON.stringify(name)}]`;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

/**
 * Characters that would change the shape of a problem line or what a terminal does with it:
 * control characters (line breaks, escape sequences), line and paragraph separators, and the
 * bidirectional controls that reorder what is shown.
 */
const unsafeCharacters =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters this escapes.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;

/** Text from content, made safe to print on one line: each unsafe character written as \u{…}. */
export function escapeForLine(text: string): string {
  return text.replace(unsafeCharacters, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** A file path with the characters that would blur `file:line:column` (":", spaces) percent-encoded. */
function escapeFile(file: string): string {
  return escapeForLine(file.replace(/[%:\s]/gu, (c) => `%${c.codePointAt(0)!.toString(16).toUpperCase().padStart(2, '0')}`));
}

/** `file:line:column: field: message (found X; expected Y)`, the form editors and CI link to. */
export function formatProblem(problem: Problem): string {
  const where = `${escapeFile(problem.file)}:${problem.line}:${problem.column}`;
  const details = [
    problem.found !== undefined ? `found ${problem.found}` : undefined,
    problem.expected !== undefined ? `expected ${problem.expected}` : undefined,
  ].filter(Boolean);
  const field = problem.field ? `${problem.field}: ` : '';
  // Every part may hold text from content, so every part is escaped.
  return `${where}: ${escapeForLine(field)}${escapeForLine(problem.message)}${details.length ? ` (${escapeForLine(details.join('; '))})` : ''}`;
}

/** A GitHub Actions workflow command, which shows the problem on the line in a pull request. */
export function formatGithubAnnotation(problem: Problem): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const text = formatProblem(problem).slice(`${escapeFile(problem.file)}:${problem.line}:${problem.column}: `.length);
  return `::error file=${escapeProperty(escapeForLine(problem.file))},line=${problem.line},col=${problem.column}::${escapeData(text)}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
