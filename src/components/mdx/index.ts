/**
 * The components a content narrative may use, passed to `<Content components={…} />`. The
 * `satisfies` keeps this map and the validator's allow-list naming the same components.
 */
import type { MdxComponentName } from '../../lib/validation/mdx-allow-list.ts';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Figure, Callout, Quote } satisfies Record<MdxComponentName, unknown>;
