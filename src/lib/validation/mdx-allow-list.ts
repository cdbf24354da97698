/**
 * What the narrative of a content file (its MDX body) may contain besides Markdown: three
 * components, each with the attributes it accepts. The validator checks bodies against this
 * list and the brief page provides exactly these components, so allowing a component is one
 * edit here plus its `.astro` file in `src/components/mdx/`.
 */

export interface AttributeRule {
  description: string;
  required?: boolean;
  /** An address: checked like Markdown links (http, https, mailto or a path; never javascript: or data:). */
  address?: boolean;
  values?: readonly string[];
}

export interface ComponentRule {
  description: string;
  /** What the text between the opening and the closing tag is for. */
  children: string;
  attributes: Record<string, AttributeRule>;
  example: string;
}

export const mdxComponentRules = {
  Figure: {
    description: 'An image, with a caption.',
    children: 'The caption, in Markdown (optional).',
    attributes: {
      src: { description: 'The address of the image (https://…).', required: true, address: true },
      alt: { description: 'What the image shows, for readers who cannot see it.', required: true },
    },
    example:
      '<Figure src="https://example.org/photo.jpg" alt="Clients at a training session">\nA training session for clients.\n</Figure>',
  },
  Callout: {
    description: 'A highlighted box for a point a reader must not miss.',
    children: 'The text of the box, in Markdown.',
    attributes: {
      type: { description: 'How strongly it is highlighted (default note).', values: ['note', 'important', 'warning'] },
      title: { description: 'A short heading for the box.' },
    },
    example:
      '<Callout type="important" title="Small sample">\nRead these results as indicative: few clients answered the last survey.\n</Callout>',
  },
  Quote: {
    description: 'A quotation, with who said it.',
    children: 'The quoted words, in Markdown.',
    attributes: {
      by: { description: 'Who said or wrote it.' },
      cite: { description: 'The address of the document it comes from.', address: true },
    },
    example: '<Quote by="A client">\nThe words as the source gives them.\n</Quote>',
  },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof mdxComponentRules;

export const mdxComponentNames = Object.keys(mdxComponentRules) as MdxComponentName[];

/** Address schemes a link, an image or a component may use; anything else (javascript:, data:, file:, …) is refused. */
export const allowedSchemes = ['http', 'https', 'mailto'] as const;
export const allowedAddresses = 'an https:, http: or mailto: address, or a path on this site';

/**
 * Markdown constructs the narrative may use (mdast node types, GitHub-flavoured Markdown
 * included). Anything else the parser produces is refused, so a new parser feature is denied
 * until someone decides it is safe.
 */
export const markdownNodeTypes: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
]);
