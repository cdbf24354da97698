import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { fieldsOf } from '../../src/lib/content-model/fields.ts';
import { contentJsonSchema, schemaNames } from '../../src/lib/content-model/json-schema.ts';
import { contentModelMarkdown } from '../../src/lib/content-model/reference.ts';
import { mdxComponentNames } from '../../src/lib/validation/mdx-allow-list.ts';

describe('the field reference, docs/content-model.md', () => {
  it('is what npm run docs writes from the schemas', async () => {
    const committed = await readFile('docs/content-model.md', 'utf8').catch(() => 'missing');
    expect(committed, 'docs/content-model.md is out of date: run npm run docs').toBe(contentModelMarkdown(bundledTaxonomy));
  });

  it('has a row for every field, nested ones included', () => {
    const markdown = contentModelMarkdown(bundledTaxonomy);
    for (const name of schemaNames) {
      for (const field of fieldsOf(contentJsonSchema(name, bundledTaxonomy))) expect(markdown).toContain(`| \`${field.path}\` |`);
    }
    for (const component of mdxComponentNames) expect(markdown).toContain(`| \`<${component}>\` |`);
  });

  it('gives each field its type, whether it is required, its description and its allowed values', () => {
    const rows = contentModelMarkdown(bundledTaxonomy).split('\n');
    const row = (path: string) => rows.find((line) => line.startsWith(`| \`${path}\` |`));
    expect(row('figures[].as_of')).toBe(
      '| `figures[].as_of` | a year from 1970 to next year | required | The year these figures describe (not the year they were published). |  |',
    );
    expect(row('figures[].active_borrowers')).toBe(
      '| `figures[].active_borrowers` | a whole number ≥ 0, or a group of fields | optional | Number of active borrowers. |  |',
    );
    expect(row('study.methods')).toMatch(
      /^\| `study\.methods` \| a list of allowed values, at least 1 \| optional \| Evaluation methods used\. \| `randomised`, `difference-in-differences`, /,
    );
    expect(row('results[].status')).toMatch(
      /^\| `results\[\]\.status` \| one of the allowed values \| optional \(default `measured`\) \| .* \| `measured`, `not-measured`/,
    );
    expect(row('website')).toBe("| `website` | an http(s) address | optional | The institution's web site. |  |");
    expect(row('period.start')).toBe('| `period.start` | a date | required | When it began (YYYY, YYYY-MM or YYYY-MM-DD). |  |');
  });
});
