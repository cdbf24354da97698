/**
 * The narrative of a brief (its MDX body) as plain data for the PDF template: blocks holding
 * styled runs of text. The body is parsed by the parser Astro's MDX integration compiles it
 * with (Sätteri), the one the validator checks it with, so the PDF reads the same tree as the
 * web page. Text stays data all the way into Typst (it travels as JSON), so no character of the
 * content can ever be read as Typst markup, and nothing needs escaping.
 */
import { mdxToMdast } from 'satteri';
import type { NarrativeTree } from '../narrative-tree.ts';

export interface Span {
  text: string;
  strong: boolean;
  emph: boolean;
  strike: boolean;
  href: string | null;
}

export type Block =
  | { kind: 'heading'; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; by: string | null; blocks: Block[] }
  | { kind: 'callout'; tone: string; title: string | null; blocks: Block[] }
  | { kind: 'figure'; alt: string; src: string; caption: Block[] }
  | { kind: 'table'; rows: Span[][][] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

export interface BodyOrigin {
  file: string;
  /** The line of the file the body starts on, so that a problem names the file's own line. */
  firstLine: number;
  /** The site's address: a link to a path on the site must still work from a PDF. */
  baseUrl: string;
}

export class NarrativeError extends Error {
  override name = 'NarrativeError';
}

/** The parts of an mdast node read here (the parser's own types are a much larger union). */
interface MdastNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  label?: string | null;
  identifier?: string;
  ordered?: boolean | null;
  start?: number | null;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

type Style = Omit<Span, 'text'>;

const plain: Style = { strong: false, emph: false, strike: false, href: null };

function attribute(node: MdastNode, name: string): string | null {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : null;
}

/**
 * The blocks of a narrative: `body` is the tree the validator parsed (with the file's own lines;
 * `origin.firstLine` is then 1), or a bare body to parse here (for tests and tools).
 */
export function narrativeBlocks(body: string | NarrativeTree, origin: BodyOrigin): Block[] {
  const tree = (typeof body === 'string'
    ? mdxToMdast(body, { features: { gfm: true, frontmatter: false } })
    : body) as unknown as MdastNode;
  const definitions = new Map<string, string>();
  const collect = (node: MdastNode) => {
    if (node.type === 'definition' && node.identifier && node.url) definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(tree);

  const address = (url: string | undefined) => (url ? new URL(url, origin.baseUrl).href : null);

  const unsupported = (node: MdastNode): never => {
    throw new NarrativeError(
      `${origin.file}:${origin.firstLine + (node.position?.start.line ?? 1) - 1}: the PDF factsheet cannot show ` +
        `${node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement' ? `<${node.name}>` : `a Markdown ${node.type}`} ` +
        'in the narrative yet (src/lib/pdf/markdown.ts)',
    );
  };

  const inline = (nodes: readonly MdastNode[] = [], style: Style = plain): Span[] =>
    nodes.flatMap((node): Span[] => {
      switch (node.type) {
        case 'text':
          // A soft line break in the source is a space on the page.
          return [{ text: (node.value ?? '').replace(/\s*\n\s*/g, ' '), ...style }];
        case 'inlineCode':
          return [{ text: node.value ?? '', ...style }];
        case 'break':
          return [{ text: '\n', ...style }];
        case 'emphasis':
          return inline(node.children, { ...style, emph: true });
        case 'strong':
          return inline(node.children, { ...style, strong: true });
        case 'delete':
          return inline(node.children, { ...style, strike: true });
        case 'link':
          return inline(node.children, { ...style, href: address(node.url) });
        case 'linkReference':
          return inline(node.children, { ...style, href: address(definitions.get(node.identifier ?? '')) });
        // Images are not fetched at build time; their description stands in for them.
        case 'image':
        case 'imageReference':
          return node.alt ? [{ text: node.alt, ...style, emph: true }] : [];
        case 'footnoteReference':
          return [{ text: `[${node.label ?? node.identifier}]`, ...style }];
        case 'mdxJsxTextElement':
          return inline(node.children, style);
        default:
          return unsupported(node);
      }
    });

  const blocks = (nodes: readonly MdastNode[] = []): Block[] =>
    nodes.flatMap((node): Block[] => {
      switch (node.type) {
        case 'heading':
          return [{ kind: 'heading', spans: inline(node.children) }];
        case 'paragraph':
          return [{ kind: 'paragraph', spans: inline(node.children) }];
        case 'list':
          return [
            {
              kind: 'list',
              ordered: node.ordered === true,
              start: node.start ?? 1,
              items: (node.children ?? []).map((item) => blocks(item.children)),
            },
          ];
        case 'blockquote':
          return [{ kind: 'quote', by: null, blocks: blocks(node.children) }];
        case 'code':
          return [{ kind: 'code', text: node.value ?? '' }];
        case 'thematicBreak':
          return [{ kind: 'rule' }];
        case 'table':
          return [
            {
              kind: 'table',
              rows: (node.children ?? []).map((row) => (row.children ?? []).map((cell) => inline(cell.children))),
            },
          ];
        case 'definition':
          return [];
        case 'footnoteDefinition': {
          const [first, ...rest] = blocks(node.children);
          const label: Span = { text: `[${node.label ?? node.identifier}] `, ...plain };
          return first?.kind === 'paragraph'
            ? [{ ...first, spans: [label, ...first.spans] }, ...rest]
            : [{ kind: 'paragraph', spans: [label] }, ...blocks(node.children)];
        }
        case 'mdxJsxFlowElement':
          if (node.name === 'Quote') return [{ kind: 'quote', by: attribute(node, 'by'), blocks: blocks(node.children) }];
          if (node.name === 'Callout')
            return [
              {
                kind: 'callout',
                tone: attribute(node, 'type') ?? 'note',
                title: attribute(node, 'title'),
                blocks: blocks(node.children),
              },
            ];
          if (node.name === 'Figure') {
            return [
              {
                kind: 'figure',
                alt: attribute(node, 'alt') ?? '',
                src: address(attribute(node, 'src') ?? undefined) ?? '',
                caption: blocks(node.children),
              },
            ];
          }
          return unsupported(node);
        default:
          return unsupported(node);
      }
    });

  return blocks(tree.children);
}
