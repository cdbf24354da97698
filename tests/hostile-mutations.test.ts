/**
 * Property tests: real content files, mutated at random the way a careless edit or a hostile
 * pull request would (lines deleted, duplicated or swapped; random bytes and characters
 * inserted). Whatever the file becomes, the validator answers with located one-line problems,
 * never a stack trace, exits 0 or 1, and finishes within a bound.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateContent } from '../src/lib/validation/validate.ts';
import { runScript } from './editing/helpers/run-script.ts';
import { fixtureProject } from './helpers/fixtures.ts';

/** Real files of each kind, laid into the valid fixture project in place of nothing. */
const realFiles = [
  'content/mfis/imon-international.yaml',
  'content/innovations/imon-womens-entrepreneurship.mdx',
  'content/programmes/mf4dw.mdx',
  'content/site.yaml',
];

/** Modest, so the suite stays fast; each run still mutates a file in up to four places. */
const inProcessRuns = 60;
const cliRuns = 6;
const boundMs = 5_000;

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }
  | { kind: 'text'; at: number; text: string };

/** Characters that matter to YAML, MDX or a terminal, mixed with any others. */
const tricky = fc.constantFrom(
  '\t',
  ':',
  ': ',
  '*',
  '&',
  '!',
  '[',
  '{',
  '"',
  "'",
  '<',
  '>',
  '{x}',
  '#',
  '- ',
  '\u0000',
  '\u001b',
  '\r',
  '\u202e',
  '\u2028',
  '\uFEFF',
  '---\n',
  '<script>',
  'import x from "y"\n',
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('text' as const),
    at: fc.nat(),
    text: fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 })),
  }),
);

function mutate(original: Buffer, mutations: Mutation[]): Buffer {
  let bytes = original;
  for (const m of mutations) {
    if (m.kind === 'bytes' || m.kind === 'text') {
      const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
      const insert = m.kind === 'bytes' ? Buffer.from(m.bytes) : Buffer.from(m.text, 'utf8');
      bytes = Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at)]);
      continue;
    }
    const lines = bytes.toString('latin1').split('\n');
    const at = m.at % lines.length;
    if (m.kind === 'delete') lines.splice(at, 1);
    else if (m.kind === 'duplicate') lines.splice(at, 0, lines[at]!);
    else if (m.kind === 'swap') {
      const other = m.with % lines.length;
      [lines[at], lines[other]] = [lines[other]!, lines[at]!];
    }
    bytes = Buffer.from(lines.join('\n'), 'latin1');
  }
  return bytes;
}

async function layInOriginals(project: string, originals: Buffer[]): Promise<void> {
  for (const [index, file] of realFiles.entries()) await writeFile(join(project, file), originals[index]!);
}

const lineCount = (bytes: Buffer) => bytes.toString('latin1').split('\n').length;

/** Lays `bytes` in as `file`, and returns how many lines each content file of the project has. */
async function layIn(project: string, file: string, bytes: Buffer): Promise<Map<string, number>> {
  await writeFile(join(project, file), bytes);
  const counts = new Map<string, number>();
  for (const path of [
    ...realFiles,
    'content/mfis/sample-mfi.yaml',
    'content/innovations/sample-innovation.mdx',
    'content/programmes/sample-programme.yaml',
  ]) {
    counts.set(path, lineCount(await readFile(join(project, path)).catch(() => Buffer.alloc(0))));
  }
  return counts;
}

const located = /^(.+?):(\d+):(\d+): \S/;

describe('the validator on randomly mutated real content', () => {
  it('answers every mutation with located one-line problems, within the bound', async () => {
    const project = await fixtureProject();
    const originals = await Promise.all(realFiles.map((file) => readFile(file)));
    // Every real file in place first, so that the project is valid whichever file a run mutates
    // (the IMON brief names the MF4DW programme, which must be there).
    await layInOriginals(project, originals);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(realFiles.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (which, mutations) => {
          const file = realFiles[which]!;
          const counts = await layIn(project, file, mutate(originals[which]!, mutations));
          const started = performance.now();
          const report = await validateContent(project);
          expect(performance.now() - started).toBeLessThan(boundMs);
          for (const line of report.problems.map(formatProblem)) {
            expect(line).not.toMatch(/[\r\n\u001b\u2028\u2029\u202e]/u);
            const match = located.exec(line);
            expect(match, line).not.toBeNull();
            const lines = counts.get(match![1]!);
            expect(lines, line).toBeDefined();
            expect(Number(match![2]), line).toBeGreaterThanOrEqual(1);
            expect(Number(match![2]), line).toBeLessThanOrEqual(lines!);
            expect(Number(match![3]), line).toBeGreaterThanOrEqual(1);
          }
          await writeFile(join(project, file), originals[which]!);
        },
      ),
      { numRuns: inProcessRuns },
    );
  }, 120_000);

  it('exits 0 or 1 from the command line, never with a stack trace', async () => {
    const project = await fixtureProject();
    const originals = await Promise.all(realFiles.map((file) => readFile(file)));
    // Every real file in place first, so that the project is valid whichever file a run mutates
    // (the IMON brief names the MF4DW programme, which must be there).
    await layInOriginals(project, originals);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(realFiles.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (which, mutations) => {
          const file = realFiles[which]!;
          await layIn(project, file, mutate(originals[which]!, mutations));
          const result = await runScript('validate.ts', [project], project);
          expect([0, 1], result.stderr).toContain(result.code);
          expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
          await writeFile(join(project, file), originals[which]!);
        },
      ),
      { numRuns: cliRuns },
    );
  }, 120_000);
});
