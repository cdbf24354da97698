import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../src/lib/content-model/fields.ts';
import { listContentFiles } from '../../src/lib/content-model/files.ts';
import {
  contentJsonSchema,
  jsonSchemaText,
  schemaFiles,
  schemaNames,
  type JsonSchema,
} from '../../src/lib/content-model/json-schema.ts';
import { schemaHeader, schemaNameFor, withSchemaHeader } from '../../src/lib/content-model/schema-header.ts';
import { readMdxFile, readYamlFile } from '../../src/lib/validation/document.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { changes, judgements, regions } from '../../src/schemas/vocabulary.ts';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';

import { fixtureProject, fixturesDir } from '../helpers/fixtures.ts';
import { jsonSchemaErrors } from './helpers/json-schema-check.ts';
import { runScript } from './helpers/run-script.ts';

/** Every object schema inside a schema, however deeply nested. */
function objectSchemas(schema: JsonSchema): JsonSchema[] {
  const children = [
    ...Object.values(schema.properties ?? {}),
    ...(Array.isArray(schema.items) ? schema.items : schema.items ? [schema.items] : []),
    ...(schema.anyOf ?? []),
  ].filter((child): child is JsonSchema => typeof child === 'object');
  return [...(schema.type === 'object' ? [schema] : []), ...children.flatMap(objectSchemas)];
}

/** The data of a content file, as an editor's YAML tools read it. */
async function dataOf(root: string, file: string): Promise<unknown> {
  const text = await readFile(join(root, file), 'utf8');
  const read = file.endsWith('.mdx') ? readMdxFile(text, file) : readYamlFile(text, file);
  if (read.problems) throw new Error(`${file} does not parse`);
  return read.document.data;
}

function schemaOf(file: string): JsonSchema {
  if (file.startsWith('content/innovations/')) return contentJsonSchema('innovations', bundledTaxonomy);
  if (file.startsWith('content/programmes/')) return contentJsonSchema('programmes', bundledTaxonomy);
  return contentJsonSchema(schemaNameFor(file)!, bundledTaxonomy);
}

describe('the JSON Schemas in schemas/', () => {
  it.each(schemaNames)('%s: the committed file is what npm run schemas writes from the zod schemas', async (name) => {
    const committed = await readFile(join('schemas', schemaFiles[name]), 'utf8').catch(() => 'missing');
    expect(committed, `schemas/${schemaFiles[name]} is out of date: run npm run schemas`).toBe(
      jsonSchemaText(name, bundledTaxonomy),
    );
  });

  it.each(schemaNames)('%s: every group of fields refuses unknown fields', (name) => {
    const groups = objectSchemas(contentJsonSchema(name, bundledTaxonomy));
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) expect(group.additionalProperties).toBe(false);
  });

  it('offers the vocabularies as lists of values, for autocompletion', () => {
    const innovation = contentJsonSchema('innovations', bundledTaxonomy);
    const fields = Object.fromEntries(fieldsOf(innovation).map((field) => [field.path, field.values]));
    expect(fields['challenge']).toEqual(bundledTaxonomy.challenges.ids);
    expect(fields['results[].change']).toEqual(changes);
    expect(fields['results[].judgement']).toEqual(judgements);
    expect(fieldsOf(contentJsonSchema('mfis', bundledTaxonomy)).find((field) => field.path === 'region')?.values).toEqual(
      regions,
    );
  });

  it('describes every field, for hover help', () => {
    // Fields whose zod schema has no .describe() yet: add one in src/schemas/ and remove it here.
    const undescribed = ['innovations: results', 'programmes: phases[].period', 'programmes: published_periods[].period'];
    const missing = schemaNames.flatMap((name) =>
      fieldsOf(contentJsonSchema(name, bundledTaxonomy))
        .filter((field) => !field.description)
        .map((field) => `${name}: ${field.path}`),
    );
    expect(missing.sort()).toEqual(undescribed.sort());
  });

  it('accepts every bundled content file and the valid fixture', async () => {
    for (const root of ['.', join(fixturesDir, 'valid')]) {
      const files = await listContentFiles(root);
      expect(files.length).toBeGreaterThan(3);
      for (const file of files) expect(jsonSchemaErrors(schemaOf(file), await dataOf(root, file)), `${root}/${file}`).toEqual([]);
    }
  });

  it('refuses an unknown field, an unknown value, a wrong kind of value and a missing field', async () => {
    const mfi = (await dataOf(join(fixturesDir, 'valid'), 'content/mfis/sample-mfi.yaml')) as Record<string, unknown>;
    const schema = contentJsonSchema('mfis', bundledTaxonomy);
    const { name, ...withoutName } = mfi;
    expect(name).toBeDefined();
    expect(jsonSchemaErrors(schema, { ...mfi, websit: 'https://example.org' })).toEqual(['(root): additionalProperties websit']);
    expect(jsonSchemaErrors(schema, { ...mfi, region: 'latin-america' })).toEqual(['.region: enum']);
    expect(jsonSchemaErrors(schema, { ...mfi, founded: '1999' })).toEqual(['.founded: type integer']);
    expect(jsonSchemaErrors(schema, withoutName)).toEqual(['(root): required name']);
    expect(jsonSchemaErrors(schema, { ...mfi, website: 'ftp://example.org' })).toEqual(['.website: pattern']);
  });
});

