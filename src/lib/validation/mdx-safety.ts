/**
 * Refuses MDX bodies that could do more than show text: MDX is a programming language (imports,
 * JavaScript expressions, any HTML or JSX element), and a content pull request must never be
 * able to run code on a reader's browser or at build time. The body is parsed with the parser
 * Astro's MDX integration compiles it with (Sätteri), after cutting the frontmatter by Astro's
 * own rule (both come with @astrojs/mdx), so that what is checked is what Astro would compile;
 * every node must be Markdown or one of the allowed components.
 */
import { type NarrativeParse, parseNarrative } from '../narrative-tree.ts';
import { describeValue } from './issues.ts';
import {
  allowedAddresses,
  allowedSchemes,
  markdownNodeTypes,
  mdxComponentNames,
  mdxComponentRules,
  type ComponentRule,
} from './mdx-allow-list.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface AttributeNode {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string };
}

/** The parts of an mdast node this check reads (the parser's own types are a much larger union). */
interface MdastNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: MdastNode[];
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: AttributeNode[];
}

const componentList = mdxComponentNames.map((name) => `<${name}>`).join(', ');
const markdownOrComponents = `Markdown, or one of the components ${componentList}`;
const expressionMessage = 'JavaScript expressions in { } are not allowed in the narrative';

