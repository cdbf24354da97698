import { execFile } from 'node:child_process';
import { cp, readFile, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { runScript } from './helpers/run-script.ts';

/**
 * The "done when" of issue 11: a randomised evaluation (assignment by neighbourhood, two
 * endlines, effects in percentage points with standard errors, an approximate sample, a finished
 * study apart from an innovation period with no end) written with fields alone, in the fixture
 * tests/fixtures/randomised-evaluation-example, validates and builds a brief that shows them.
 */
const exec = promisify(execFile);
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<');
const text = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:])/g, '$1');

let project: string;
let brief: string;
let briefHtml: string;

beforeAll(async () => {
  project = await fixtureProject('randomised-evaluation-example');
  for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    await cp(resolve(name), join(project, name), { recursive: true });
  await symlink(resolve('node_modules'), join(project, 'node_modules'));
  const result = await runScript('build.ts', ['--out-dir', join(project, 'dist')], project, { CI: '1' });
  expect(result.code, result.stderr).toBe(0);
  briefHtml = await readFile(join(project, 'dist/innovations/randomised-evaluation-example/index.html'), 'utf8');
  brief = text(briefHtml.slice(briefHtml.indexOf('<main')));
}, 240_000);

describe('a randomised evaluation written with fields alone', () => {
  it('validates', async () => {
    expect((await validateContent(project)).problems).toEqual([]);
  });

  it('shows the study design: assignment, method, registry, study period apart from the innovation period, rounds, approximate sample', () => {
    for (const fact of [
      'Methods Randomised assignment',
      'Assignment 104 neighbourhoods, 52 treated',
      'Study period 2007 – 2010',
      'Registry EXAMPLE-0001',
      'Baseline 2007',
      'First endline June 2008',
      'Second endline month 42',
      'Sample more than 16,000 households',
      // The innovation's period has a start and no end: not "from 2006", which would say it runs still.
      'Period 2006 – end not reported',
    ])
      expect(brief).toContain(fact);
    expect(brief).not.toContain('from 2006');
    expect(briefHtml).toContain('href="https://example.org/registry/EXAMPLE-0001"');
  });

  it('shows each effect as reported, and the derived significance in words', () => {
    for (const fact of [
      'fell; favourable; significant at 1%. Effect: \u22121.2 percentage points (SE 0.4; p < 0.01; control mean 8.1)',
      'fell; judgement not stated; not statistically significant. Effect: \u22120.5 percentage points (SE 0.45; p = 0.27)',
      'rose; unfavourable; significant at 1%',
      'New businesses · Households that already ran a business · Second endline',
      'rose; favourable; significant at 5%',
      '+INR 120 a month (90% CI -40 to 280)',
    ])
      expect(brief).toContain(fact);
  });

  it('groups results by outcome with rounds in order, and joins the two endlines in the chart', () => {
    const list = text(briefHtml.slice(briefHtml.indexOf('<ul class="results">')));
    const first = list.indexOf('Spending on temptation goods · First endline');
    const second = list.indexOf('Spending on temptation goods · Second endline');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(list.indexOf('Borrowing from any lender')).toBeGreaterThan(second);
    expect(briefHtml.match(/class="result-series"/g)?.length).toBeGreaterThanOrEqual(1);
  });

  it('says the same in the PDF factsheet and the open data', async () => {
    const { stdout } = await exec('pdftotext', [
      '-layout',
      join(project, 'dist/factsheets/randomised-evaluation-example.pdf'),
      '-',
    ]);
    const pdf = stdout.replace(/\s+/g, ' ');
    expect(pdf).toContain('fell; favourable; significant at 1%');
    expect(pdf).toContain('104 neighbourhoods, 52 treated');
    const csv = await readFile(join(project, 'dist/data/results.csv'), 'utf8');
    expect(csv).toContain(
      'randomised-evaluation-example,sample-mfi,PE,job-creation,Spending on temptation goods,welfare,,endline-1,First endline,,measured,fell,favourable,significant,1,-1.2,,,percentage-points,,,,0.4,,,,0.01,true,8.1,',
    );
  });
});