describe('the schema line at the top of content YAML files', () => {
  it('points from each kind of file to its schema', () => {
    expect(schemaHeader('content/mfis/imon.yaml', 'mfis')).toBe('# yaml-language-server: $schema=../../schemas/mfi.schema.json');
    expect(schemaHeader('content/programmes/mf4dw.yaml', 'programmes')).toBe(
      '# yaml-language-server: $schema=../../schemas/programme.schema.json',
    );
    expect(schemaHeader('content/site.yaml', 'site')).toBe('# yaml-language-server: $schema=../schemas/site.schema.json');
    expect(schemaNameFor('content/innovations/x.mdx')).toBeUndefined();
    expect(schemaNameFor('content/programmes/x.mdx')).toBeUndefined();
  });

  it('is added once, and an outdated one is replaced', () => {
    const header = schemaHeader('content/mfis/x.yaml', 'mfis');
    const once = withSchemaHeader('\uFEFFname: X\n', header);
    expect(once).toBe(`${header}\nname: X\n`);
    expect(withSchemaHeader(once, header)).toBe(once);
    expect(withSchemaHeader('# yaml-language-server: $schema=old.json\nname: X\n', header)).toBe(once);
  });

  it('npm run schemas -- --headers adds it to each content YAML file that lacks it, once, and the content stays valid', async () => {
    const project = await fixtureProject();
    const first = await runScript('json-schema.ts', ['--headers'], project);
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toEqual([
      'Wrote schemas/mfi.schema.json, schemas/innovation.schema.json, schemas/programme.schema.json, schemas/site.schema.json, schemas/taxonomy.schema.json.',
      'Added the schema line to content/site.yaml',
      'Added the schema line to content/mfis/sample-mfi.yaml',
      'Added the schema line to content/programmes/sample-programme.yaml',
      '3 content files updated.',
    ]);
    expect((await readFile(join(project, 'content/mfis/sample-mfi.yaml'), 'utf8')).split('\n')[0]).toBe(
      schemaHeader('content/mfis/sample-mfi.yaml', 'mfis'),
    );
    expect(await readFile(join(project, 'content/innovations/sample-innovation.mdx'), 'utf8')).toBe(
      await readFile(join(fixturesDir, 'valid/content/innovations/sample-innovation.mdx'), 'utf8'),
    );
    const second = await runScript('json-schema.ts', ['--headers'], project);
    expect(second.stdout.trim().split('\n').at(-1)).toBe('0 content files updated.');
    expect((await validateContent(project)).problems).toEqual([]);
  });

  // Until the lead runs `npm run schemas -- --headers` (content/ is being edited by others), this fails.
  it('is the first line of every bundled content YAML file', async () => {
    const missing: string[] = [];
    for (const file of await listContentFiles('.')) {
      const name = schemaNameFor(file);
      if (name && (await readFile(file, 'utf8')).split('\n')[0] !== schemaHeader(file, name)) missing.push(file);
    }
    expect(missing, 'run npm run schemas -- --headers').toEqual([]);
  });
});
