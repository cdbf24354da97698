import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactsheetRenderer, type RenderedPdf } from '../../src/lib/pdf/render.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import type { Innovation } from '../../src/schemas/index.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { inspectPdf, squash } from './inspect.ts';

describe('a made-up innovation far longer than two pages', () => {
  let innovation: Innovation;
  let rendered: RenderedPdf;
  let text: string;
  let body: string;

  beforeAll(async () => {
    const root = await fixtureProject('long-innovation');
    const report = await validateContent(root);
    expect(report.problems).toEqual([]);
    const entry = report.entries.find((e) => e.kind === 'innovations' && e.id === 'long-innovation')!;
    innovation = entry.data as Innovation;
    body = await readFile(join(root, entry.file), 'utf8');
    rendered = (await createFactsheetRenderer({ root, entries: report.entries })).innovation('long-innovation');
    text = squash((await inspectPdf(rendered.pdf)).text.join('\n'));
  });

  it('still fits in two pages, by cutting its narrative', () => {
    expect(rendered.pages).toBeLessThanOrEqual(2);
    expect(rendered.omitted.join(', ')).toMatch(/\d+ of \d+ narrative blocks/);
  });

  it('marks the cut with a link to the web brief', () => {
    expect(text).toContain(
      squash('The story continues in the web brief: https://fixture.example.org/innovations/long-innovation/'),
    );
  });

  it('cuts between paragraphs: the first is whole, the last is gone', () => {
    const paragraphs = body.split('\n\n').filter((block) => block.startsWith('Paragraph '));
    const plain = (paragraph: string) => squash(paragraph.replace(/\*+/g, ''));
    expect(text).toContain(plain(paragraphs[0]!));
    expect(text).not.toContain(squash(paragraphs.at(-1)!.slice(0, 30)));
  });

  it('keeps every result and every recommendation, Typst-special characters included', () => {
    for (const result of innovation.results) expect(text, result.outcome).toContain(squash(result.outcome));
    for (const recommendation of innovation.recommendations ?? []) expect(text).toContain(squash(recommendation));
    expect(text).toContain(squash('#1 priority on insurance: a premium of $4 a year @ 5% [sic]'));
  });
});
