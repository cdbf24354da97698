/** The part of subset-font (which ships no types) that src/lib/fonts/subset.ts uses. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options: {
      targetFormat: 'woff2' | 'truetype';
      keepFeatures?: readonly string[];
      noHinting?: boolean;
      preserveNameIds?: readonly number[];
    },
  ): Promise<Buffer>;
}
