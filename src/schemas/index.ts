/** The content model: one schema per kind of content file. */
import { innovationSchema } from './innovation.ts';
import { mfiSchema } from './mfi.ts';
import { programmeSchema } from './programme.ts';
import { siteSchema } from './site.ts';

export { innovationSchema, mfiSchema, programmeSchema, siteSchema };
export type { Innovation } from './innovation.ts';
export type { Mfi, FigureSet } from './mfi.ts';
export type { Programme } from './programme.ts';
export type { Site } from './site.ts';
export type { Result, Effect } from './result.ts';
export type { Source } from './source.ts';

/**
 * Where each kind of content lives. The validator and Astro's collections both read this, so a
 * new kind of content is declared once.
 */
export const contentKinds = {
  mfis: { folder: 'mfis', extensions: ['.yaml'], schema: mfiSchema, body: false },
  innovations: { folder: 'innovations', extensions: ['.mdx'], schema: innovationSchema, body: true },
  programmes: { folder: 'programmes', extensions: ['.yaml', '.mdx'], schema: programmeSchema, body: true },
} as const;

export type ContentKind = keyof typeof contentKinds;

/**
 * Fields that name another content file by its slug. The validator checks that each resolves;
 * the editing app offers them as a choice among the existing files.
 */
export const contentReferences = {
  innovations: { mfi: 'mfis', programme: 'programmes' },
  programmes: { part_of: 'programmes' },
} as const satisfies Partial<Record<ContentKind, Record<string, ContentKind>>>;
