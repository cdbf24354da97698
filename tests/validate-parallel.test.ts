import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKind } from '../src/lib/validation/content-files.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { type ValidationReport, validateContent } from '../src/lib/validation/validate.ts';
import { createSchemas } from '../src/schemas/index.ts';
import { fixtureProject, fixturesDir } from './helpers/fixtures.ts';
import { requireTaxonomy } from '../src/lib/taxonomy/load.ts';

/**
 * From a few hundred files the validator reads on two threads (src/lib/validation/check-files.ts);
 * whichever thread reads a file, the report must be the one a single thread gives. Here the
 * worker reads every file (and then shares them with this thread), on a project holding the valid fixture and one file of each
 * kind of problem: unreadable bytes, broken YAML, YAML only the full reader takes, schema
 * problems, unsafe and broken MDX, and the cross-file problems (a missing reference, a broken
 * link, a duplicate slug) whose positions are found after the check, in the other thread's file.
 */
const cases = [
  'missing-reference',
  'broken-internal-link',
  'duplicate-slug',
  'mdx-expression',
  'mdx-syntax-error',
  'mdx-components',
  'malformed-yaml',
  'yaml-merge-key',
  'yaml-list-misaligned',
  'not-utf8',
  'nul-byte',
  'empty-file',
  'wrong-type',
  'unknown-key',
];

async function mixedProject(): Promise<string> {
  const root = await fixtureProject();
  for (const name of cases) await cp(join(fixturesDir, name), root, { recursive: true });
  return root;
}

/** A report as data: the problem lines, and each entry without its position lookup. */
const comparable = (report: ValidationReport) => ({
  files: report.files,
  problems: report.problems.map(formatProblem),
  entries: report.entries.map(({ kind, id, file, data, narrative, document }) => ({
    kind,
    id,
    file,
    data,
    narrative,
    read: document.data,
    body: document.body,
  })),
});

describe('validation on two threads', () => {
  it('gives the same report as one thread, problems and positions included', async () => {
    const root = await mixedProject();
    const alone = comparable(await validateContent(root, { parallelFrom: Number.POSITIVE_INFINITY }));
    const shared = comparable(await validateContent(root, { parallelFrom: 1, hereToo: false }));
    const both = comparable(await validateContent(root, { parallelFrom: 1 }));
    // Each kind of problem is in the report, so the comparison covers them all.
    expect([...new Set(alone.problems.map((line) => line.slice(0, line.indexOf(':'))))]).toEqual([
      'content/innovations/expression.mdx',
      'content/innovations/missing-reference.mdx',
      'content/innovations/sample-innovation.mdx',
      'content/innovations/syntax-error.mdx',
      'content/innovations/unknown-key.mdx',
      'content/mfis/broken.yaml',
      'content/mfis/empty.yaml',
      'content/mfis/latin1.yaml',
      'content/mfis/merge.yaml',
      'content/mfis/misaligned.yaml',
      'content/mfis/nul.yaml',
      'content/mfis/wrong-type.yaml',
      'content/programmes/sample-programme.yaml',
    ]);
    expect(shared).toEqual(alone);
    expect(both).toEqual(alone);
  });

  it('hands the content loader what the worker read, as a reading of its own would be', async () => {
    const root = await fixtureProject();
    const schemas = createSchemas(await requireTaxonomy(root));
    const fresh = await readKind(root, 'innovations', schemas.innovations);
    await validateContent(root, { parallelFrom: 1, hereToo: false });
    const after = await readKind(root, 'innovations', schemas.innovations);
    const plain = ({ entries, problems }: typeof fresh) => ({
      problems,
      entries: entries.map(({ id, data, narrative, document }) => ({
        id,
        data,
        narrative,
        read: document.data,
        body: document.body,
      })),
    });
    expect(after.entries.length).toBeGreaterThan(0);
    expect(plain(after)).toEqual(plain(fresh));
    // A position asked of a document the worker read is read again from its text.
    const entry = after.entries[0]!;
    expect(entry.document.locate(['title'])).toEqual(fresh.entries[0]!.document.locate(['title']));
  });
});
