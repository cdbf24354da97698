/**
 * `npm run check:placeholders [folder]`: lists every TODO placeholder that `npm run new` wrote
 * and nobody has replaced yet, one `file:line:column: message` line each (and as a GitHub
 * annotation under GitHub Actions). Exits 1 if there is any: a pull request must not publish one.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listContentFiles } from '../src/lib/content-model/files.ts';
import { findPlaceholders } from '../src/lib/validation/placeholders.ts';
import { formatGithubAnnotation, formatProblem } from '../src/lib/validation/problem.ts';

const root = resolve(process.argv[2] ?? '.');
const files = await listContentFiles(root);
const problems = (
  await Promise.all(files.map(async (file) => findPlaceholders(await readFile(join(root, file), 'utf8'), file)))
).flat();
for (const problem of problems) {
  console.error(formatProblem(problem));
  if (process.env['GITHUB_ACTIONS'] === 'true') console.log(formatGithubAnnotation(problem));
}
if (problems.length === 0) {
  console.log(`No placeholders left: ${files.length} files checked.`);
} else {
  console.error(
    `\n${problems.length} placeholder${problems.length === 1 ? '' : 's'} left. Replace each with the fact from the source.`,
  );
  process.exitCode = 1;
}
