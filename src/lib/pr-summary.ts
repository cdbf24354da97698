/**
 * The job summary of a CI run, in GitHub-flavoured Markdown: the validator's result, what the
 * pull request changes in the content (see change-report.ts) and the build's figures. Written
 * for a reviewer who has not opened the diff yet.
 */
import type { FileChange, ValueChange } from './change-report.ts';

export interface ValidationSummary {
  files: number;
  /** Each problem as the validator prints it (`file:line:column: field: message`). */
  problems: string[];
}

/** One build step as `npm run build -- --timings file.json` records it. */
export interface BuildTiming {
  phase: string;
  ms: number;
  peakRssBytes: number;
}

export interface SummaryInput {
  validation: ValidationSummary;
  /** Undefined when there is no base to compare with (a push that starts a branch). */
  changes?: FileChange[];
  /** What the changes were compared with, e.g. `main (3f2a1bc)`. */
  base?: string;
  timings?: BuildTiming[];
}

/** At most this many problems are listed; the log and the annotations have them all. */
const listedProblems = 20;
/** Longer values are cut, so that one changed paragraph does not fill the table. */
const longestValue = 160;

const kindHeadings: Record<string, string> = { innovations: 'Briefs', mfis: 'Profiles', programmes: 'Programmes' };
const statusWords: Record<FileChange['status'], string> = {
  added: 'new',
  removed: 'deleted',
  modified: 'changed',
  renamed: 'renamed',
};
const count = new Intl.NumberFormat('en');
const megabytes = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

const plural = (n: number, word: string) => `${count.format(n)} ${word}${n === 1 ? '' : 's'}`;

/** A value as one short line: scalars as they are, objects as `key: value` pairs. */
export function showValue(value: unknown): string {
  const text = (item: unknown): string => {
    if (Array.isArray(item)) return `[${item.map(text).join(', ')}]`;
    if (item && typeof item === 'object')
      return `{ ${Object.entries(item)
        .map(([key, child]) => `${key}: ${text(child)}`)
        .join(', ')} }`;
    return typeof item === 'string' ? item : String(item);
  };
  const line = text(value).replace(/\s+/g, ' ');
  return line.length > longestValue ? `${line.slice(0, longestValue - 1)}…` : line;
}

/** A Markdown table cell: pipes escaped, code spans for values. */
const cell = (value: unknown) => (value === undefined ? '' : `\`${showValue(value).replace(/`/g, "'").replace(/\|/g, '\\|')}\``);

function valueTable(values: readonly ValueChange[]): string[] {
  return [
    '| change | field | before | after |',
    '| --- | --- | --- | --- |',
    ...values.map(
      (change) => `| ${change.kind} | ${change.path.replace(/\|/g, '\\|')} | ${cell(change.before)} | ${cell(change.after)} |`,
    ),
  ];
}

function fileSection(change: FileChange): string[] {
  const lines = [`#### ${change.title}`, '', `\`${change.file}\`: ${statusWords[change.status]}.`];
  if (!change.validBefore)
    lines.push('', 'The base version does not validate with this version of the content model, so its values are not compared.');
  if (!change.validAfter)
    lines.push('', 'This version does not validate (see the problems above), so its values are not compared.');
  if (change.values.length) lines.push('', ...valueTable(change.values));
  else if (change.validBefore && change.validAfter && change.status !== 'removed')
    lines.push('', 'No figures or results changed.');
  const fields = change.otherFields.map((field) => (field === 'the narrative' ? field : `\`${field}\``));
  if (fields.length) lines.push('', `Also changed: ${fields.join(', ')}.`);
  return [...lines, ''];
}

function validationSection({ files, problems }: ValidationSummary): string[] {
  if (problems.length === 0) return ['### Content check', '', `Valid: ${plural(files, 'file')} checked, no problems.`, ''];
  const listed = problems.slice(0, listedProblems).map((problem) => `- \`${problem.replace(/`/g, "'")}\``);
  const more =
    problems.length > listedProblems
      ? [`- and ${count.format(problems.length - listedProblems)} more (see the log of the Validate step)`]
      : [];
  return [
    '### Content check',
    '',
    `**${plural(problems.length, 'problem')}** in ${plural(files, 'file')}:`,
    '',
    ...listed,
    ...more,
    '',
  ];
}

function changesSection(changes: readonly FileChange[] | undefined, base: string | undefined): string[] {
  const heading = `### Content changes${base ? ` (compared with ${base})` : ''}`;
  if (!changes) return [heading, '', 'No base to compare with.', ''];
  if (changes.length === 0) return [heading, '', 'No brief, profile or programme changed.', ''];
  const lines = [heading, ''];
  for (const [kind, heading] of Object.entries(kindHeadings)) {
    const ofKind = changes.filter((change) => change.kind === kind);
    if (ofKind.length) lines.push(`**${heading}** (${count.format(ofKind.length)})`, '', ...ofKind.flatMap(fileSection));
  }
  return lines;
}

function buildSection(timings: readonly BuildTiming[] | undefined): string[] {
  if (!timings) return ['### Build', '', 'The build did not finish, so there are no build figures.', ''];
  const total = timings.reduce((sum, step) => sum + step.ms, 0);
  const peak = Math.max(0, ...timings.map((step) => step.peakRssBytes));
  return [
    '### Build',
    '',
    '| step | time (ms) | peak memory (MB) |',
    '| --- | ---: | ---: |',
    ...timings.map((step) => `| ${step.phase} | ${count.format(step.ms)} | ${megabytes.format(step.peakRssBytes / 1e6)} |`),
    `| total | ${count.format(total)} | ${megabytes.format(peak / 1e6)} |`,
    '',
  ];
}

export function renderSummary(input: SummaryInput): string {
  return [
    '## Pull-request report',
    '',
    ...validationSection(input.validation),
    ...changesSection(input.changes, input.base),
    ...buildSection(input.timings),
  ].join('\n');
}
