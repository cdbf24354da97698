import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fontSubsets, inSubset } from '../src/lib/fonts/subsets.ts';
import { hasGlyph } from './charts/font-metrics.ts';

const dist = inject('distDir');

/** The text a page shows, HTML and inline SVG alike: no scripts, styles, tags or entities. */
function shownText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' })[name]!);
}

describe('the web font subsets on the built site', () => {
  it('draw every character a page shows that Source Sans 3 has: subsetting lost no glyph', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter(
      (file) => file.endsWith('.html') && !file.startsWith('admin'),
    );
    expect(pages.length).toBeGreaterThan(50);
    const lost = new Map<string, string>();
    for (const page of pages) {
      for (const char of shownText(await readFile(join(dist, page), 'utf8'))) {
        const point = char.codePointAt(0)!;
        if (point < 0x20 || lost.has(char) || !hasGlyph(point)) continue;
        if (!fontSubsets.some((subset) => inSubset(subset, point))) lost.set(char, `U+${point.toString(16)} on ${page}`);
      }
    }
    expect([...lost.values()]).toEqual([]);
  });
});
