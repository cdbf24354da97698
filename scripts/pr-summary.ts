/**
 * `npm run pr-summary -- [--base <git ref>] [--timings file.json] [--root folder]`: the report a
 * reviewer reads first, in Markdown: the validator's result, the briefs, profiles and programmes
 * changed since the base commit with every figure and result added, removed or changed, and the
 * build's figures. Both versions of the content are read with the project's own validator (the
 * base from `git archive`, in a temporary folder), so no second site build is needed. Printed,
 * and appended to $GITHUB_STEP_SUMMARY when GitHub Actions sets it.
 */
import { execFile } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { compareContent, parseNameStatus, type FileChange } from '../src/lib/change-report.ts';
import { renderSummary, type BuildTiming } from '../src/lib/pr-summary.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateContent } from '../src/lib/validation/validate.ts';

const run = promisify(execFile);
const { values } = parseArgs({
  options: { base: { type: 'string' }, timings: { type: 'string' }, root: { type: 'string', default: '.' } },
});
const root = resolve(values.root);
const git = async (...args: string[]) => (await run('git', ['-C', root, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout.trim();

/** The base commit, or undefined when there is none (no --base, or a push that opened a branch). */
async function baseCommit(ref: string | undefined): Promise<string | undefined> {
  if (!ref || /^0+$/.test(ref)) return undefined;
  try {
    return await git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  } catch {
    console.error(
      `pr-summary: the base ${ref} is not a commit in this clone (fetch it, e.g. actions/checkout with fetch-depth: 0); content changes are not compared.`,
    );
    return undefined;
  }
}

/** The content changes since `base`, from the validated content of the base and of the head. */
async function contentChanges(base: string, head: Awaited<ReturnType<typeof validateContent>>): Promise<FileChange[]> {
  const folder = await mkdtemp(join(tmpdir(), 'pr-summary-base-'));
  try {
    await run('sh', ['-c', 'git -C "$1" archive --format=tar "$2" content | tar -x -C "$3"', 'sh', root, base, folder]);
    const before = await validateContent(folder);
    const changed = parseNameStatus(await git('diff', '--name-status', '-M', base, 'HEAD', '--', 'content/'));
    const withBody = (entries: typeof head.entries) => entries.map((entry) => ({ ...entry, body: entry.document.body }));
    return compareContent(changed, withBody(before.entries), withBody(head.entries));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function buildTimings(file: string | undefined): Promise<BuildTiming[] | undefined> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(resolve(file), 'utf8')) as BuildTiming[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(
      `pr-summary: ${file} is not the timings file npm run build -- --timings writes (${(error as Error).message})`,
    );
  }
}

const head = await validateContent(root);
const base = await baseCommit(values.base);
const timings = await buildTimings(values.timings);
const summary = renderSummary({
  validation: { files: head.files, problems: head.problems.map(formatProblem) },
  ...(base
    ? {
        changes: await contentChanges(base, head),
        base: base.startsWith(values.base ?? '') ? base.slice(0, 7) : `${values.base} (${base.slice(0, 7)})`,
      }
    : {}),
  ...(timings ? { timings } : {}),
});
process.stdout.write(`${summary}\n`);
const summaryFile = process.env['GITHUB_STEP_SUMMARY'];
if (summaryFile) await appendFile(summaryFile, `${summary}\n`);
