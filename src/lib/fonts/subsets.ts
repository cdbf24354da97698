/**
 * The web fonts the pages use: Source Sans 3's four static faces, each cut into two subsets by
 * Unicode range (the split Google Fonts uses for Latin scripts). Every page needs the small
 * `latin` file of a face; a browser fetches a face's `latin-ext` file only for a page that shows
 * one of its characters (names such as "Şymkent" or "Nguyễn"), because the stylesheet declares
 * each file's `unicode-range`. The full faces are 86–110 kB each, most of it Cyrillic, Greek and
 * Vietnamese glyphs, hinting and OpenType features (small capitals, alternates) that no page asks
 * for. `npm run fonts` writes the files and their stylesheet from this module.
 */

/** A closed range of code points, or one code point. */
export type CodePoints = readonly [first: number, last: number] | number;

export interface StaticFace {
  /** The static TrueType face in the source-sans package (node_modules/source-sans/TTF). */
  source: string;
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
}

export interface FontSubset {
  name: 'latin' | 'latin-ext';
  codePoints: readonly CodePoints[];
}

export const fontFamily = 'Source Sans 3';

export const fontFaces: readonly StaticFace[] = [
  { source: 'SourceSans3-Regular.ttf', weight: 400, style: 'normal' },
  { source: 'SourceSans3-It.ttf', weight: 400, style: 'italic' },
  { source: 'SourceSans3-Semibold.ttf', weight: 600, style: 'normal' },
  { source: 'SourceSans3-Bold.ttf', weight: 700, style: 'normal' },
];

export const fontSubsets: readonly FontSubset[] = [
  {
    name: 'latin',
    codePoints: [
      [0x0000, 0x00ff], // Basic Latin and Latin-1: English, French, German, Spanish, Portuguese
      0x0131, // dotless i
      [0x0152, 0x0153], // Œ œ
      [0x02bb, 0x02bc], // ʻ ʼ (Uzbek, Hawaiian)
      0x02c6, // ˆ
      0x02da, // ˚
      0x02dc, // ˜
      0x0304, // combining macron
      0x0308, // combining diaeresis
      0x0329, // combining vertical line below
      [0x2000, 0x206f], // general punctuation: dashes, curly quotes, ellipsis, thin spaces
      0x20ac, // €
      0x2122, // ™
      [0x2190, 0x2199], // arrows
      0x2212, // − (the minus of negative changes)
      0x2215, // ∕
      0x2248, // ≈
      0x2260, // ≠
      [0x2264, 0x2265], // ≤ ≥ (the thresholds of results)
      0xfeff, // zero-width no-break space
      0xfffd, // replacement character
    ],
  },
  {
    name: 'latin-ext',
    codePoints: [
      [0x0100, 0x0130], // Latin Extended-A: Central European, Turkish, Baltic letters
      [0x0132, 0x0151],
      [0x0154, 0x02ba], // … Latin Extended-B (Romanian ș ț, Vietnamese ơ ư), IPA (Azerbaijani ə), modifiers
      [0x02bd, 0x02c5],
      [0x02c7, 0x02d9],
      0x02db,
      [0x02dd, 0x02ff],
      [0x0300, 0x0303], // combining marks, for text typed in decomposed form
      [0x0305, 0x0307],
      [0x0309, 0x0328],
      [0x032a, 0x036f],
      [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese
      [0x20a0, 0x20ab], // currency signs: ₦ ₫ and others
      [0x20ad, 0x20c0], // ₱ ₸ ₹ ₺ ₼ ₾
      0x2113, // ℓ
      [0x2c60, 0x2c7f], // Latin Extended-C
      [0xa720, 0xa7ff], // Latin Extended-D
    ],
  },
];

/**
 * The OpenType features a subset keeps: those browsers apply to running text by default. The
 * pages ask for no other (no small capitals, old-style or tabular figures).
 */
export const keptFeatures = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'] as const;

const range = (points: CodePoints): [number, number] => (typeof points === 'number' ? [points, points] : [...points]);

export function inSubset(subset: FontSubset, codePoint: number): boolean {
  return subset.codePoints.some((points) => {
    const [first, last] = range(points);
    return codePoint >= first && codePoint <= last;
  });
}

/** Every code point of a subset, in order: what the subsetter is asked to keep. */
export function subsetText(subset: FontSubset): string {
  let text = '';
  for (const points of subset.codePoints) {
    const [first, last] = range(points);
    for (let point = first; point <= last; point++) text += String.fromCodePoint(point);
  }
  return text;
}

/** The CSS `unicode-range` value of a subset, e.g. `U+0000-00FF, U+0131`. */
export function unicodeRange(subset: FontSubset): string {
  const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, '0');
  return subset.codePoints
    .map((points) => {
      const [first, last] = range(points);
      return first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`;
    })
    .join(', ');
}

/** The file name of a face's subset, e.g. SourceSans3-Regular-latin.woff2. */
export function subsetFileName(face: StaticFace, subset: FontSubset): string {
  return `${face.source.replace(/\.ttf$/, '')}-${subset.name}.woff2`;
}

/**
 * The @font-face rules of every face's subsets, in the form Biome formats CSS. `font-display:
 * optional` lets a face in only if it is there for the first paint, so text never moves (see the
 * metric-matched fallback in global.css).
 */
export function fontFaceCss(fontFolder: string): string {
  const rules = fontFaces.flatMap((face) =>
    fontSubsets.map((subset) =>
      [
        '@font-face {',
        `  font-family: "${fontFamily}";`,
        `  font-style: ${face.style};`,
        `  font-weight: ${face.weight};`,
        '  font-display: optional;',
        `  src: url("${fontFolder}/${subsetFileName(face, subset)}") format("woff2");`,
        `  unicode-range: ${unicodeRange(subset)};`,
        '}',
      ].join('\n'),
    ),
  );
  return `/* Written by \`npm run fonts\` from src/lib/fonts/subsets.ts: do not edit. */\n${rules.join('\n')}\n`;
}
