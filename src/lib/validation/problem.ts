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

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** `file:line:column: field: message (found X; expected Y)`, the form editors and CI link to. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const details = [
    problem.found !== undefined ? `found ${problem.found}` : undefined,
    problem.expected !== undefined ? `expected ${problem.expected}` : undefined,
  ].filter(Boolean);
  const field = problem.field ? `${problem.field}: ` : '';
  return `${where}: ${field}${problem.message}${details.length ? ` (${details.join('; ')})` : ''}`;
}

/** A GitHub Actions workflow command, which shows the problem on the line in a pull request. */
export function formatGithubAnnotation(problem: Problem): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const text = formatProblem(problem).slice(`${problem.file}:${problem.line}:${problem.column}: `.length);
  return `::error file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column}::${escapeData(text)}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}
