/**
 * Property-based tests of the validator pipeline on text (read the file, check its narrative,
 * parse with the schema, turn issues into problems), without Astro: valid documents always
 * pass and always make a factsheet; broken ones always get a located problem; nothing crashes
 * or hangs.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { contentJsonSchema, type JsonSchema } from '../../src/lib/content-model/json-schema.ts';
import { buildFactsheet } from '../../src/lib/factsheet.ts';
import { readMdxFile, readYamlFile } from '../../src/lib/validation/document.ts';
import { problemsFromIssues } from '../../src/lib/validation/issues.ts';
import { checkMdxBody } from '../../src/lib/validation/mdx-safety.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { mfiSchema, type Innovation, type Mfi, type Programme } from '../../src/schemas/index.ts';
import { bundledSchemas, bundledTaxonomy } from '../helpers/taxonomy.ts';

const { innovations: innovationSchema, programmes: programmeSchema } = bundledSchemas;
import { MAX_YEAR, MIN_YEAR } from '../../src/schemas/primitives.ts';
import { arbitraryFor, innovationRules, mfiRules, programmeRules, type Rules } from './helpers/arbitraries.ts';
import { jsonSchemaErrors } from './helpers/json-schema-check.ts';

/** Bounds: enough runs to find the edge cases, never so long that a shared machine notices. */
const runs = { numRuns: 200 };
const perCaseMs = 2_000;

interface Kind {
  /** The kind, as a test name says it. */
  label: string;
  file: string;
  schema: z.core.$ZodType;
  json: JsonSchema;
  rules: Rules;
  mdx: boolean;
}

const kinds = {
  mfi: {
    label: 'an MFI',
    file: 'content/mfis/generated.yaml',
    schema: mfiSchema,
    json: contentJsonSchema('mfis', bundledTaxonomy),
    rules: mfiRules,
    mdx: false,
  },
  innovation: {
    label: 'an innovation',
    file: 'content/innovations/generated.mdx',
    schema: innovationSchema,
    json: contentJsonSchema('innovations', bundledTaxonomy),
    rules: innovationRules,
    mdx: true,
  },
  programme: {
    label: 'a programme',
    file: 'content/programmes/generated.yaml',
    schema: programmeSchema,
    json: contentJsonSchema('programmes', bundledTaxonomy),
    rules: programmeRules,
    mdx: false,
  },
} satisfies Record<string, Kind>;

const bodies = fc.constantFrom(
  'A narrative in **Markdown**, with a [link](https://example.org/).',
  '## Heading\n\n- a list\n- of items\n\n<Callout type="note">A callout.</Callout>',
  '<Figure src="https://example.org/a.png" alt="A chart">Caption.</Figure>\n\n<Quote by="A client">Words.</Quote>',
  '',
);

function toText(kind: Kind, data: unknown, body = ''): string {
  const yaml = stringify(data, { lineWidth: 0 });
  return kind.mdx ? `---\n${yaml}---\n\n${body}\n` : yaml;
}

/** The validator's pipeline for one file's text: what `npm run validate` reports for it, short of cross-file checks. */
function pipeline(kind: Kind, text: string): Problem[] {
  const read = kind.mdx ? readMdxFile(text, kind.file) : readYamlFile(text, kind.file);
  if (read.problems) return read.problems;
  const problems = kind.mdx ? checkMdxBody(text, kind.file) : [];
  const parsed = (kind.schema as z.ZodType).safeParse(read.document.data);
  if (!parsed.success) problems.push(...problemsFromIssues(parsed.error.issues, read.document, kind.file, kind.schema));
  return problems;
}

/** Runs the pipeline against the clock: it must finish, well within the limit, without throwing. */
function timedPipeline(kind: Kind, text: string): Problem[] {
  const started = performance.now();
  const problems = pipeline(kind, text);
  expect(performance.now() - started).toBeLessThan(perCaseMs);
  return problems;
}

function expectLocated(problems: Problem[], kind: Kind, text: string) {
  const lines = text.split('\n').length;
  for (const problem of problems) {
    expect(problem.file).toBe(kind.file);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toBe('');
  }
}

const documentOf = (kind: Kind) => arbitraryFor(kind.json, '', kind.rules) as fc.Arbitrary<Record<string, unknown>>;

