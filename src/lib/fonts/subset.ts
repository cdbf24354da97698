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
 * The name records a subset keeps besides the names themselves (0–6, which hb-subset keeps
 * anyway): the trademark, maker and designer, and the licence and its address, which the SIL Open
 * Font License asks every copy to carry.
 */
const keptNameIds = [7, 8, 9, 11, 13, 14];

/**
 * A face's subset as WOFF2 (or TrueType, to read it), cut by HarfBuzz (its hb-subset, compiled to
 * WebAssembly in the subset-font package). Hinting is dropped, as the font services do for all
 * but old Windows: only Windows applies it, and it was almost a third of each file.
 */
export async function subsetFace(
  root: string,
  face: StaticFace,
  subset: FontSubset,
  format: 'woff2' | 'truetype' = 'woff2',
): Promise<Uint8Array> {
  const font = await readFile(join(root, sourceFontFolder, face.source));
  return subsetFont(font, subsetText(subset), {
    targetFormat: format,
    keepFeatures: keptFeatures,
    noHinting: true,
    preserveNameIds: keptNameIds,
  });
}
