import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundledTaxonomy } from '../helpers/taxonomy.ts';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { listContentFiles } from '../../src/lib/content-model/files.ts';
import { contentJsonSchema, type SchemaName } from '../../src/lib/content-model/json-schema.ts';
import { schemaNameFor } from '../../src/lib/content-model/schema-header.ts';
import { readMdxFile, readYamlFile } from '../../src/lib/validation/document.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

/**
 * The generated JSON Schemas checked by an independent validator (ajv, draft 07, as editors'
 * YAML tools use them) against `npm run validate` on the same files: they must agree on the
 * bundled content and on every mutation below, except for the rules JSON Schema cannot state.
 */
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validators = new Map<SchemaName, ReturnType<Ajv['compile']>>();
function schemaValid(name: SchemaName, data: unknown): boolean {
  if (!validators.has(name)) validators.set(name, ajv.compile(contentJsonSchema(name, bundledTaxonomy)));
  return validators.get(name)!(data) as boolean;
}

function kindOf(file: string): SchemaName {
  if (file.startsWith('content/innovations/')) return 'innovations';
  if (file.startsWith('content/programmes/')) return 'programmes';
  return schemaNameFor(file)!;
}

async function dataOf(root: string, file: string): Promise<Record<string, unknown>> {
  const text = await readFile(join(root, file), 'utf8');
  const read = file.endsWith('.mdx') ? readMdxFile(text, file) : readYamlFile(text, file);
  if (read.problems) throw new Error(`${file} does not parse`);
  return read.document.data as Record<string, unknown>;
}