describe('valid documents', () => {
  for (const kind of Object.values(kinds) as Kind[]) {
    it(`${kind.label}, valid, always validates, and its JSON Schema accepts it too`, () => {
      fc.assert(
        fc.property(documentOf(kind), bodies, (data, body) => {
          expect(timedPipeline(kind, toText(kind, data, body))).toEqual([]);
          expect(jsonSchemaErrors(kind.json, data)).toEqual([]);
        }),
        runs,
      );
    });
  }

  it('a valid innovation, MFI and programme always make a factsheet', () => {
    fc.assert(
      fc.property(
        documentOf(kinds.innovation),
        documentOf(kinds.mfi),
        documentOf(kinds.programme),
        (innovation, mfi, programme) => {
          const sheet = buildFactsheet(
            innovationSchema.parse(innovation) as Innovation,
            mfiSchema.parse(mfi) as Mfi,
            programmeSchema.parse(programme) as Programme,
            'en',
            bundledTaxonomy,
          );
          expect(sheet.title.trim()).not.toBe('');
        },
      ),
      runs,
    );
  });
});

type Path = (string | number)[];

interface Node {
  path: Path;
  schema: JsonSchema;
  /** Whether the group it is in must have it. */
  required: boolean;
}

/** The schema a value is checked against, choosing among alternatives by the value's kind. */
function resolve(schema: JsonSchema, value: unknown): JsonSchema {
  if (!schema.anyOf) return schema;
  const isGroup = value !== null && typeof value === 'object' && !Array.isArray(value);
  // Text goes with a text option (a p threshold such as "< 0.01" is no quoted number).
  return (
    schema.anyOf.find((option) => typeof value === 'string' && option.type === 'string') ??
    schema.anyOf.find((option) => (option.type === 'object') === isGroup) ??
    schema
  );
}

/** Every value in a document, with the schema it must satisfy. */
function nodesOf(schema: JsonSchema, value: unknown, path: Path = [], required = true): Node[] {
  const resolved = resolve(schema, value);
  const here: Node = { path, schema: resolved, required };
  if (Array.isArray(value)) {
    return [
      here,
      ...value.flatMap((item, index) =>
        nodesOf(
          (Array.isArray(resolved.items) ? resolved.items[index] : resolved.items) as JsonSchema,
          item,
          [...path, index],
          true,
        ),
      ),
    ];
  }
  if (value !== null && typeof value === 'object') {
    const requiredKeys = new Set(resolved.required ?? []);
    return [
      here,
      ...Object.entries(value).flatMap(([key, child]) =>
        nodesOf((resolved.properties?.[key] ?? {}) as JsonSchema, child, [...path, key], requiredKeys.has(key)),
      ),
    ];
  }
  return [here];
}

function setAt(
  data: unknown,
  path: Path,
  change: (parent: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = structuredClone(data);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, path.at(-1)!);
  return copy;
}

const isDate = (schema: JsonSchema) => schema.anyOf?.some((option) => option.format === 'date') ?? false;
const isNumber = (schema: JsonSchema) => schema.type === 'integer' || schema.type === 'number';

function nested(depth: number, asList: boolean): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = asList ? [value] : { a: value };
  return value;
}

/** A change that makes any valid document invalid, or undefined when the document has no place for it. */
type Mutation = (data: Record<string, unknown>, json: JsonSchema, pick: number, size: number) => unknown;

const choose = <T>(items: T[], pick: number): T | undefined => (items.length ? items[pick % items.length] : undefined);

