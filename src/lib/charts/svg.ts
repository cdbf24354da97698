/**
 * A small SVG writer. Every chart is a string that must render the same inline in a web page
 * and inside a Typst PDF, so appearance goes into presentation attributes, never into CSS, and
 * every piece of text passes through `escapeXml` on its way in.
 */

/** A piece of SVG markup. Text becomes markup only through `text()` or `el()`, which escape it. */
export interface Markup {
  readonly svg: string;
}

export type AttributeValue = string | number | undefined | false;

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => xmlEntities[char]!);
}

/** Two decimals are finer than any screen or printer needs, and keep the SVG small. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The stack that the site and the PDF both ship; quoted because a bare "3" is not a CSS identifier. */
export const fontFamily = "'Source Sans 3', sans-serif";

export function text(value: string): Markup {
  return { svg: escapeXml(value) };
}

function attribute(name: string, value: AttributeValue): string {
  if (value === undefined || value === false) return '';
  return ` ${name}="${escapeXml(typeof value === 'number' ? String(round(value)) : value)}"`;
}

export function el(tag: string, attributes: Record<string, AttributeValue>, ...children: Markup[]): Markup {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => attribute(name, value))
    .join('');
  return { svg: children.length ? `<${tag}${attrs}>${children.map((c) => c.svg).join('')}</${tag}>` : `<${tag}${attrs}/>` };
}

export function group(attributes: Record<string, AttributeValue>, children: Markup[]): Markup {
  return el('g', attributes, ...children);
}

/** Ids of one chart's title and description; the prefix keeps several charts on a page apart. */
export interface ChartIds {
  title: string;
  desc: string;
  /** An id for anything else the chart defines (a pattern, a clip path). */
  local(name: string): string;
}

export function chartIds(prefix: string): ChartIds {
  if (!/^[A-Za-z][\w-]*$/.test(prefix)) {
    throw new Error(`chart id prefix "${prefix}" must start with a letter and hold only letters, digits, "-" and "_"`);
  }
  return { title: `${prefix}-title`, desc: `${prefix}-desc`, local: (name) => `${prefix}-${name}` };
}

/** What every chart says about itself, for screen readers and for the page. */
export interface ChartText {
  /** Unique on the page: the ids of the title and description derive from it. */
  idPrefix: string;
  title: string;
  description: string;
}

/**
 * A standalone, accessible SVG document: usable with `set:html` and as an image in Typst. A chart
 * is one image to assistive technology; a chart with links inside (the map) is a group instead,
 * since an image cannot contain controls.
 */
export function svgDocument(
  chart: ChartText & { width: number; height: number; className: string; interactive?: boolean },
  body: Markup[],
): string {
  const ids = chartIds(chart.idPrefix);
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${round(chart.width)} ${round(chart.height)}`,
      width: chart.width,
      height: chart.height,
      role: chart.interactive ? 'group' : 'img',
      'aria-labelledby': `${ids.title} ${ids.desc}`,
      class: `chart ${chart.className}`,
      'font-family': fontFamily,
    },
    el('title', { id: ids.title }, text(chart.title)),
    el('desc', { id: ids.desc }, text(chart.description)),
    ...body,
  ).svg;
}
