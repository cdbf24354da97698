import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFaceStylesheet, subsetFace, subsetFolder } from '../src/lib/fonts/subset.ts';
import { fontFaceCss, fontFaces, fontSubsets, inSubset, subsetFileName, unicodeRange } from '../src/lib/fonts/subsets.ts';

const root = process.cwd();
const [latin, latinExt] = fontSubsets;
const files = fontFaces.flatMap((face) => fontSubsets.map((subset) => ({ face, subset, file: subsetFileName(face, subset) })));

describe('the web font subsets', () => {
  it.each(files)('$file is what npm run fonts cuts from the installed source-sans', async ({ face, subset, file }) => {
    const committed = new Uint8Array(await readFile(join(root, subsetFolder, file)));
    const cut = await subsetFace(root, face, subset);
    // Byte for byte: a changed subset or an updated source-sans shows here until the files are cut again.
    expect(Buffer.compare(committed, cut) === 0, `${subsetFolder}/${file} is out of date: run npm run fonts`).toBe(true);
  });

  it('are declared by the committed stylesheet, each with its unicode-range', async () => {
    const css = await readFile(join(root, fontFaceStylesheet), 'utf8');
    expect(css, `${fontFaceStylesheet} is out of date: run npm run fonts`).toBe(fontFaceCss('../fonts'));
    expect(css.match(/@font-face/g)).toHaveLength(files.length);
    expect(css).toContain(`src: url("../fonts/SourceSans3-It-latin-ext.woff2") format("woff2");`);
  });

  it('carry the copyright, the trademark and the SIL Open Font License, as the licence asks', async () => {
    const font = Buffer.from(await subsetFace(root, fontFaces[0]!, latin!, 'truetype'));
    // The name table's Windows records are UTF-16, big-endian.
    const has = (text: string) => font.includes(Buffer.from(text, 'utf16le').swap16());
    expect(has('Reserved Font Name')).toBe(true);
    expect(has('Source is a trademark of Adobe')).toBe(true);
    expect(has('This Font Software is licensed under the SIL Open Font License')).toBe(true);
    expect(has('http://scripts.sil.org/OFL')).toBe(true);
  });

  it('writes unicode-range in CSS syntax', () => {
    expect(unicodeRange({ name: 'latin', codePoints: [[0, 0xff], 0x131, [0x2264, 0x2265]] })).toBe(
      'U+0000-00FF, U+0131, U+2264-2265',
    );
  });

  it('put no character in two subsets, so which file draws it never depends on the order of the rules', () => {
    const both: string[] = [];
    for (let point = 0; point <= 0xffff; point++)
      if (inSubset(latin!, point) && inSubset(latinExt!, point)) both.push(`U+${point.toString(16)}`);
    expect(both).toEqual([]);
  });

  it('put the letters of English, French and Spanish in the Latin file, Turkish and Vietnamese ones in the other', () => {
    for (const char of 'AZaz09éèçñüö’“”–—…−≤≥→€') expect(inSubset(latin!, char.codePointAt(0)!), char).toBe(true);
    for (const char of 'şğİơưđệạ₫ə') expect(inSubset(latinExt!, char.codePointAt(0)!), char).toBe(true);
  });

  it('are a small part of the whole faces', async () => {
    for (const { face, file } of files) {
      const [cut, whole] = await Promise.all([
        readFile(join(root, subsetFolder, file)),
        readFile(join(root, 'node_modules/source-sans/WOFF2/TTF', `${face.source}.woff2`)),
      ]);
      expect(cut.byteLength, file).toBeLessThan(whole.byteLength * (file.includes('-ext') ? 0.4 : 0.2));
    }
  });
});