/** The scheme of an address (`javascript` for "JavaScript:alert(1)"), or undefined for a path. */
export function addressScheme(address: string): string | undefined {
  // Browsers skip control characters and spaces inside a scheme ("java\tscript:" runs), so this does too.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  const compact = address.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

const firstLine = (text: string) => text.split('\n')[0] ?? '';

/** An address written in a narrative (a link, an image, a component's address attribute), and where. */
export interface NarrativeAddress {
  address: string;
  line: number;
  column: number;
}

/**
 * Every way the MDX body of `text` (a whole content file, frontmatter included) goes beyond
 * Markdown and the allowed components, located by line and column of the file. Each allowed
 * address found on the way is passed to `onAddress` (for the internal-link check).
 */
export function checkMdxBody(text: string, file: string, onAddress?: (address: NarrativeAddress) => void): Problem[] {
  return checkNarrative(parseNarrative(text), file, onAddress);
}

/** The same check on a narrative already parsed (the validator parses each body once). */
export function checkNarrative(parsed: NarrativeParse, file: string, onAddress?: (address: NarrativeAddress) => void): Problem[] {
  if (parsed.syntaxError !== undefined) return [syntaxProblem(parsed.syntaxError, file)];
  const { source } = parsed;
  const tree = parsed.tree as unknown as MdastNode;

  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const pointAt = (offset: number) => {
    const line = lineStarts.findLastIndex((start) => start <= offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };

  const problems: Problem[] = [];
  const add = (
    node: MdastNode,
    message: string,
    details: { found?: string; expected?: string } = {},
    at?: { line: number; column: number },
  ) => {
    const start = at ?? node.position?.start ?? { line: 1, column: 1 };
    problems.push({ file, line: start.line, column: start.column, field: '', message, ...details });
  };

  /** Where an attribute is written inside an element's opening tag (the parser gives attributes no position). */
  const attributeAt = (element: MdastNode, attribute: AttributeNode) => {
    const from = element.position?.start.offset;
    if (from === undefined) return undefined;
    const to = element.position?.end.offset ?? source.length;
    const tag = source.slice(from, to);
    const escapeRegExp = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern =
      attribute.type === 'mdxJsxExpressionAttribute'
        ? new RegExp(`\\{\\s*${escapeRegExp(String(attribute.value ?? ''))}`)
        : new RegExp(`(?<=\\s)${escapeRegExp(attribute.name ?? '')}(?=[\\s=/>]|$)`);
    const match = pattern.exec(tag);
    return match ? pointAt(from + match.index) : undefined;
  };

  const checkAddress = (node: MdastNode, what: string, address: string, at?: { line: number; column: number }) => {
    const scheme = addressScheme(address);
    if (scheme !== undefined && !(allowedSchemes as readonly string[]).includes(scheme)) {
      add(
        node,
        `${what}: "${scheme}:" addresses are not allowed`,
        { found: describeValue(address), expected: allowedAddresses },
        at,
      );
    } else {
      const start = at ?? node.position?.start ?? { line: 1, column: 1 };
      onAddress?.({ address, line: start.line, column: start.column });
    }
  };

  const checkComponent = (node: MdastNode, name: string, rule: ComponentRule) => {
    const allowedAttributes = Object.keys(rule.attributes);
    const expectedAttributes = allowedAttributes.length ? `the attributes ${allowedAttributes.join(', ')}` : 'no attributes';
    const seen = new Set<string>();
    for (const attribute of node.attributes ?? []) {
      const at = attributeAt(node, attribute);
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        add(
          node,
          expressionMessage,
          { found: describeValue(`{${String(attribute.value ?? '')}}`), expected: expectedAttributes },
          at,
        );
        continue;
      }
      const attributeName = attribute.name;
      seen.add(attributeName);
      const attributeRule = Object.hasOwn(rule.attributes, attributeName) ? rule.attributes[attributeName] : undefined;
      if (/^on/i.test(attributeName)) {
        add(node, `<${name} ${attributeName}>: event-handler attributes are not allowed`, { expected: expectedAttributes }, at);
      } else if (!attributeRule) {
        const guess = didYouMean(attributeName, allowedAttributes);
        add(
          node,
          `<${name}> has no attribute "${attributeName}"${guess ? `; did you mean "${guess}"?` : ''}`,
          { expected: expectedAttributes },
          at,
        );
      } else if (attribute.value !== null && typeof attribute.value === 'object') {
        add(
          node,
          `<${name} ${attributeName}>: ${expressionMessage}; write the value in quotes`,
          { found: describeValue(`{${attribute.value.value}}`), expected: `${attributeName}="…"` },
          at,
        );
      } else if (typeof attribute.value !== 'string') {
        add(node, `<${name} ${attributeName}>: the attribute needs a value in quotes`, { expected: `${attributeName}="…"` }, at);
      } else if (attributeRule.values && !attributeRule.values.includes(attribute.value)) {
        const guess = didYouMean(attribute.value, attributeRule.values);
        add(
          node,
          `<${name} ${attributeName}>: unknown value${guess ? `; did you mean "${guess}"?` : ''}`,
          { found: describeValue(attribute.value), expected: `one of ${attributeRule.values.join(', ')}` },
          at,
        );
      } else if (attributeRule.address) {
        checkAddress(node, `<${name} ${attributeName}>`, attribute.value, at);
      }
    }
    for (const [attributeName, attributeRule] of Object.entries(rule.attributes)) {
      if (attributeRule.required && !seen.has(attributeName)) {
        add(node, `<${name}> needs the attribute ${attributeName}`, { expected: `${attributeName}="…"` });
      }
    }
  };

  const checkElement = (node: MdastNode) => {
    const name = node.name ?? '';
    if (Object.hasOwn(mdxComponentRules, name)) {
      checkComponent(node, name, mdxComponentRules[name as keyof typeof mdxComponentRules]);
    } else if (/^[A-Z]/.test(name)) {
      const guess = didYouMean(name, mdxComponentNames);
      add(node, `unknown component <${name}>${guess ? `; did you mean "${guess}"?` : ''}`, {
        expected: `one of the components ${componentList}`,
      });
    } else {
      add(node, `the HTML element <${name}> is not allowed in the narrative`, { expected: markdownOrComponents });
    }
  };

  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(node, 'import and export are not allowed in the narrative', {
          found: describeValue(firstLine(node.value ?? '')),
          expected: `Markdown, and the components ${componentList}, which need no import`,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(node, expressionMessage, {
          found: describeValue(`{${node.value ?? ''}}`),
          expected: 'plain text; write \\{ for a curly brace',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'link':
      case 'image':
      case 'definition':
        checkAddress(node, node.type === 'definition' ? 'link definition' : node.type, node.url ?? '');
        break;
      default:
        if (!markdownNodeTypes.has(node.type))
          add(node, `"${node.type}" is not allowed in the narrative`, { expected: markdownOrComponents });
    }
    for (const child of node.children ?? []) visit(child);
  };

  visit(tree);
  return problems;
}

/** The parser stops at the first syntax error; its message starts with `line:column:`. */
function syntaxProblem(error: string, file: string): Problem {
  const text = firstLine(error);
  const match = /^(\d+):(\d+):\s*(.*)$/.exec(text);
  const message = (match ? match[3]! : text).replace(/\s*\([a-z-]+:[a-z-]+\)$/, '');
  return {
    file,
    line: match ? Number(match[1]) : 1,
    column: match ? Number(match[2]) : 1,
    field: '',
    message: `MDX syntax error: ${message}`,
  };
}
