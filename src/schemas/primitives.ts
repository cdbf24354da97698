import { z } from 'astro/zod';
import { approximations } from './vocabulary.ts';

/** Years a brief can sensibly describe: from the first microfinance programmes to next year. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = new Date().getUTCFullYear() + 1;

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(slugPattern, { message: 'must be lowercase letters, digits and single hyphens' });

export const year = z
  .number()
  .int()
  .min(MIN_YEAR, { message: `must be a year from ${MIN_YEAR}` })
  .max(MAX_YEAR, { message: `must be a year up to ${MAX_YEAR}` });

export const count = z.number().int().nonnegative();

export const percent = z.number().min(0).max(100);

export const nonEmptyText = z.string().trim().min(1, { message: 'must not be empty' });

export const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

/** Years from 1970 to 2999 as a pattern: 197x-199x, 2xxx. */
const yearsFrom1970 = '(?:19[7-9]\\d|[2-9]\\d{3})';

const partialDatePattern = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A date as precise as the source gives it: `2009`, `2009-10` or `2009-10-27`.
 * YAML parsers disagree on unquoted dates (a Date for js-yaml, a string for `yaml`) and a bare
 * year is a number, so every form is accepted and normalised to the string.
 */
export const partialDate = z
  .union([z.string(), z.number().int(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
    const match = partialDatePattern.exec(text);
    const y = match ? Number(match[1]) : NaN;
    if (!match || y < MIN_YEAR || y > MAX_YEAR) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, in ${MIN_YEAR}..${MAX_YEAR}`,
      });
      return z.NEVER;
    }
    return text;
  })
  .meta({
    description: 'A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.',
    // For editors' YAML tools: the same forms and the lower bound of the years (the upper one,
    // next year, would go stale in a committed file; the validator checks it).
    anyOf: [
      { type: 'string', pattern: `^${yearsFrom1970}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$` },
      { type: 'integer', minimum: MIN_YEAR },
    ],
  });

export const period = z
  .strictObject({
    start: partialDate.describe('When it began (YYYY, YYYY-MM or YYYY-MM-DD).'),
    end: partialDate
      .optional()
      .describe('When it ended; leave out if unknown (shown as "end not reported") or still running (then say ongoing: true).'),
    ongoing: z
      .literal(true)
      .optional()
      .describe('true when it is still running: a period without an end is otherwise shown as "end not reported".'),
  })
  .refine((p) => p.end === undefined || p.end >= p.start, {
    message: 'end must not be before start',
    path: ['end'],
  })
  .refine((p) => !(p.ongoing && p.end !== undefined), { message: 'an ongoing period has no end', path: ['ongoing'] })
  .meta({ not: { required: ['ongoing', 'end'] } });

/**
 * A number as the source states it. Write `42503`, or `{ value: 42500, approximation: more-than }`
 * for "more than 42,500"; both become `{ value, approximation? }`.
 */
export function statedNumber<T extends z.ZodNumber>(number: T) {
  return z
    .union([
      number,
      z.strictObject({
        value: number.describe('The number the source gives.'),
        approximation: z.enum(approximations).describe('How the source qualifies it: about, almost, more-than or less-than.'),
      }),
    ])
    .transform((v) => (typeof v === 'number' ? { value: v } : v));
}

export type StatedNumber = { value: number; approximation?: (typeof approximations)[number] };

/** A reference, by id, to one of the sources listed in the same file. */
export const sourceRef = slug.describe("The id of the source (in this file's `sources`) this comes from.");
