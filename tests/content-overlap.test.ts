import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMdxFile, readYamlFile } from '../src/lib/validation/document.ts';
import { formatPath } from '../src/lib/validation/problem.ts';
import { minimumRun, proseOf, runsOf, sharedRuns, wordsOf } from '../src/lib/source-overlap.ts';

/**
 * The documents the bundled content is written from live beside the repository, in the project
 * workspace (`../shared`), as on the CI machine. A GitHub runner checks out the repository alone,
 * so there the test is skipped (and counted as skipped); anywhere else a missing folder fails.
 */
const shared = resolve('..', 'shared');
const sourceFolders = ['sources', 'seeds'].map((folder) => join(shared, folder));
const onGithubRunner = process.env['GITHUB_ACTIONS'] === 'true' && !existsSync(shared);

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('source overlap', () => {
  it('finds a copied run, merged whole, and leaves out quotations, short runs and addresses', () => {
    const source = runsOf(
      wordsOf('The innovation was a soft loan for school fees at one per cent a month, see https://example.org/a/b/c/d/e/f/g/h'),
    );
    expect(sharedRuns('IMON offered a soft loan for school fees at one per cent a month to parents.', source)).toEqual([
      'a soft loan for school fees at one per cent a month',
    ]);
    expect(sharedRuns('They called it "a soft loan for school fees at one per cent a month".', source)).toEqual([]);
    expect(sharedRuns('A soft loan for school fees at a low rate.', source)).toEqual([]);
    expect(sharedRuns('See https://example.org/a/b/c/d/e/f/g/h for more.', source)).toEqual([]);
  });

  it('leaves out names and titles written in title case, but not the sentence around them', () => {
    const source = runsOf(
      wordsOf('training by the National Association of Business Women in Tajikistan for groups of seven to ten women'),
    );
    expect(sharedRuns('The National Association of Business Women in Tajikistan gave the training.', source)).toEqual([]);
    // The name breaks the run: what follows it is seven words, one short of a copied run.
    expect(
      sharedRuns('Given by the National Association of Business Women in Tajikistan for groups of seven to ten women.', source),
    ).toEqual([]);
    expect(
      sharedRuns(
        'It offered training by the association for groups of seven to ten women.',
        runsOf(wordsOf('training by the association for groups of seven to ten women')),
      ),
    ).toEqual(['training by the association for groups of seven to ten women']);
  });

  it('reads prose outside names and titles, at any depth', () => {
    const prose = proseOf(
      { name: 'A B', sources: [{ title: 'T', publisher: 'P', note: 'a note' }], results: [{ finding: 'f' }] },
      'body',
    );
    expect(prose.map((p) => [formatPath(p.path), p.text])).toEqual([
      ['sources[0].note', 'a note'],
      ['results[0].finding', 'f'],
      ['body', 'body'],
    ]);
  });

  it.skipIf(onGithubRunner)(
    `no content file shares ${minimumRun} or more consecutive words with ../shared/sources or ../shared/seeds`,
    async () => {
      for (const folder of sourceFolders)
        expect(existsSync(folder), `${folder} (the documents the content is written from)`).toBe(true);
      const sourceRuns = new Set<string>();
      for (const folder of sourceFolders) {
        for (const file of await filesUnder(folder))
          for (const run of runsOf(wordsOf(await readFile(file, 'utf8')))) sourceRuns.add(run);
      }
      const copied: string[] = [];
      for (const file of await filesUnder('content')) {
        const text = await readFile(file, 'utf8');
        const read = file.endsWith('.mdx') ? readMdxFile(text, file) : readYamlFile(text, file);
        if (!read.document) throw new Error(`${file} does not parse; run npm run validate`);
        const { document } = read;
        for (const { path, text: prose } of proseOf(document.data, document.body)) {
          const where = path[0] === 'body' ? `${file}: body` : `${file}:${document.locate(path).line}: ${formatPath(path)}`;
          for (const run of sharedRuns(prose, sourceRuns)) copied.push(`${where}: "${run}"`);
        }
      }
      expect(copied, 'reword these in our own words, or mark a quotation with quotation marks and name its source').toEqual([]);
    },
  );
});
