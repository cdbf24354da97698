import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/lib/narrative-tree.ts';
import { narrativeBlocks, NarrativeError, type Span } from '../../src/lib/pdf/markdown.ts';

const origin = { file: 'content/innovations/sample.mdx', firstLine: 20, baseUrl: 'https://briefs.example.org/' };
const span = (text: string, style: Partial<Span> = {}): Span => ({
  text,
  strong: false,
  emph: false,
  strike: false,
  href: null,
  ...style,
});

describe('the narrative as data for the PDF', () => {
  it('reads the tree the validator parsed, the same as the body on its own', () => {
    const file = '---\ntitle: A brief\n---\n\nA **bold** step.\n';
    const { tree } = parseNarrative(file);
    expect(tree).toBeDefined();
    expect(narrativeBlocks(tree!, { ...origin, firstLine: 1 })).toEqual(narrativeBlocks('A **bold** step.\n', origin));
  });

  it('reads paragraphs, headings, emphasis, links and lists', () => {
    const blocks = narrativeBlocks(
      '## What *they* tried\n\nA **bold** step,\nthen [more](https://example.org).\n\n1. one\n2. two\n',
      origin,
    );
    expect(blocks).toEqual([
      { kind: 'heading', spans: [span('What '), span('they', { emph: true }), span(' tried')] },
      {
        kind: 'paragraph',
        spans: [
          span('A '),
          span('bold', { strong: true }),
          span(' step, then '),
          span('more', { href: 'https://example.org/' }),
          span('.'),
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [[{ kind: 'paragraph', spans: [span('one')] }], [{ kind: 'paragraph', spans: [span('two')] }]],
      },
    ]);
  });

  it('makes links to pages of the site absolute, so that they work from the PDF', () => {
    expect(narrativeBlocks('See [IMON](/mfis/imon-international/).', origin)).toEqual([
      {
        kind: 'paragraph',
        spans: [span('See '), span('IMON', { href: 'https://briefs.example.org/mfis/imon-international/' }), span('.')],
      },
    ]);
  });

  it('keeps Typst-special characters as plain text', () => {
    const text = 'Costs: $5 # 3 @ 10% [sic] = \\* a_b';
    expect(narrativeBlocks(text, origin)).toEqual([{ kind: 'paragraph', spans: [span('Costs: $5 # 3 @ 10% [sic] = * a_b')] }]);
  });

  it('reads the allowed components', () => {
    const blocks = narrativeBlocks(
      '<Callout type="important" title="Note">\nRead *carefully*.\n</Callout>\n\n<Quote by="A client">\nWords.\n</Quote>\n',
      origin,
    );
    expect(blocks).toEqual([
      {
        kind: 'callout',
        tone: 'important',
        title: 'Note',
        blocks: [{ kind: 'paragraph', spans: [span('Read '), span('carefully', { emph: true }), span('.')] }],
      },
      { kind: 'quote', by: 'A client', blocks: [{ kind: 'paragraph', spans: [span('Words.')] }] },
    ]);
  });

  it('names the file and line of anything it cannot show', () => {
    expect(() => narrativeBlocks('Fine.\n\n<Chart data="x" />\n', origin)).toThrow(NarrativeError);
    expect(() => narrativeBlocks('Fine.\n\n<Chart data="x" />\n', origin)).toThrow(
      /^content\/innovations\/sample\.mdx:22: the PDF factsheet cannot show <Chart>/,
    );
  });
});
