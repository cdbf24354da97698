import { describe, expect, it } from 'vitest';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { decapConfig, fieldLabel, type DecapField } from '../../src/lib/cms/decap-config.ts';
import { fieldsOf } from '../../src/lib/content-model/fields.ts';
import { taxonomyReferences } from '../../src/schemas/index.ts';
import { taxonomyNames } from '../../src/schemas/taxonomy.ts';
import { contentJsonSchema, schemaNames, type JsonSchema, type SchemaName } from '../../src/lib/content-model/json-schema.ts';

const schemas = Object.fromEntries(schemaNames.map((name) => [name, contentJsonSchema(name, bundledTaxonomy)])) as Record<
  SchemaName,
  JsonSchema
>;
const existing = { programmes: [{ id: 'mf4dw', label: 'Microfinance for Decent Work action research' }] };
const config = decapConfig({ schemas, taxonomy: bundledTaxonomy, siteUrl: 'https://example.org/', existing });

/** Every form field with the path it writes, in the notation of the field reference (`figures[].as_of`). */
function formPaths(fields: DecapField[], prefix = ''): Map<string, DecapField> {
  const paths = new Map<string, DecapField>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    paths.set(path, field);
    if (field.widget === 'object') for (const [p, f] of formPaths(field.fields ?? [], `${path}.`)) paths.set(p, f);
    if (field.widget === 'list' && field.fields) for (const [p, f] of formPaths(field.fields, `${path}[].`)) paths.set(p, f);
  }
  return paths;
}

const collectionFields = (name: string) => {
  const collection = config.collections.find((c) => c.name === name);
  return collection?.fields ?? collection?.files?.[0]?.fields ?? [];
};

const formsOf: Record<SchemaName, string[]> = {
  mfis: ['mfis'],
  innovations: ['innovations'],
  programmes: ['programmes-yaml', 'programmes-mdx'],
  site: ['settings'],
  taxonomy: ['taxonomies'],
};

