/**
 * `npm run validate [folder]`: checks every content file under the folder (default: this
 * project) and prints each problem on one line, `file:line:column: field: message (found X;
 * expected Y)`, then a count. Exits 1 on any problem.
 */
import { resolve } from 'node:path';
import { printReport } from '../src/lib/validation/report.ts';
import { validateContent } from '../src/lib/validation/validate.ts';

const report = await validateContent(resolve(process.argv[2] ?? '.'));
if (!printReport(report)) process.exitCode = 1;