const mutations: Record<string, Mutation> = {
  'a value of a kind no field takes': (data, json, pick, size) => {
    const replacement = [null, true, { '§unexpected': 1 }, [null]][size % 4];
    // A yes/no field takes `true`: it must not be picked for it, or the document stays valid.
    const node = choose(
      nodesOf(json, data).filter((n) => n.path.length > 0 && !(replacement === true && n.schema.type === 'boolean')),
      pick,
    )!;
    return setAt(data, node.path, (parent, key) => (parent[key] = replacement));
  },
  'a number in quotes': (data, json, pick) => {
    const node = choose(
      nodesOf(json, data).filter((n) => isNumber(n.schema) && !isDate(n.schema)),
      pick,
    );
    return node && setAt(data, node.path, (parent, key) => (parent[key] = String(parent[key])));
  },
  'a required field removed': (data, json, pick) => {
    const node = choose(
      nodesOf(json, data).filter((n) => n.required && typeof n.path.at(-1) === 'string'),
      pick,
    );
    return node && setAt(data, node.path, (parent, key) => delete parent[key]);
  },
  'a number out of range': (data, json, pick, size) => {
    const candidates = nodesOf(json, data).filter(
      (n) =>
        isNumber(n.schema) &&
        (n.schema.type === 'integer' ||
          n.schema.minimum !== undefined ||
          n.schema.maximum !== undefined ||
          typeof n.schema.exclusiveMinimum === 'number'),
    );
    const node = choose(candidates, pick);
    if (!node) return undefined;
    const { schema } = node;
    const options = [
      schema.type === 'integer' ? 0.5 : undefined,
      schema.minimum === MIN_YEAR ? MAX_YEAR + 1 : undefined,
      schema.minimum !== undefined ? schema.minimum - 1 : undefined,
      typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined,
      schema.maximum !== undefined ? schema.maximum + 1 : undefined,
      typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined,
    ].filter((v) => v !== undefined);
    const value = options[size % options.length]!;
    return setAt(data, node.path, (parent, key) => (parent[key] = value === 0.5 ? (parent[key] as number) + 0.5 : value));
  },
  'an unknown field': (data, json, pick, size) => {
    const groups = nodesOf(json, data).filter((n) => n.schema.type === 'object');
    const node = choose(groups, pick)!;
    const key = `unknown_field_${size}${'x'.repeat(size % 3 === 0 ? 20_000 : 0)}`;
    return node.path.length === 0
      ? { ...data, [key]: 'value' }
      : setAt(data, node.path, (parent, k) => (parent[k] = { ...(parent[k] as object), [key]: 'value' }));
  },
  'a huge string where a value from a list, an id or a number belongs': (data, json, pick, size) => {
    const node = choose(
      nodesOf(json, data).filter((n) => n.schema.enum || n.schema.pattern || isNumber(n.schema)),
      pick,
    );
    return node && setAt(data, node.path, (parent, key) => (parent[key] = 'X '.repeat(10_000 + (size % 5) * 20_000)));
  },
  'deep nesting': (data, json, pick, size) => {
    const node = choose(
      nodesOf(json, data).filter((n) => n.path.length > 0),
      pick,
    )!;
    return setAt(data, node.path, (parent, key) => (parent[key] = nested(10 + (size % 300), size % 2 === 0)));
  },
};

const mutationNames = Object.keys(mutations);

describe('broken documents', () => {
  for (const kind of Object.values(kinds) as Kind[]) {
    it(`${kind.label}, broken, always gets a problem with its file, line and column, quickly`, () => {
      fc.assert(
        fc.property(
          documentOf(kind),
          bodies,
          fc.constantFrom(...mutationNames),
          fc.nat(),
          fc.nat(),
          (data, body, mutation, pick, size) => {
            const broken = mutations[mutation]!(data, kind.json, pick, size);
            fc.pre(broken !== undefined);
            const text = toText(kind, broken, body);
            const problems = timedPipeline(kind, text);
            expect(problems.length).toBeGreaterThan(0);
            expectLocated(problems, kind, text);
          },
        ),
        runs,
      );
    });

    it(`${kind.label} file of junk, or with a junk line among its fields, always gets a located problem`, () => {
      // A junk line starts at the left margin, where a field name would: not a comment, not a
      // continuation of the line above, not a YAML anchor, tag or explicit key (which only
      // label what follows), and not the --- that ends frontmatter.
      const junkLine = fc
        .tuple(fc.constantFrom(...'abcXYZ019"\'[{*|>@`%-'), fc.string({ unit: 'binary', maxLength: 40 }))
        .map(([first, rest]) => `${first}${rest}`.split(/[\r\n]/)[0]!)
        .filter((line) => !line.startsWith('--'));
      const junk = fc.oneof(
        fc.record({ wholeFile: fc.constant(true), text: fc.string({ unit: 'binary', maxLength: 2_000 }) }),
        fc.record({ wholeFile: fc.constant(false), text: junkLine }),
      );
      fc.assert(
        fc.property(documentOf(kind), bodies, junk, fc.nat(), (data, body, { wholeFile, text: junkText }, pick) => {
          const lines = toText(kind, data, body).split('\n');
          const fieldLines = lines.flatMap((line, index) => (/^[a-z_]+:/.test(line) ? [index] : []));
          const at = fieldLines[pick % fieldLines.length]!;
          const text = wholeFile ? junkText : [...lines.slice(0, at), junkText, ...lines.slice(at)].join('\n');
          const problems = timedPipeline(kind, text);
          expect(problems.length).toBeGreaterThan(0);
          expectLocated(problems, kind, text);
        }),
        runs,
      );
    });

    it(`random bytes anywhere in ${kind.label} never crash or hang the validator, and every problem is located`, () => {
      fc.assert(
        fc.property(
          documentOf(kind),
          bodies,
          fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
          fc.nat(),
          fc.nat({ max: 50 }),
          (data, body, junk, at, remove) => {
            const valid = toText(kind, data, body);
            const offset = at % (valid.length + 1);
            const text = `${valid.slice(0, offset)}${junk}${valid.slice(offset + remove)}`;
            expectLocated(timedPipeline(kind, text), kind, text);
          },
        ),
        runs,
      );
    });
  }
});
