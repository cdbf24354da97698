/**
 * Hostile and broken content that a fixture folder cannot hold (a folder that links elsewhere),
 * the escaping of every part of a problem line, and the page list the link check relies on,
 * compared with a real build.
 */
import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledTaxonomy } from './helpers/taxonomy.ts';
import { describe, expect, inject, it } from 'vitest';
import { formatGithubAnnotation, formatProblem } from '../src/lib/validation/problem.ts';
import { sitePages } from '../src/lib/validation/site-pages.ts';
import { validateContent } from '../src/lib/validation/validate.ts';
import { fixtureProject } from './helpers/fixtures.ts';

describe('a content folder that leads outside content/', () => {
  it('is refused file by file, with a line, when the folder itself is a symbolic link', async () => {
    const project = await fixtureProject();
    const elsewhere = await mkdtemp(join(tmpdir(), 'mfi-briefs-elsewhere-'));
    await writeFile(join(elsewhere, 'outside.yaml'), 'name: Outside\n');
    await rm(join(project, 'content/mfis'), { recursive: true });
    await symlink(elsewhere, join(project, 'content/mfis'));
    const lines = (await validateContent(project)).problems.map(formatProblem);
    expect(lines).toContain(
      'content/mfis/outside.yaml:1:1: the file resolves to a place outside content/ (expected a regular file inside content/)',
    );
  });

  it('refuses a symbolic link to the site settings', async () => {
    const project = await fixtureProject();
    const elsewhere = await mkdtemp(join(tmpdir(), 'mfi-briefs-elsewhere-'));
    await writeFile(join(elsewhere, 'site.yaml'), 'title: x\n');
    await rm(join(project, 'content/site.yaml'));
    await symlink(join(elsewhere, 'site.yaml'), join(project, 'content/site.yaml'));
    const lines = (await validateContent(project)).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/site.yaml:1:1: the file is a symbolic link; content files are read only as they are (expected a regular file inside content/)',
    ]);
  });
});

describe('files no person writes', () => {
  it('refuses a file too large to be content before parsing it', async () => {
    const project = await fixtureProject();
    await writeFile(join(project, 'content/mfis/huge.yaml'), `name: ${'x'.repeat(1_000_001)}\n`);
    const lines = (await validateContent(project)).problems.map(formatProblem);
    expect(lines).toEqual([
      'content/mfis/huge.yaml:1:1: the file is too large to be a content file (found 1000008 bytes; expected at most 1000000 bytes)',
    ]);
  });
});

describe('internal links under a base path', () => {
  it('are refused when they leave the path the site is served under', async () => {
    const previous = process.env['BASE_PATH'];
    process.env['BASE_PATH'] = '/briefs/';
    try {
      const lines = (await validateContent(await fixtureProject('broken-internal-link'))).problems.map(formatProblem);
      expect(lines).toContain(
        'content/innovations/sample-innovation.mdx:34:26: this link leads outside the site: it is served under /briefs/ (found "/mfis/sample-mfi/"; expected a path that starts with /briefs/, e.g. /briefs/mfis/)',
      );
    } finally {
      if (previous === undefined) delete process.env['BASE_PATH'];
      else process.env['BASE_PATH'] = previous;
    }
  });
});

describe('a problem line', () => {
  const hostile = 'a\nfake.yaml:1:1: forged\r\u001b[2K\u202eevil\u2028end';
  const problem = {
    file: 'content/mfis/x: y.yaml',
    line: 3,
    column: 4,
    field: `figures[0].${hostile}`,
    message: hostile,
    found: JSON.stringify(hostile),
    expected: hostile,
  };

  it('stays one line, whatever its parts hold', () => {
    const line = formatProblem(problem);
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    expect(line).toBe(
      'content/mfis/x%3A%20y.yaml:3:4: figures[0].a\\u{A}fake.yaml:1:1: forged\\u{D}\\u{1B}[2K\\u{202E}evil\\u{2028}end: a\\u{A}fake.yaml:1:1: forged\\u{D}\\u{1B}[2K\\u{202E}evil\\u{2028}end (found "a\\nfake.yaml:1:1: forged\\r\\u001b[2K\\u{202E}evil\\u{2028}end"; expected a\\u{A}fake.yaml:1:1: forged\\u{D}\\u{1B}[2K\\u{202E}evil\\u{2028}end)',
    );
  });

  it('shows a field name that is not a plain word in quotes', async () => {
    const lines = (await validateContent(await fixtureProject('control-characters'))).problems.map(formatProblem);
    expect(lines[0]).toMatch(
      /^content\/mfis\/control\.yaml:16:1: \["notes\\ncontent\/mfis\/other\.yaml:1:1: forged"\]: unknown field/,
    );
  });

  it('stays one line as a GitHub annotation too', () => {
    expect(formatGithubAnnotation(problem)).not.toMatch(/[\r\n\u001b\u202e]/u);
  });
});

describe('the pages validate checks internal links against', () => {
  it('are exactly the pages and files the build writes (besides search and asset files)', async () => {
    const dist = inject('distDir');
    const report = await validateContent('.');
    const built = (await readdir(dist, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) =>
        join(entry.parentPath, entry.name)
          .slice(dist.length + 1)
          .split('\\')
          .join('/'),
      )
      // Chart downloads (charts/) follow each page's charts, which only the build computes; content
      // links to pages and data files, not to them.
      .filter((path) => !/^(pagefind|_astro|charts)\//.test(path))
      .map((path) => path.replace(/(^|\/)index\.html$/, '$1'));
    expect([...sitePages(report.entries, bundledTaxonomy)].sort()).toEqual(built.sort());
  });
});
