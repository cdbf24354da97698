/**
 * Reads the bytes of one content file and decides whether they may be read as content at all:
 * a regular file inside content/ (never a symbolic link, nothing that resolves elsewhere), of a
 * size a person writes, in UTF-8, without NUL bytes. The validator and the Astro loader both read
 * through here, so a file one of them refuses the other never sees.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Problem } from './problem.ts';

/** Content files are written by hand; anything larger is a mistake or an attempt to exhaust the parser. */
export const maxContentBytes = 1_000_000;

export type SourceOutcome = { text: string; problems?: never } | { text?: never; problems: Problem[] };

const refuse = (
  file: string,
  message: string,
  details: Pick<Problem, 'found' | 'expected'> & { line?: number; column?: number } = {},
): SourceOutcome => {
  const { line = 1, column = 1, ...rest } = details;
  return { problems: [{ file, line, column, field: '', message, ...rest }] };
};

/** Line and column (counted in characters) of byte `offset` in `bytes`, whose prefix is valid UTF-8. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let codePoint = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/** The text of `bytes`, or the problem that keeps them from being content (not UTF-8, a NUL byte). */
export function decodeContent(bytes: Uint8Array, file: string): SourceOutcome {
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const found = `the byte 0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return refuse(file, 'the file is not UTF-8 text here', {
      ...positionOfByte(bytes, invalid),
      found,
      expected: 'a file saved as UTF-8',
    });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return refuse(file, 'a NUL byte (character 0) is in the file', {
      ...positionOfByte(bytes, nul),
      expected: 'text without control characters',
    });
  }
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

/**
 * The text of the content file at `path` (shown as `file`), refused unless it is a regular file
 * whose real location is inside `contentDir`.
 */
export async function readContentSource(contentDir: string, path: string, file: string): Promise<SourceOutcome> {
  const expected = 'a regular file inside content/';
  // Synchronous calls: thousands of small files read in a row, where a promise per call costs more than the call.
  let info: ReturnType<typeof lstatSync>;
  try {
    info = lstatSync(path);
  } catch (error) {
    return refuse(file, `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`, { expected });
  }
  if (info.isSymbolicLink())
    return refuse(file, 'the file is a symbolic link; content files are read only as they are', { expected });
  if (!info.isFile()) return refuse(file, 'not a file', { expected });
  const [realFile, realContent] = [realpathSync.native(path), realpathSync.native(contentDir)];
  const inside = relative(realContent, realFile);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || inside.startsWith(sep)) {
    return refuse(file, 'the file resolves to a place outside content/', { expected });
  }
  if (info.size > maxContentBytes) {
    return refuse(file, 'the file is too large to be a content file', {
      found: `${info.size} bytes`,
      expected: `at most ${maxContentBytes} bytes`,
    });
  }
  return decodeContent(readFileSync(path), file);
}
