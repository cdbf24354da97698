/**
 * A strict little XML reader for the charts' SVG: enough to prove a string is one well-formed
 * element tree (balanced tags, quoted attributes, no stray `<` or `&`), and to look inside it.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded. */
  text: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function decode(raw: string, where: string): string {
  if (/<|&(?!(?:amp|lt|gt|quot|#39);)/.test(raw)) throw new Error(`unescaped markup in ${where}: ${raw.slice(0, 80)}`);
  return raw.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);
}

export function parseXml(source: string): XmlElement {
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/y;
  const attribute = /\s+([\w:-]+)="([^"]*)"/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let position = 0;
  while (position < source.length) {
    const next = source.indexOf('<', position);
    const raw = source.slice(position, next === -1 ? source.length : next);
    if (raw.trim() !== '') {
      const parent = stack.at(-1);
      if (!parent) throw new Error(`text outside the root element: ${raw.slice(0, 80)}`);
      parent.text += decode(raw, `<${parent.name}>`);
    }
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(source);
    if (!match) throw new Error(`malformed tag at ${next}: ${source.slice(next, next + 80)}`);
    const [, closing, name, attrs, selfClosing] = match as unknown as [string, string, string, string, string];
    position = tag.lastIndex;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const element: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (const [, key, value] of attrs!.matchAll(attribute)) {
      if (key! in element.attributes) throw new Error(`<${name}> repeats the attribute ${key}`);
      element.attributes[key!] = decode(value!, `${name}@${key}`);
    }
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else if (root) throw new Error('a second root element');
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (!root) throw new Error('no element');
  return root;
}

export function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

/** The text of every <text> element, in document order. */
export function texts(element: XmlElement): string[] {
  return descendants(element)
    .filter((e) => e.name === 'text')
    .map((e) => e.text);
}