describe('the editing app configuration', () => {
  for (const name of schemaNames) {
    for (const form of formsOf[name]) {
      it(`${form}: has a form field for every field of the ${name} schema, and no other`, () => {
        const schemaPaths = fieldsOf(schemas[name]).map((field) => field.path);
        const paths = [...formPaths(collectionFields(form)).keys()].filter((path) => path !== 'body');
        expect(schemaPaths.length).toBeGreaterThan(5);
        expect(paths.sort()).toEqual([...schemaPaths].sort());
      });
    }
  }

  it('asks for each top-level field exactly when the schema requires it', () => {
    for (const name of schemaNames) {
      if (!formsOf[name].length) continue;
      const required = new Set(schemas[name].required ?? []);
      for (const field of collectionFields(formsOf[name][0]!)) {
        if (field.name === 'body') continue;
        expect(field.required, `${name}.${field.name}`).toBe(required.has(field.name));
      }
    }
  });

  it('keeps the rules of the schema on each field: allowed values, bounds and patterns', () => {
    for (const name of schemaNames) {
      if (!formsOf[name].length) continue;
      const paths = formPaths(collectionFields(formsOf[name][0]!));
      for (const field of fieldsOf(schemas[name])) {
        const form = paths.get(field.path)!;
        if (field.values.length && form.widget === 'select' && !form.options?.some((o) => typeof o === 'object')) {
          expect(form.options, field.path).toEqual(field.values);
        }
      }
    }
    const figures = formPaths(collectionFields('mfis'));
    expect(figures.get('figures[].women_borrowers_pct.value')).toMatchObject({
      widget: 'number',
      min: 0,
      max: 100,
      value_type: 'float',
    });
    expect(figures.get('figures[].as_of')).toMatchObject({ widget: 'number', min: 1970, value_type: 'int' });
    expect(figures.get('website')).toMatchObject({ widget: 'string', pattern: ['^https?://', expect.any(String)] });
    expect(figures.get('country')?.pattern?.[0]).toBe(
      schemas.mfis.properties?.['country'] && (schemas.mfis.properties['country'] as JsonSchema).pattern,
    );
  });

  it('offers an MFI as a live choice among the institutions, and a programme among those built', () => {
    const fields = formPaths(collectionFields('innovations'));
    expect(fields.get('mfi')).toMatchObject({
      widget: 'relation',
      collection: 'mfis',
      value_field: '{{slug}}',
      search_fields: ['name'],
    });
    expect(fields.get('programme')).toMatchObject({
      widget: 'select',
      options: [{ label: 'Microfinance for Decent Work action research', value: 'mf4dw' }],
    });
  });

  it("offers each field that names a taxonomy entry as a choice among the entries' labels, saving the id", () => {
    const innovation = formPaths(collectionFields('innovations'));
    expect(innovation.get('challenge')).toMatchObject({ widget: 'select', required: true });
    expect(innovation.get('challenge')?.options).toEqual(
      bundledTaxonomy.challenges.entries.map((entry) => ({ label: entry.label, value: entry.id })),
    );
    expect(innovation.get('challenge')?.options).toContainEqual({ label: 'Child labour', value: 'child-labour' });
    expect(innovation.get('innovation_type')?.options).toContainEqual({
      label: 'Non-financial service',
      value: 'non-financial-service',
    });
    expect(innovation.get('results[].domain')?.options).toEqual(
      bundledTaxonomy.outcomeDomains.entries.map((entry) => ({ label: entry.label, value: entry.id })),
    );
    for (const form of formsOf.programmes) {
      expect(formPaths(collectionFields(form)).get('innovation_types[].type')?.options, form).toEqual(
        bundledTaxonomy.innovationTypes.entries.map((entry) => ({ label: entry.label, value: entry.id })),
      );
    }
  });

  it('declares as taxonomy fields exactly those whose allowed values are the ids of a taxonomy', () => {
    const idsOf = (values: readonly string[]) => taxonomyNames.find((name) => values.join() === bundledTaxonomy[name].ids.join());
    for (const kind of ['mfis', 'innovations', 'programmes'] as const) {
      const found = Object.fromEntries(
        fieldsOf(schemas[kind]).flatMap((field) => {
          const name = field.values.length ? idsOf(field.values) : undefined;
          return name ? [[field.path, name]] : [];
        }),
      );
      expect(found, kind).toEqual(taxonomyReferences[kind as keyof typeof taxonomyReferences] ?? {});
    }
  });

  it('has a form for each taxonomy file, with its entries (id, label, description)', () => {
    const taxonomies = config.collections.find((c) => c.name === 'taxonomies')!;
    expect(taxonomies.files?.map(({ file, label }) => ({ file, label }))).toEqual([
      { file: 'content/taxonomies/challenges.yaml', label: 'Decent-work challenges' },
      { file: 'content/taxonomies/outcome-domains.yaml', label: 'Outcome domains' },
      { file: 'content/taxonomies/innovation-types.yaml', label: 'Types of innovation' },
    ]);
    for (const file of taxonomies.files!) {
      const fields = formPaths(file.fields);
      expect([...fields.keys()].sort(), file.file).toEqual(
        fieldsOf(schemas.taxonomy)
          .map((field) => field.path)
          .sort(),
      );
      expect(fields.get('entries')).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.label}} ({{fields.id}})' });
      expect(fields.get('entries[].id')).toMatchObject({ required: true, pattern: [expect.any(String), expect.any(String)] });
    }
  });

  it('makes the fields of an optional group optional in the form, saying when they are needed', () => {
    const fields = formPaths(collectionFields('innovations'));
    expect(fields.get('period')).toMatchObject({ widget: 'object', required: false, collapsed: true });
    expect(fields.get('period.start')).toMatchObject({
      required: false,
      hint: expect.stringMatching(/Needed when period is filled in\.$/),
    });
    // Inside a list item, the item exists only once added: its required fields stay required.
    expect(fields.get('results[].outcome')?.required).toBe(true);
  });

  it('writes no defaults into the files, and names them in the help text', () => {
    const all = [...formPaths(collectionFields('innovations')).values()];
    expect(all.some((field) => 'default' in field)).toBe(false);
    expect(formPaths(collectionFields('innovations')).get('results[].status')?.hint).toMatch(/Default: measured\.$/);
  });

  it('saves narratives as Markdown below the frontmatter of .mdx files', () => {
    const innovations = config.collections.find((c) => c.name === 'innovations')!;
    expect(innovations).toMatchObject({ folder: 'content/innovations', extension: 'mdx', format: 'yaml-frontmatter' });
    expect(innovations.fields?.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    expect(config.collections.find((c) => c.name === 'mfis')?.fields?.some((f) => f.name === 'body')).toBe(false);
  });

  it('opens pull requests on the repository that site.yaml names, with open authoring', () => {
    const withRepository = decapConfig({
      schemas,
      taxonomy: bundledTaxonomy,
      siteUrl: 'https://example.org/',
      existing,
      repository: { github: 'example/briefs', branch: 'main' },
    });
    expect(withRepository.backend).toEqual({
      name: 'github',
      repo: 'example/briefs',
      branch: 'main',
      open_authoring: true,
      squash_merges: true,
    });
    expect(withRepository.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'proxy' });
    expect(config.local_backend).toBe(true);
  });

  it('labels fields in words', () => {
    expect(fieldLabel('women_borrowers_pct')).toBe('Women borrowers %');
    expect(fieldLabel('mfi')).toBe('MFI');
    expect(fieldLabel('gross_loan_portfolio_usd')).toBe('Gross loan portfolio USD');
  });
});
