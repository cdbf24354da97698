/**
 * The JSON Schema files that editors' YAML tools read (hover help, autocompletion, red squiggles),
 * generated from the zod schemas so that the content model has one definition.
 */
import { z } from 'astro/zod';
import { createSchemas, siteSchema, type ContentKind } from '../../schemas/index.ts';
import { countryCode, isCountryCode } from '../../schemas/country.ts';
import { MAX_YEAR } from '../../schemas/primitives.ts';
import { taxonomyFileSchema, type Taxonomy } from '../../schemas/taxonomy.ts';

const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Every ISO 3166-1 alpha-2 code the validator accepts, as a list for autocompletion. */
const countryCodes = [...letters].flatMap((a) => [...letters].map((b) => a + b)).filter(isCountryCode);

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The file name of each schema in `schemas/`: one per kind of content, one for
 * `content/site.yaml` and one for the files in `content/taxonomies/`.
 */
export const schemaFiles = {
  mfis: 'mfi.schema.json',
  innovations: 'innovation.schema.json',
  programmes: 'programme.schema.json',
  site: 'site.schema.json',
  taxonomy: 'taxonomy.schema.json',
} as const satisfies Record<ContentKind | 'site' | 'taxonomy', string>;

export type SchemaName = keyof typeof schemaFiles;

export const schemaNames = Object.keys(schemaFiles) as SchemaName[];

/** The folder, relative to the project root, that holds the generated files. */
export const schemasFolder = 'schemas';

function zodSchemaFor(name: SchemaName, taxonomy: Taxonomy): z.core.$ZodType {
  if (name === 'site') return siteSchema;
  if (name === 'taxonomy') return taxonomyFileSchema;
  return createSchemas(taxonomy)[name];
}

const typeOf = (schema: z.core.$ZodType) => (schema._zod.def as { type: string }).type;

/**
 * Trims what zod emits for machines but reads as noise, or goes stale, in an editor:
 * - `int()` adds ±2^53 bounds to every whole number;
 * - the last allowed year is next year, so a committed schema holding it would be out of date
 *   every 1 January; the validator still checks it;
 * - an http(s)-only URL becomes a plain `format: uri`, so the protocol is added back as a pattern;
 * - a country code is checked in code against `Intl`, so its codes are listed here.
 */
function tidy({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }): void {
  if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
  if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER || jsonSchema.maximum === MAX_YEAR) delete jsonSchema.maximum;
  const protocol = (zodSchema._zod.def as { protocol?: unknown }).protocol;
  if (jsonSchema.format === 'uri' && protocol instanceof RegExp) {
    jsonSchema.pattern = protocol.source.replace(/\$$/, ':');
  }
  if (zodSchema === countryCode) jsonSchema.enum = countryCodes;
}

/**
 * The JSON Schema of one kind of content file, as authors write it (`io: 'input'`: defaults are
 * optional, shorthands allowed), in draft 07, the newest draft the YAML language server fully
 * supports. Rules that only code can state (`.refine`, cross-file references) stay with the
 * validator. The enums of taxonomy ids come from `taxonomy`.
 */
export function contentJsonSchema(name: SchemaName, taxonomy: Taxonomy): JsonSchema {
  return z.toJSONSchema(zodSchemaFor(name, taxonomy), {
    target: 'draft-07',
    io: 'input',
    // A YAML date such as 2009-10-27 is text to an editor's YAML tools; zod also accepts the
    // Date that other YAML parsers make of it. Anything else unrepresentable is a schema change
    // this generator should hear about.
    unrepresentable: ({ zodSchema }) => (typeOf(zodSchema) === 'date' ? { type: 'string', format: 'date' } : 'throw'),
    override: tidy,
  });
}

/** The text of a schema file: stable key order (zod's), two-space indent, final newline. */
export function jsonSchemaText(name: SchemaName, taxonomy: Taxonomy): string {
  return `${JSON.stringify(contentJsonSchema(name, taxonomy), null, 2)}\n`;
}
