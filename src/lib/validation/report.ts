import { formatGithubAnnotation, formatProblem } from './problem.ts';
import type { ValidationReport } from './validate.ts';

/**
 * Prints a validation report: every problem on its own line (and as a GitHub annotation under
 * GitHub Actions), then a count. Returns true when the content is valid.
 */
export function printReport(report: ValidationReport, env: NodeJS.ProcessEnv = process.env): boolean {
  for (const problem of report.problems) {
    console.error(formatProblem(problem));
    if (env['GITHUB_ACTIONS'] === 'true') console.log(formatGithubAnnotation(problem));
  }
  const files = `${report.files} file${report.files === 1 ? '' : 's'}`;
  if (report.problems.length === 0) {
    console.log(`Content is valid: ${files} checked.`);
    return true;
  }
  const count = report.problems.length;
  console.error(`\n${count} problem${count === 1 ? '' : 's'} in ${files}. Fix them and run npm run validate again.`);
  return false;
}
