/**
 * Shards of the factsheets, for typesetting them on several machines (`npm run factsheets --
 * --shard i/n`). An innovation's shard follows from a hash of its id alone, so every machine
 * computes the same split, and adding a brief moves no other brief to another shard (each
 * shard's cache stays warm).
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** From 1 to `count`. */
  index: number;
  count: number;
}

/** `"2/4"` as a shard, or an error that says what is valid. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4 (found "${text}")`);
  }
  return { index, count };
}

export function inShard(id: string, shard: Shard): boolean {
  return createHash('sha256').update(id).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
