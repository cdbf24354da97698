import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compareContent, diffValues, parseNameStatus } from '../src/lib/change-report.ts';
import { renderSummary } from '../src/lib/pr-summary.ts';
import { childEnv } from './helpers/child-env.ts';
import { fixtureProject, fixturesDir } from './helpers/fixtures.ts';

const exec = promisify(execFile);

describe('comparing two versions of validated content', () => {
  it('matches list items by an identifying field, so an inserted item is one addition', () => {
    const before = [
      { outcome: 'A', change: 'rose' },
      { outcome: 'B', change: 'no-change' },
    ];
    const after = [
      { outcome: 'New', change: 'fell' },
      { outcome: 'A', change: 'rose' },
      { outcome: 'B', change: 'rose' },
    ];
    expect(diffValues(before, after, ['results'])).toEqual([
      { kind: 'changed', path: 'results › B › change', before: 'no-change', after: 'rose' },
      { kind: 'added', path: 'results › New', after: { outcome: 'New', change: 'fell' } },
    ]);
  });

  it('walks fields it has never heard of, at any depth, and falls back to positions', () => {
    const before = [{ effect: { estimate: 1, interval: [0, 2] } }, { note: 'x' }];
    const after = [{ effect: { estimate: 1, interval: [0, 3] }, new_field: true }];
    expect(diffValues(before, after, ['results'])).toEqual([
      { kind: 'changed', path: 'results › 1 › effect › interval › 2', before: 2, after: 3 },
      { kind: 'added', path: 'results › 1 › new_field', after: true },
      { kind: 'removed', path: 'results › 2', before: { note: 'x' } },
    ]);
  });

  it('reads git diff --name-status, renames included', () => {
    expect(
      parseNameStatus(
        'M\tcontent/mfis/a.yaml\nA\tcontent/mfis/b.yaml\nD\tcontent/mfis/c.yaml\nR087\tcontent/mfis/d.yaml\tcontent/mfis/e.yaml\n',
      ),
    ).toEqual([
      { status: 'modified', file: 'content/mfis/a.yaml' },
      { status: 'added', file: 'content/mfis/b.yaml' },
      { status: 'removed', file: 'content/mfis/c.yaml' },
      { status: 'renamed', file: 'content/mfis/e.yaml', from: 'content/mfis/d.yaml' },
    ]);
  });
});

describe('a file that does not validate in one version', () => {
  it('is reported as such, its values not compared', () => {
    const entry = {
      kind: 'mfis',
      id: 'a',
      file: 'content/mfis/a.yaml',
      data: { name: 'A', figures: [{ as_of: 2010, offices: 3 }] },
    };
    const [change] = compareContent([{ status: 'modified', file: entry.file }], [entry], []);
    expect(change).toMatchObject({ title: 'A', validBefore: true, validAfter: false, values: [] });
    expect(
      renderSummary({ validation: { files: 1, problems: ['content/mfis/a.yaml:1:1: x'] }, changes: change ? [change] : [] }),
    ).toContain('This version does not validate (see the problems above), so its values are not compared.');
  });
});

describe('the summary of a failing run', () => {
  it('lists the problems (at most 20), says when there is no base and when the build did not finish', () => {
    const problems = Array.from(
      { length: 22 },
      (_, i) => `content/mfis/a.yaml:${i + 1}:1: name: required (found nothing; expected text)`,
    );
    const summary = renderSummary({ validation: { files: 3, problems } });
    expect(summary).toContain('**22 problems** in 3 files:');
    expect(summary).toContain('- `content/mfis/a.yaml:20:1: name: required (found nothing; expected text)`');
    expect(summary).not.toContain('a.yaml:21:1');
    expect(summary).toContain('- and 2 more (see the log of the Validate step)');
    expect(summary).toContain('No base to compare with.');
    expect(summary).toContain('The build did not finish, so there are no build figures.');
  });
});

describe('npm run pr-summary', () => {
  it('reports a sample pull request: the validator, each changed brief and profile with its values, the build', async () => {
    // A repository whose base commit is the valid fixture and whose head lays pull-request/ over it.
    const root = await fixtureProject();
    const git = (...args: string[]) =>
      exec('git', ['-C', root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args]);
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'base');
    await cp(join(fixturesDir, 'pull-request'), root, { recursive: true });
    await git('add', '-A');
    await git('commit', '-q', '-m', 'head');
    const timings = join(root, 'timings.json');
    await writeFile(
      timings,
      JSON.stringify([
        { phase: 'validate', ms: 120, peakRssBytes: 150e6 },
        { phase: 'astro', ms: 5400, peakRssBytes: 480e6 },
      ]),
    );
    const summaryFile = join(root, 'summary.md');

    const { stdout } = await exec(
      process.execPath,
      [resolve('scripts/pr-summary.ts'), '--root', root, '--base', 'main~1', '--timings', timings],
      {
        env: childEnv({ GITHUB_STEP_SUMMARY: summaryFile }),
      },
    );
    expect(await readFile(summaryFile, 'utf8')).toBe(stdout);
    expect(stdout.replace(/main~1 \([0-9a-f]{7}\)/, 'main~1 (abcdef0)')).toMatchInlineSnapshot(`
      "## Pull-request report

      ### Content check

      Valid: 5 files checked, no problems.

      ### Content changes (compared with main~1 (abcdef0))

      **Briefs** (2)

      #### Sample innovation

      \`content/innovations/sample-innovation.mdx\`: changed.

      | change | field | before | after |
      | --- | --- | --- | --- |
      | changed | results › Child labour › effect › estimate | \`-3.4\` | \`-2.9\` |
      | added | results › School attendance |  | \`{ outcome: School attendance, domain: schooling, status: measured, finding: No change in school attendance., change: no-change, judgement: not-stated, signific…\` |

      Also changed: \`summary\`, the narrative.

      #### A second sample innovation

      \`content/innovations/second-innovation.mdx\`: new.

      | change | field | before | after |
      | --- | --- | --- | --- |
      | added | results › Workplace safety |  | \`{ outcome: Workplace safety, domain: working-conditions, status: measured, finding: Fewer injuries at work., change: fell, judgement: favourable, significance:…\` |

      **Profiles** (1)

      #### Sample Microfinance

      \`content/mfis/sample-mfi.yaml\`: changed.

      | change | field | before | after |
      | --- | --- | --- | --- |
      | changed | figures › 2010 › active_borrowers › value | \`1200\` | \`1350\` |
      | added | figures › 2011 |  | \`{ as_of: 2011, source: report, offices: { value: 12 } }\` |

      ### Build

      | step | time (ms) | peak memory (MB) |
      | --- | ---: | ---: |
      | validate | 120 | 150 |
      | astro | 5,400 | 480 |
      | total | 5,520 | 480 |

      "
    `);
  });
});
