import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Advance widths from the real Source Sans 3 font files, read straight from their TrueType
 * tables, so that the tests can check the character-count wrapping of the charts against the
 * font the web pages and the PDF actually use (the charts themselves cannot measure text).
 */
export type FontWeight = 'regular' | 'semibold' | 'bold' | 'italic';

const files: Record<FontWeight, string> = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  bold: 'SourceSans3-Bold.ttf',
  italic: 'SourceSans3-It.ttf',
};

interface Metrics {
  unitsPerEm: number;
  advance: (codePoint: number) => number;
  /** The glyph a code point maps to, 0 (.notdef) when the face has none. */
  glyphOf: (codePoint: number) => number;
}

function readMetrics(file: string): Metrics {
  const font = readFileSync(resolve('node_modules/source-sans/TTF', file));
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const record = 12 + i * 16;
    tables.set(font.toString('latin1', record, record + 4), view.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metricCount = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const cmap = table('cmap');

  let format4: number | undefined;
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const record = cmap + 4 + i * 8;
    const subtable = cmap + view.getUint32(record + 4);
    if (view.getUint16(record) === 3 && view.getUint16(record + 2) === 1 && view.getUint16(subtable) === 4) format4 = subtable;
  }
  if (format4 === undefined) throw new Error(`${file} has no Unicode BMP character map`);
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;

  const glyphOf = (codePoint: number): number => {
    for (let s = 0; s < segments; s++) {
      if (codePoint > view.getUint16(ends + s * 2)) continue;
      const start = view.getUint16(starts + s * 2);
      if (codePoint < start) return 0;
      const delta = view.getInt16(deltas + s * 2);
      const rangeOffset = view.getUint16(rangeOffsets + s * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const advance = (codePoint: number) => {
    const glyph = Math.min(glyphOf(codePoint), metricCount - 1);
    return view.getUint16(hmtx + glyph * 4);
  };
  return { unitsPerEm, advance, glyphOf };
}

const cache = new Map<FontWeight, Metrics>();

function metricsOf(weight: FontWeight): Metrics {
  let metrics = cache.get(weight);
  if (!metrics) {
    metrics = readMetrics(files[weight]);
    cache.set(weight, metrics);
  }
  return metrics;
}

/** The width in pixels of `text` set in Source Sans 3 at `fontSize`. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const metrics = metricsOf(weight);
  let units = 0;
  for (const char of text) units += metrics.advance(char.codePointAt(0)!);
  return (units / metrics.unitsPerEm) * fontSize;
}

/** Whether the whole Source Sans 3 face (before any subsetting) has a glyph for the code point. */
export function hasGlyph(codePoint: number, weight: FontWeight = 'regular'): boolean {
  return metricsOf(weight).glyphOf(codePoint) !== 0;
}