describe('the JSON Schemas, checked by ajv', () => {
  it('accept every bundled content file, as npm run validate does', async () => {
    expect((await validateContent('.')).problems).toEqual([]);
    const files = await listContentFiles('.');
    const refused = [];
    for (const file of files) {
      if (!schemaValid(kindOf(file), await dataOf('.', file)))
        refused.push({ file, errors: validators.get(kindOf(file))!.errors });
    }
    expect(refused).toEqual([]);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: mutations reach into any part of a parsed content file.
type Data = Record<string, any>;
interface Mutation {
  name: string;
  file: 'innovation' | 'mfi';
  change: (data: Data) => void;
}

const innovationFile = 'content/innovations/randomised-evaluation-example.mdx';
const mfiFile = 'content/mfis/sample-mfi.yaml';
const result = (data: Data, index = 0) => data['results'][index] as Data;

/** Mistakes and valid variations, each one a change to the example evaluation or the sample MFI. */
const mutations: Mutation[] = [
  { name: 'unchanged', file: 'innovation', change: () => {} },
  { name: 'a lower-case country code', file: 'mfi', change: (d) => void (d['country'] = 'pe') },
  { name: 'a code that is no country', file: 'mfi', change: (d) => void (d['country'] = 'XX') },
  { name: 'a year before 1970', file: 'mfi', change: (d) => void (d['figures'][0]['as_of'] = 1950) },
  { name: 'an ftp URL', file: 'mfi', change: (d) => void (d['sources'][0]['url'] = 'ftp://example.org/report') },
  { name: 'a date with a month 13', file: 'innovation', change: (d) => void (d['study']['rounds'][1]['date'] = '2008-13') },
  { name: 'a date before 1970', file: 'innovation', change: (d) => void (d['period']['start'] = 1960) },
  { name: 'a date written 06/2008', file: 'innovation', change: (d) => void (d['study']['rounds'][1]['date'] = '06/2008') },
  { name: 'an ongoing period with an end', file: 'innovation', change: (d) => void (d['study']['period']['ongoing'] = true) },
  { name: 'an ongoing period without an end', file: 'innovation', change: (d) => void (d['period']['ongoing'] = true) },
  { name: 'a change without a judgement', file: 'innovation', change: (d) => void delete result(d)['judgement'] },
  { name: 'a judgement outside the vocabulary', file: 'innovation', change: (d) => void (result(d)['judgement'] = 'positive') },
  { name: 'a measured result without a change', file: 'innovation', change: (d) => void delete result(d)['change'] },
  { name: 'no significance and no p-value', file: 'innovation', change: (d) => void delete result(d)['effect']['p_value'] },
  {
    name: 'a typed significance that agrees with the p-value',
    file: 'innovation',
    change: (d) => void (result(d)['significance'] = 'not-significant'),
  },
  {
    name: 'a currency effect without its code',
    file: 'innovation',
    change: (d) => void delete result(d, 4)['effect']['currency'],
  },
  { name: 'a currency code on a percentage', file: 'innovation', change: (d) => void (result(d)['effect']['currency'] = 'USD') },
  {
    name: 'a currency code that is not ISO 4217',
    file: 'innovation',
    change: (d) => void (result(d, 4)['effect']['currency'] = 'usd'),
  },
  { name: 'a rate of percentage points', file: 'innovation', change: (d) => void (result(d)['effect']['per'] = 'month') },
  { name: 'a p threshold above 1', file: 'innovation', change: (d) => void (result(d, 1)['effect']['p_value'] = '< 1.5') },
  { name: 'a p threshold of 0', file: 'innovation', change: (d) => void (result(d, 1)['effect']['p_value'] = '< 0') },
  { name: 'a p-value above 1', file: 'innovation', change: (d) => void (result(d)['effect']['p_value'] = 2) },
  { name: 'a p threshold in words', file: 'innovation', change: (d) => void (result(d, 1)['effect']['p_value'] = 'significant') },
  { name: 'a negative standard error', file: 'innovation', change: (d) => void (result(d)['effect']['standard_error'] = -1) },
  {
    name: 'an effect with neither estimate nor range',
    file: 'innovation',
    change: (d) => void delete result(d)['effect']['estimate'],
  },
  {
    name: 'a not-measured result with a change',
    file: 'innovation',
    change: (d) => Object.assign(result(d), { status: 'not-measured', reason: 'No endline.' }),
  },
  {
    name: 'a not-measured result without one',
    file: 'innovation',
    change: (d) =>
      void (d['results'][0] = { outcome: 'X', domain: 'income', status: 'not-measured', reason: 'No endline.', source: 'paper' }),
  },
  { name: 'a measured result with a reason', file: 'innovation', change: (d) => void (result(d)['reason'] = 'Why not.') },
  { name: 'a missing source with two sources listed', file: 'innovation', change: (d) => void delete result(d)['source'] },
  {
    name: 'a missing source with one source listed',
    file: 'innovation',
    change: (d) => {
      d['sources'] = [d['sources'][0]];
      for (const r of d['results']) delete r['source'];
    },
  },
  {
    name: 'an approximate sample',
    file: 'innovation',
    change: (d) => void (d['study']['sample_size'] = { value: 2000, approximation: 'about' }),
  },
  {
    name: 'a sample approximated with a made-up word',
    file: 'innovation',
    change: (d) => void (d['study']['sample_size'] = { value: 2000, approximation: 'roughly' }),
  },
  {
    name: 'an assignment unit count in quotes',
    file: 'innovation',
    change: (d) => void (d['study']['assignment']['total'] = '104'),
  },
  {
    name: 'a registry URL on ftp',
    file: 'innovation',
    change: (d) => void (d['study']['registry']['url'] = 'ftp://example.org/r'),
  },
  { name: 'a method outside the vocabulary', file: 'innovation', change: (d) => void (d['study']['methods'] = ['rct']) },
  { name: 'a round without an id', file: 'innovation', change: (d) => void delete d['study']['rounds'][0]['id'] },
];

/** Rules that need code (a comparison between fields or with other values in the file). */
const validatorOnly: Mutation[] = [
  {
    name: 'a confidence interval whose low is above its high',
    file: 'innovation',
    change: (d) => void (result(d, 4)['effect']['ci'] = { low: 300, high: 100 }),
  },
  { name: 'a round the study does not list', file: 'innovation', change: (d) => void (result(d)['round'] = 'endline-3') },
  { name: 'a subgroup result whose round is unknown', file: 'innovation', change: (d) => void delete result(d, 3)['round'] },
  {
    name: 'a typed significance that contradicts the p-value',
    file: 'innovation',
    change: (d) => void (result(d)['significance'] = 'significant'),
  },
  {
    name: 'more units treated than there are',
    file: 'innovation',
    change: (d) => void (d['study']['assignment']['treated'] = 200),
  },
];

async function mutated(mutation: Mutation): Promise<{ validatorAccepts: boolean; schemaAccepts: boolean; problems: string[] }> {
  const project = await fixtureProject('randomised-evaluation-example');
  const file = mutation.file === 'innovation' ? innovationFile : mfiFile;
  const data = await dataOf(project, file);
  mutation.change(data);
  const text = stringify(data);
  await writeFile(join(project, file), file.endsWith('.mdx') ? `---\n${text}---\n\nA narrative.\n` : text);
  const report = await validateContent(project);
  const problems = report.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
  return { validatorAccepts: problems.length === 0, schemaAccepts: schemaValid(kindOf(file), data), problems };
}

describe('ajv and npm run validate agree on each mutation', () => {
  it.each(mutations)('$name', async (mutation) => {
    const { validatorAccepts, schemaAccepts, problems } = await mutated(mutation);
    expect(schemaAccepts, problems.join('\n') || 'npm run validate accepts it').toBe(validatorAccepts);
  });

  it('refuse every mistake among them, and accept the valid variations', async () => {
    const accepted = [];
    for (const mutation of mutations) if ((await mutated(mutation)).validatorAccepts) accepted.push(mutation.name);
    expect(accepted).toEqual([
      'unchanged',
      'an ongoing period without an end',
      'a typed significance that agrees with the p-value',
      'a not-measured result without one',
      'a missing source with one source listed',
      'an approximate sample',
    ]);
  });

  // JSON Schema has no way to compare two fields or look up a value elsewhere in the file.
  it.each(validatorOnly)('$name: refused by npm run validate only', async (mutation) => {
    const { validatorAccepts, schemaAccepts } = await mutated(mutation);
    expect(validatorAccepts).toBe(false);
    expect(schemaAccepts).toBe(true);
  });
});
