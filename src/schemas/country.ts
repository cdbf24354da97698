import { z } from 'astro/zod';

const englishRegionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** User-assigned and exceptionally reserved codes name groups or nothing, not countries. */
const notCountries = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;

/** True for an ISO 3166-1 alpha-2 code of a country or territory that `Intl` can name. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !notCountries.test(code) && englishRegionNames.of(code) !== undefined;
}

export const countryCode = z
  .string()
  .refine(isCountryCode, {
    message: 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. TJ for Tajikistan',
  })
  .describe('ISO 3166-1 alpha-2 country code in capitals, e.g. TJ (Tajikistan); the site shows its name.');
