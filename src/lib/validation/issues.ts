import type { z } from 'astro/zod';
import type { ContentDocument } from './document.ts';
import { formatPath, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/** What a value is, in words an editor knows from their YAML file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  return 'a group of fields';
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  tuple: 'a list',
  date: 'a date',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The schema that validates the value at `path`, looking through optional, default, pipe and union. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  const unwrap = (s: Schema): Schema => {
    const def = s._zod.def as unknown as Record<string, Schema | undefined> & { type: string };
    if (['optional', 'default', 'nullable', 'readonly', 'prefault'].includes(def.type) && def['innerType'])
      return unwrap(def['innerType']);
    if (def.type === 'pipe' && def['in']) return unwrap(def['in']);
    return s;
  };
  let current: Schema | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return undefined;
    const def = current._zod.def as unknown as {
      type: string;
      shape?: Record<string, Schema>;
      element?: Schema;
      options?: Schema[];
      items?: Schema[];
    };
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'tuple' && typeof key === 'number') current = def.items?.[key];
    else if (def.type === 'union') current = def.options?.find((option) => unwrap(option)._zod.def.type === 'object');
    else return undefined;
    current = current && unwrap(current);
    if (current && (current._zod.def as { type: string }).type === 'union') {
      const options = (current._zod.def as unknown as { options: Schema[] }).options;
      current = options.map(unwrap).find((option) => option._zod.def.type === 'object') ?? current;
    }
  }
  return current;
}

function fieldsOf(schema: Schema | undefined): string[] {
  const def = schema?._zod.def as { type?: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

const isDefaultMessage = (message: string) => /^(Too (small|big)|Invalid)\b/.test(message);

function plural(n: number | bigint, word: string) {
  return `${n} ${word}${n === 1 || n === 1n ? '' : 's'}`;
}

/** The kind of value a zod type name stands for; `int` is a check on numbers, not a kind. */
const kindOfType = (expected: string) => (expected === 'int' ? 'number' : expected);

function kindOfValue(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return value === null ? 'null' : typeof value;
}

/** The branch of a failed union that fits the input best: the one made for the input's kind of value. */
function bestUnionBranch(branches: Issue[][], basePath: readonly PropertyKey[], value: unknown): Issue[] | undefined {
  const pastType = branches.filter(
    (issues) =>
      !issues.some(
        (issue) => issue.code === 'invalid_type' && issue.path.length === 0 && kindOfType(issue.expected) !== kindOfValue(value),
      ),
  );
  const chosen = pastType.length > 0 ? pastType[0] : undefined;
  return chosen?.map((issue) => ({ ...issue, path: [...basePath, ...issue.path] }) as Issue);
}

/** Turns zod's issues into problems an editor can act on, one per mistake, each located in the file. */
export function problemsFromIssues(issues: readonly Issue[], doc: ContentDocument, file: string, schema: Schema): Problem[] {
  const problems: Problem[] = [];
  const add = (path: readonly PropertyKey[], fields: Omit<Problem, 'file' | 'line' | 'column' | 'field'>, key = false) => {
    problems.push({ file, ...doc.locate(path, { key }), field: formatPath(path), ...fields });
  };

  for (const issue of issues) {
    const path = issue.path;
    const value = valueAt(doc.data, path);
    const found = describeValue(value);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = fieldsOf(schemaAt(schema, path));
        for (const key of issue.keys) {
          const guess = didYouMean(key, known);
          add(
            [...path, key],
            {
              message: `unknown field${guess ? `; did you mean "${guess}"?` : ''}`,
              found: JSON.stringify(key),
              expected: known.length ? `one of the fields ${known.join(', ')}` : 'no other fields',
            },
            true,
          );
        }
        break;
      }
      case 'invalid_type': {
        const expected = typeNames[issue.expected] ?? issue.expected;
        if (value === undefined) add(path, { message: 'required field is missing', expected });
        else if (
          kindOfType(issue.expected) === 'number' &&
          typeof value === 'string' &&
          value.trim() !== '' &&
          !Number.isNaN(Number(value))
        ) {
          add(path, { message: 'a number in quotes is text; remove the quotes', found, expected });
        } else add(path, { message: 'wrong kind of value', found, expected });
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        const guess = typeof value === 'string' ? didYouMean(value, values) : undefined;
        const expected = values.length === 1 ? values[0]! : `one of ${values.join(', ')}`;
        if (value === undefined) add(path, { message: 'required field is missing', expected });
        else add(path, { message: `unknown value${guess ? `; did you mean "${guess}"?` : ''}`, found, expected });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const small = issue.code === 'too_small';
        const inclusive = issue.inclusive !== false;
        let message: string;
        let expected: string;
        if (issue.origin === 'array' || issue.origin === 'set') {
          message = small ? 'too few items' : 'too many items';
          expected = `${small ? 'at least' : 'at most'} ${plural(bound, 'item')}`;
        } else if (issue.origin === 'string') {
          message = small && Number(bound) === 1 ? 'must not be empty' : small ? 'too short' : 'too long';
          expected = `${small ? 'at least' : 'at most'} ${plural(bound, 'character')}`;
        } else {
          message = small ? 'number too small' : 'number too large';
          expected = `a number ${small ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<'} ${bound}`;
        }
        add(path, { message: isDefaultMessage(issue.message) ? message : issue.message, found, expected });
        break;
      }
      case 'invalid_union': {
        const branch = bestUnionBranch(issue.errors as Issue[][], path, value);
        if (branch) {
          problems.push(...problemsFromIssues(branch, doc, file, schema));
        } else {
          const kinds = (issue.errors as Issue[][])
            .flatMap((branchIssues) => branchIssues.filter((i) => i.code === 'invalid_type' && i.path.length === 0))
            .map((i) => (i.code === 'invalid_type' ? (typeNames[i.expected] ?? i.expected) : ''));
          add(path, {
            message: value === undefined ? 'required field is missing' : 'wrong kind of value',
            ...(value === undefined ? {} : { found }),
            expected: [...new Set(kinds)].join(' or '),
          });
        }
        break;
      }
      default: {
        const message =
          isDefaultMessage(issue.message) && issue.code === 'invalid_format' ? `not a valid ${issue.format}` : issue.message;
        // A custom rule may say what would be valid in `params.expected`.
        const expected = (issue as { params?: { expected?: unknown } }).params?.expected;
        add(path, { message, ...(value === undefined ? {} : { found }), ...(typeof expected === 'string' ? { expected } : {}) });
      }
    }
  }
  return problems;
}
