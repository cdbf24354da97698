/**
 * The text of a new content file (`npm run new`), written from the JSON Schema: every required
 * field with a placeholder that validates but is marked TODO, and every optional field as a
 * commented-out line that says what it is for. A placeholder never passes for a fact: each
 * one says TODO, in its value or in a comment on its line, and `npm run check:placeholders`
 * refuses a pull request that still has one.
 */
import { stringify } from 'yaml';
import { slugPattern } from '../../schemas/primitives.ts';
import { placeholderMark } from '../validation/placeholders.ts';
import { typeWords, valuesOf } from './fields.ts';
import type { Taxonomy } from '../../schemas/taxonomy.ts';
import { contentJsonSchema, type JsonSchema, type SchemaName } from './json-schema.ts';

/** A value that validates but is not a fact: written with a TODO comment saying what to put instead. */
export class StandIn {
  readonly value: unknown;
  readonly note: string;
  constructor(value: unknown, note: string) {
    this.value = value;
    this.note = note;
  }
}

type Given = Record<string, unknown>;

const asSchema = (value: unknown): JsonSchema => (value !== null && typeof value === 'object' ? (value as JsonSchema) : {});
const isGroup = (value: unknown): value is Given =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof StandIn);

/** A placeholder for a required field the caller gave no value for. */
function placeholderFor(schema: JsonSchema): unknown {
  if (schema.anyOf?.[0]) return placeholderFor(schema.anyOf[0]);
  if (schema.enum) return new StandIn(schema.enum[0], `choose one of: ${schema.enum.join(', ')}`);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uri') return `https://example.org/${placeholderMark}`;
      if (schema.pattern === slugPattern.source) return new StandIn('todo', 'a short id: lowercase letters, digits and hyphens');
      return `${placeholderMark}: ${schema.description ?? 'fill in'}`;
    case 'integer':
    case 'number':
      return new StandIn(schema.minimum ?? 0, 'the number from the source');
    case 'array':
      return schema.minItems ? [placeholderFor(asSchema(schema.items))] : [];
    case 'object':
      return {};
    default:
      // A new kind of required field: give it a placeholder here (the scaffold tests find it).
      throw new Error(`npm run new has no placeholder for ${JSON.stringify(schema)}`);
  }
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();

/** How a commented-out field explains itself: its description, then its kind of value. */
function explanation(schema: JsonSchema): string {
  // A number that may also be written as { value, approximation } is explained by its number form.
  const plain = schema.anyOf?.filter((option) => option.type !== 'object');
  const type = typeWords(plain?.length ? { ...schema, anyOf: plain } : schema);
  const values = valuesOf(schema);
  const kind = values.length ? `${schema.type === 'array' ? 'a list, each one of' : 'one of'}: ${values.join(', ')}` : type;
  const description = schema.description ? `${schema.description}${/[.!?]$/.test(schema.description) ? '' : '.'} ` : '';
  return `${description}${kind.charAt(0).toUpperCase()}${kind.slice(1)}.`;
}

/** The nested fields of a commented-out field, so that uncommenting a block gives valid structure. */
function commentedFields(name: string, schema: JsonSchema, indent: string, first = name): string[] {
  const lines = [`${indent}# ${first}:  # ${explanation(schema)}`];
  const items = schema.type === 'array' ? asSchema(schema.items) : undefined;
  const group = schema.type === 'object' ? schema : items?.type === 'object' ? items : undefined;
  if (!group?.properties) return lines;
  const childIndent = `${indent}#   `;
  Object.entries(group.properties).forEach(([child, childSchema], index) => {
    const prefix = group === items ? (index === 0 ? '- ' : '  ') : '';
    for (const line of commentedFields(child, asSchema(childSchema), '', `${prefix}${child}`)) {
      lines.push(`${childIndent}${line.replace(/^# /, '')}`);
    }
  });
  return lines;
}

/**
 * The YAML lines of a group of fields: given or required ones with values, optional ones
 * commented out, in the schema's order; in a list item, values first, so that the item's dash
 * stands on a field rather than on a comment.
 */
function groupLines(schema: JsonSchema, given: Given, indent: string, valuesFirst = false): string[] {
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(([name, value]) => {
    const fieldSchema = asSchema(value);
    if (name in given) return fieldLines(name, fieldSchema, given[name], indent);
    if (required.has(name)) return fieldLines(name, fieldSchema, placeholderFor(fieldSchema), indent);
    return commentedFields(name, fieldSchema, indent);
  });
  const isComment = (block: string[]) => block[0]?.trimStart().startsWith('#') ?? false;
  return (valuesFirst ? [...lines.filter((b) => !isComment(b)), ...lines.filter(isComment)] : lines).flat();
}

function fieldLines(name: string, schema: JsonSchema, value: unknown, indent: string): string[] {
  if (value instanceof StandIn) return [`${indent}${name}: ${scalar(value.value)}  # ${placeholderMark}: ${value.note}`];
  if (isGroup(value))
    return [
      `${indent}${name}:`,
      ...groupLines(asSchema(schema.anyOf?.find((o) => o.type === 'object') ?? schema), value, `${indent}  `),
    ];
  if (Array.isArray(value)) {
    const items = asSchema(schema.items);
    return [
      `${indent}${name}:`,
      ...value.flatMap((item) => {
        if (!isGroup(item))
          return [
            `${indent}  - ${item instanceof StandIn ? `${scalar(item.value)}  # ${placeholderMark}: ${item.note}` : scalar(item)}`,
          ];
        // The first line of an item carries the list's dash; the others line up under it.
        return groupLines(items, item, `${indent}    `, true).map((line, index) =>
          index === 0 ? `${indent}  - ${line.trimStart()}` : line,
        );
      }),
    ];
  }
  return [`${indent}${name}: ${scalar(value)}`];
}

/**
 * The YAML of a new content file of one kind, with the given values (references the command
 * line names, and placeholders the schema alone cannot make valid); the comments list the ids
 * of the site's taxonomy.
 */
export function scaffoldYaml(name: SchemaName, given: Given, taxonomy: Taxonomy): string {
  return `${groupLines(contentJsonSchema(name, taxonomy), given, '').join('\n')}\n`;
}
