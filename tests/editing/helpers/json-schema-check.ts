import type { JsonSchema } from '../../../src/lib/content-model/json-schema.ts';

/**
 * The few JSON Schema (draft 07) keywords the generated schemas use, checked the way an editor's
 * YAML tools check them: enough to show that the schemas accept valid content and refuse
 * unknown fields and values, without a JSON Schema library as a dependency. Returns the paths
 * that fail, with the keyword.
 */
export function jsonSchemaErrors(schema: JsonSchema, value: unknown, path = ''): string[] {
  const errors: string[] = [];
  const fail = (keyword: string) => errors.push(`${path || '(root)'}: ${keyword}`);
  if (schema.anyOf) {
    if (!schema.anyOf.some((option) => jsonSchemaErrors(option, value, path).length === 0)) fail('anyOf');
    return errors;
  }
  if (schema.enum && !schema.enum.includes(value as string)) fail('enum');
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  switch (schema.type) {
    case 'object': {
      if (kind !== 'object') return [...errors, `${path || '(root)'}: type object`];
      const record = value as Record<string, unknown>;
      for (const key of schema.required ?? []) if (!(key in record)) fail(`required ${key}`);
      for (const [key, child] of Object.entries(record)) {
        const property = schema.properties?.[key];
        if (property === undefined) {
          if (schema.additionalProperties === false) fail(`additionalProperties ${key}`);
        } else if (typeof property === 'object') {
          errors.push(...jsonSchemaErrors(property, child, `${path}.${key}`));
        }
      }
      break;
    }
    case 'array': {
      if (kind !== 'array') return [...errors, `${path}: type array`];
      const items = value as unknown[];
      if (schema.minItems !== undefined && items.length < schema.minItems) fail('minItems');
      if (schema.maxItems !== undefined && items.length > schema.maxItems) fail('maxItems');
      items.forEach((item, index) => {
        const itemSchema = Array.isArray(schema.items) ? schema.items[index] : schema.items;
        if (itemSchema !== undefined && typeof itemSchema === 'object')
          errors.push(...jsonSchemaErrors(itemSchema, item, `${path}[${index}]`));
      });
      break;
    }
    case 'string':
      if (kind !== 'string') return [...errors, `${path}: type string`];
      if (schema.minLength !== undefined && (value as string).length < schema.minLength) fail('minLength');
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value as string)) fail('pattern');
      break;
    case 'integer':
    case 'number': {
      if (kind !== 'number' || (schema.type === 'integer' && !Number.isInteger(value)))
        return [...errors, `${path}: type ${schema.type}`];
      const n = value as number;
      if (schema.minimum !== undefined && n < schema.minimum) fail('minimum');
      if (schema.maximum !== undefined && n > schema.maximum) fail('maximum');
      if (typeof schema.exclusiveMinimum === 'number' && n <= schema.exclusiveMinimum) fail('exclusiveMinimum');
      if (typeof schema.exclusiveMaximum === 'number' && n >= schema.exclusiveMaximum) fail('exclusiveMaximum');
      break;
    }
    case undefined:
      break;
    default:
      if (kind !== schema.type) fail(`type ${String(schema.type)}`);
  }
  return errors;
}
