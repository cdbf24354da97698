import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { keptFeatures, type StaticFace, type FontSubset, subsetText } from './subsets.ts';

/** Where the source-sans package keeps the static TrueType faces the subsets are cut from. */
export const sourceFontFolder = 'node_modules/source-sans/TTF';
/** Where the subsets are committed, beside the stylesheet that declares them. */
export const subsetFolder = 'src/fonts';
export const fontFaceStylesheet = 'src/styles/fonts.css';

/**
 * A face's subset as WOFF2, cut by HarfBuzz (its hb-subset, compiled to WebAssembly in the
 * subset-font package). Hinting is dropped, as the font services do for all but old Windows: only
 * Windows applies it, and it was almost a third of each file.
 */
export async function subsetFace(root: string, face: StaticFace, subset: FontSubset): Promise<Uint8Array> {
  const font = await readFile(join(root, sourceFontFolder, face.source));
  return subsetFont(font, subsetText(subset), { targetFormat: 'woff2', keepFeatures: keptFeatures, noHinting: true });
}
