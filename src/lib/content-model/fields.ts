/**
 * The fields of a content file, read from its JSON Schema: the field reference
 * (docs/content-model.md) and the scaffold (`npm run new`) are both written from this, so
 * neither can drift from the zod schemas.
 */
import { MIN_YEAR, slugPattern } from '../../schemas/primitives.ts';
import type { JsonSchema } from './json-schema.ts';

export interface Field {
  /** Where it is written: `figures[].as_of` is `as_of` in each item of the `figures` list. */
  path: string;
  /** Whether it must be written whenever the group it belongs to is. */
  required: boolean;
  /** The kind of value, in words. */
  type: string;
  description: string | undefined;
  /** The value used when the field is left out. */
  default: unknown;
  /** The fixed list of values it takes, if any. */
  values: readonly string[];
}

const asSchema = (value: unknown): JsonSchema | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : undefined;

/** The schema of one item of a list, or undefined for a fixed-length list (a tuple) or no list. */
function itemsOf(schema: JsonSchema): JsonSchema | undefined {
  return schema.type === 'array' ? asSchema(schema.items) : undefined;
}

/** The allowed values of a field, looking into list items and alternatives. */
export function valuesOf(schema: JsonSchema): string[] {
  if (schema.enum) return schema.enum.map(String);
  const items = itemsOf(schema);
  if (items) return valuesOf(items);
  return [...new Set((schema.anyOf ?? []).flatMap(valuesOf))];
}

function numberWords(schema: JsonSchema, noun: string): string {
  if (schema.type === 'integer' && schema.minimum === MIN_YEAR) return `a year from ${MIN_YEAR} to next year`;
  const bounds = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : undefined,
    typeof schema.exclusiveMinimum === 'number' ? `> ${schema.exclusiveMinimum}` : undefined,
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : undefined,
    typeof schema.exclusiveMaximum === 'number' ? `< ${schema.exclusiveMaximum}` : undefined,
  ].filter(Boolean);
  return bounds.length ? `${noun} ${bounds.join(' and ')}` : noun;
}

/** The kind of value a schema takes, in the words an editor knows from a YAML file. */
export function typeWords(schema: JsonSchema): string {
  if (schema.enum) return 'one of the allowed values';
  // A date is a union so that every YAML form of it is accepted (2009, "2009-10", 2009-10-27).
  // A partial date: the date pattern, or a bare year (see partialDate in src/schemas/primitives.ts).
  if (
    schema.anyOf?.some(
      (option) => option.format === 'date' || (option.type === 'string' && option.pattern?.startsWith('^(?:19[7-9]')),
    )
  )
    return 'a date';
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeWords))].join(', or ');
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uri') return schema.pattern === '^https?:' ? 'an http(s) address' : 'an address';
      if (schema.pattern === slugPattern.source) return 'an id (lowercase letters, digits and hyphens)';
      return 'text';
    case 'integer':
      return numberWords(schema, 'a whole number');
    case 'number':
      return numberWords(schema, 'a number');
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'a group of fields';
    case 'array': {
      if (Array.isArray(schema.items)) {
        const numbers = schema.items.every((item) => asSchema(item)?.type === 'number');
        return `a list of ${schema.items.length} ${numbers ? 'numbers' : 'values'}`;
      }
      const items = itemsOf(schema);
      const of = !items
        ? 'values'
        : items.enum
          ? 'allowed values'
          : typeWords(items)
              .replace(/^an? /, '')
              .replace(/^group of fields$/, 'groups of fields');
      return `a list of ${of}${schema.minItems ? `, at least ${schema.minItems}` : ''}`;
    }
    default:
      return 'any value';
  }
}

/** The group of fields a field holds: itself, its list's items, or the group-of-fields form of a number. */
function nestedObject(schema: JsonSchema): { object: JsonSchema; suffix: string } | undefined {
  if (schema.type === 'object' && schema.properties) return { object: schema, suffix: '.' };
  const items = itemsOf(schema);
  if (items?.type === 'object' && items.properties) return { object: items, suffix: '[].' };
  const branch = schema.anyOf?.find((option) => option.type === 'object' && option.properties);
  return branch ? { object: branch, suffix: '.' } : undefined;
}

/** Every field of an object schema, nested ones after their parent, in the schema's order. */
export function fieldsOf(schema: JsonSchema, prefix = ''): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, value]) => {
    const property = asSchema(value) ?? {};
    const path = `${prefix}${name}`;
    const field: Field = {
      path,
      required: required.has(name),
      type: typeWords(property),
      description: property.description,
      default: property.default,
      values: valuesOf(property),
    };
    const nested = nestedObject(property);
    return nested ? [field, ...fieldsOf(nested.object, `${path}${nested.suffix}`)] : [field];
  });
}
