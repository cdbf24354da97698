/**
 * `npm run fonts`: cuts the web fonts' subsets (src/lib/fonts/subsets.ts says which) from the
 * source-sans package into src/fonts/ and writes the stylesheet that declares them,
 * src/styles/fonts.css. Both are committed; run this after changing the subsets or updating
 * source-sans (a unit test fails until then).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fontFaceStylesheet, subsetFace, subsetFolder } from '../src/lib/fonts/subset.ts';
import { fontFaceCss, fontFaces, fontSubsets, subsetFileName } from '../src/lib/fonts/subsets.ts';

const root = process.cwd();
for (const face of fontFaces) {
  for (const subset of fontSubsets) {
    const file = join(subsetFolder, subsetFileName(face, subset));
    const font = await subsetFace(root, face, subset);
    await writeFile(join(root, file), font);
    console.log(`${file}: ${(font.byteLength / 1024).toFixed(1)} KiB`);
  }
}
await writeFile(join(root, fontFaceStylesheet), fontFaceCss('../fonts'));
console.log(`Wrote ${fontFaceStylesheet}.`);
