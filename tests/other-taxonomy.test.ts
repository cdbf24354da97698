/**
 * An organisation outside the ILO: a site with its own taxonomy (other challenge ids and labels)
 * and a study that belongs to no programme, published by changing content/ only.
 */
import { cp, readFile, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentJsonSchema } from '../src/lib/content-model/json-schema.ts';
import { requireTaxonomy } from '../src/lib/taxonomy/load.ts';
import { readMdxFile } from '../src/lib/validation/document.ts';
import { formatProblem } from '../src/lib/validation/problem.ts';
import { validateContent } from '../src/lib/validation/validate.ts';
import { jsonSchemaErrors } from './editing/helpers/json-schema-check.ts';
import { runScript } from './editing/helpers/run-script.ts';
import { fixtureProject } from './helpers/fixtures.ts';

const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('a site with its own taxonomy and a study without a programme', () => {
  let project: string;
  let page: (path: string) => Promise<string>;

  beforeAll(async () => {
    project = await fixtureProject('other-taxonomy', { alone: true });
    page = (path) => readFile(join(project, 'dist', path, 'index.html'), 'utf8');
  });

  it('validates', async () => {
    const report = await validateContent(project);
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.entries.map((entry) => entry.id).sort()).toEqual(['fixture-bank', 'phone-health-savings']);
  });

  it("has JSON Schemas, made from its taxonomy, that accept its content and refuse MF4DW's ids", async () => {
    const taxonomy = await requireTaxonomy(project);
    const schema = contentJsonSchema('innovations', taxonomy);
    const brief = readMdxFile(await readFile(join(project, 'content/innovations/phone-health-savings.mdx'), 'utf8'), 'brief.mdx');
    expect(jsonSchemaErrors(schema, brief.document!.data)).toEqual([]);
    expect(jsonSchemaErrors(schema, { ...(brief.document!.data as object), challenge: 'child-labour' })).toEqual([
      '.challenge: enum',
    ]);
    const mfi = parse(await readFile(join(project, 'content/mfis/fixture-bank.yaml'), 'utf8'));
    expect(jsonSchemaErrors(contentJsonSchema('mfis', taxonomy), mfi)).toEqual([]);
    for (const name of ['challenges', 'outcome-domains', 'innovation-types']) {
      const file = parse(await readFile(join(project, `content/taxonomies/${name}.yaml`), 'utf8'));
      expect(jsonSchemaErrors(contentJsonSchema('taxonomy', taxonomy), file), name).toEqual([]);
    }
  });

  it('builds, and its listings, facets, evidence map and brief use its labels', async () => {
    // A copy of the code (Astro's compiler keys its caches by real path, so links to src/ would not do).
    for (const name of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      await cp(resolve(name), join(project, name), { recursive: true });
    await symlink(resolve('node_modules'), join(project, 'node_modules'));
    const build = await runScript('build.ts', ['--out-dir', join(project, 'dist')], project, { CI: '1' });
    expect(build.code, build.stderr).toBe(0);

    const listing = text(await page('challenges'));
    expect(listing).toContain('Health-system barriers');
    expect(listing).toMatch(/Cost of care 1 brief/);
    expect(listing).toMatch(/Distance to clinics 0 briefs/);
    expect(text(await page('challenges/cost-of-care'))).toContain('Clients cannot pay for treatment when they fall ill.');

    const evidence = await page('evidence');
    expect(evidence).toMatch(/<th scope="col">Barrier<\/th>/);
    expect(evidence).toMatch(/<th scope="col">Out-of-pocket health spending<\/th>/);
    expect(evidence).toMatch(/<a href="\/challenges\/cost-of-care\/">Cost of care<\/a>/);
    expect(text(evidence)).toContain('by the health-system barrier the innovation addressed');
    expect(evidence).not.toMatch(/Decent-work|Child labour/);

    const search = await page('search');
    expect(search).toMatch(/<legend>Barrier<\/legend>/);
    expect(search).toMatch(/<legend>Kind of programme<\/legend>/);
    expect(search).toContain('value="Cost of care"');
    expect(search).not.toContain('name="programme"');

    const brief = await page('innovations/phone-health-savings');
    const words = text(brief);
    expect(words).toContain('Health-system barrier Cost of care');
    expect(words).toContain('Kind of programme Health savings account');
    expect(words).not.toMatch(/Programme not reported|Decent-work/);
    expect(brief).not.toContain('/programmes/');
    // The study has no results chain and no recommendations: the sections are not there at all.
    expect(brief).not.toContain('id="chain-heading"');
    expect(brief).not.toContain('id="recommendations-heading"');
    // The figures of the innovation's own years, with their note; 2021 is context.
    expect(words).toContain('Figures as of 2016');
    expect(words).toContain('Borrowers at the end of the year.');
    expect(words).toContain('Context only: these describe 2021');
    expect(brief).toContain(
      'Doe, J., &#38; Roe, R. (2018). Health savings by phone in a fixture trial. <i>Journal of Fixture Studies</i>, <i>12</i>(3), 1–20. <a href="https://doi.org/10.1234/fixture.2018.1">',
    );
    expect(await readFile(join(project, 'dist/data/innovations/phone-health-savings.ris'), 'utf8')).toMatch(/^TY {2}- ELEC$/m);
    // Its sources, for a reference manager: the study's article, then the institution's report.
    const sources = new Cite(await readFile(join(project, 'dist/data/innovations/phone-health-savings.sources.ris'), 'utf8'))
      .data;
    expect(sources).toMatchObject([
      {
        type: 'article-journal',
        author: [
          { family: 'Doe', given: 'Jane' },
          { family: 'Roe', given: 'Richard' },
        ],
        title: 'Health savings by phone in a fixture trial',
        DOI: '10.1234/fixture.2018.1',
        URL: 'https://example.org/fixture-paper',
      },
      { type: 'report', title: 'Fixture Community Bank annual report', URL: 'https://example.org/annual-report' },
    ]);
  }, 300_000);
});
