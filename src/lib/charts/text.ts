/**
 * Wrapping by character count: nothing can measure text at build time, so capacity comes from
 * an average glyph width. Source Sans 3 averages about 0.42 em (regular) to 0.47 em (bold) on
 * the bundled content; the factors below leave room for capitals and for a wider fallback font.
 */

export type FontWeight = 'regular' | 'bold';

const averageCharWidthEm: Record<FontWeight, number> = { regular: 0.5, bold: 0.53 };

/** The baseline-to-baseline distance, as a multiple of the font size. */
export const lineHeightEm = 1.25;

/** A line of text placed at its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

export function charactersPerLine(width: number, fontSize: number, weight: FontWeight = 'regular'): number {
  return Math.max(1, Math.floor(width / (fontSize * averageCharWidthEm[weight])));
}

export function estimatedWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  return [...text].length * fontSize * averageCharWidthEm[weight];
}

/** Splits a word that is longer than a line: after its own hyphens where it has them, else hard. */
function breakWord(word: string, capacity: number): string[] {
  const pieces = word.split(/(?<=-)/);
  return pieces.flatMap((piece) => {
    const chars = [...piece];
    const chunks: string[] = [];
    for (let i = 0; i < chars.length; i += capacity) chunks.push(chars.slice(i, i + capacity).join(''));
    return chunks;
  });
}

/** Greedy line filling: no line exceeds `capacity` characters, and every character is kept. */
export function wrapText(value: string, capacity: number): string[] {
  const words = value.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const pieces = [...word].length > capacity ? breakWord(word, capacity) : [word];
    for (const [index, piece] of pieces.entries()) {
      const joiner = line === '' || index > 0 ? '' : ' ';
      if ([...line].length + joiner.length + [...piece].length <= capacity) {
        line += joiner + piece;
      } else {
        if (line !== '') lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Lines stacked from a first baseline. */
export function placeLines(lines: readonly string[], x: number, firstBaseline: number, fontSize: number): TextLine[] {
  return lines.map((line, index) => ({ text: line, x, y: firstBaseline + index * fontSize * lineHeightEm }));
}

/** Height taken by `count` lines, from the top of the first to the bottom of the last. */
export function linesHeight(count: number, fontSize: number): number {
  return count === 0 ? 0 : fontSize + (count - 1) * fontSize * lineHeightEm;
}
