import { pathRound } from 'd3';
import { palette } from './palette.ts';
import { el, group, svgDocument, text, type ChartText, type Markup } from './svg.ts';
import type { DataTable } from './table.ts';
import { charactersPerLine, linesHeight, placeLines, wrapText, type TextLine } from './text.ts';

/** One step of the chain as the view model has it: `lines` empty means "not reported". */
export interface ChainStep {
  step: string;
  label: string;
  lines: readonly string[];
}

/**
 * The chain as one picture: its steps side by side, for the download and the PDF. On the web page
 * the chain is HTML (components/brief/ResultsChain.astro), which stacks on a phone by itself.
 */
export interface ResultsChainOptions {
  width: number;
  /** Shown in a step that has no lines, in the page's language. */
  notReported: string;
}

export interface ChainItem {
  /** Where the bullet's centre is. */
  bullet: { x: number; y: number };
  lines: TextLine[];
}

export interface ChainBox {
  step: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Height of the band that holds the step's name. */
  headingHeight: number;
  heading: TextLine[];
  items: ChainItem[];
  /** Set, instead of items, when the step has no lines. */
  notReported: TextLine[] | undefined;
}

export interface Arrow {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** A closed triangle whose tip is at `to`. */
  head: string;
}

export interface ResultsChainLayout {
  width: number;
  height: number;
  boxes: ChainBox[];
  arrows: Arrow[];
}

export const chainType = {
  headingSize: 14,
  itemSize: 13,
  padding: 10,
  bulletIndent: 10,
  itemGap: 6,
  /** Room between boxes for the arrow. */
  gap: 26,
} as const;

const { headingSize, itemSize, padding, bulletIndent, itemGap, gap } = chainType;

function arrowBetween(from: { x: number; y: number }, to: { x: number; y: number }): Arrow {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const ux = (to.x - from.x) / length;
  const uy = (to.y - from.y) / length;
  const size = 7;
  const back = { x: to.x - ux * size, y: to.y - uy * size };
  const side = { x: -uy * size * 0.6, y: ux * size * 0.6 };
  const head = pathRound(2);
  head.moveTo(to.x, to.y);
  head.lineTo(back.x + side.x, back.y + side.y);
  head.lineTo(back.x - side.x, back.y - side.y);
  head.closePath();
  return { from, to: back, head: head.toString() };
}

/** The wrapped content of one box, positioned relative to the box's top-left corner. */
function boxContent(step: ChainStep, boxWidth: number, notReported: string) {
  const heading = wrapText(step.label, charactersPerLine(boxWidth - 2 * padding, headingSize, 'bold'));
  const headingHeight = linesHeight(heading.length, headingSize) + 2 * padding;
  let y = headingHeight + padding;
  if (step.lines.length === 0) {
    const lines = wrapText(notReported, charactersPerLine(boxWidth - 2 * padding, itemSize));
    const placed = placeLines(lines, padding, y + itemSize * 0.8, itemSize);
    return { heading, headingHeight, items: [], notReported: placed, contentBottom: y + linesHeight(lines.length, itemSize) };
  }
  const capacity = charactersPerLine(boxWidth - 2 * padding - bulletIndent, itemSize);
  const items = step.lines.map((line, index) => {
    if (index > 0) y += itemGap;
    const wrapped = wrapText(line, capacity);
    const firstBaseline = y + itemSize * 0.8;
    const item: ChainItem = {
      bullet: { x: padding + 3, y: firstBaseline - itemSize * 0.32 },
      lines: placeLines(wrapped, padding + bulletIndent, firstBaseline, itemSize),
    };
    y += linesHeight(wrapped.length, itemSize);
    return item;
  });
  return { heading, headingHeight, items, notReported: undefined, contentBottom: y };
}

function placeBox(
  step: ChainStep,
  content: ReturnType<typeof boxContent>,
  frame: { x: number; y: number; width: number; height: number; headingHeight: number },
): ChainBox {
  const shift = (line: TextLine): TextLine => ({ text: line.text, x: line.x + frame.x, y: line.y + frame.y });
  // A heading band taller than this box's own heading (to line up with its neighbours) centres it.
  const headingOffset = (frame.headingHeight - content.headingHeight) / 2;
  const bandShift = frame.headingHeight - content.headingHeight;
  return {
    step: step.step,
    ...frame,
    heading: placeLines(content.heading, frame.x + padding, frame.y + headingOffset + padding + headingSize * 0.8, headingSize),
    items: content.items.map((item) => ({
      bullet: { x: item.bullet.x + frame.x, y: item.bullet.y + frame.y + bandShift },
      lines: item.lines.map((line) => shift({ ...line, y: line.y + bandShift })),
    })),
    notReported: content.notReported?.map((line) => shift({ ...line, y: line.y + bandShift })),
  };
}

export function resultsChainLayout(steps: readonly ChainStep[], options: ResultsChainOptions): ResultsChainLayout {
  const { width, notReported } = options;
  const boxWidth = (width - gap * (steps.length - 1)) / steps.length;
  const contents = steps.map((step) => boxContent(step, boxWidth, notReported));
  const headingHeight = Math.max(...contents.map((c) => c.headingHeight));
  const height = Math.max(...contents.map((c) => c.contentBottom + (headingHeight - c.headingHeight))) + padding;
  const boxes = steps.map((step, i) =>
    placeBox(step, contents[i]!, { x: i * (boxWidth + gap), y: 0, width: boxWidth, height, headingHeight }),
  );
  const arrows = boxes.slice(1).map((box, i) => {
    const y = headingHeight / 2;
    return arrowBetween({ x: boxes[i]!.x + boxWidth + 3, y }, { x: box.x - 3, y });
  });
  return { width, height: height + 1, boxes, arrows };
}

const cornerRadius = 4;

/** The box's top, with its rounded corners, down to the end of the heading band. */
function headingBand(box: ChainBox): string {
  const left = box.x + 0.5;
  const right = box.x + box.width - 0.5;
  const top = box.y + 0.5;
  const bottom = box.y + box.headingHeight;
  const band = pathRound(2);
  band.moveTo(left, bottom);
  band.arcTo(left, top, right, top, cornerRadius);
  band.arcTo(right, top, right, bottom, cornerRadius);
  band.lineTo(right, bottom);
  band.closePath();
  return band.toString();
}

function lineText(line: TextLine, attributes: Record<string, string | number> = {}): Markup {
  return el('text', { x: line.x, y: line.y, ...attributes }, text(line.text));
}

export function resultsChainSvg(steps: readonly ChainStep[], options: ResultsChainOptions & ChartText): string {
  const layout = resultsChainLayout(steps, options);
  // Half-pixel insets keep the 1px outlines inside the viewBox.
  const boxes = layout.boxes.map((box) =>
    group({ class: `chain-step chain-${box.step}` }, [
      el('rect', {
        x: box.x + 0.5,
        y: box.y + 0.5,
        width: box.width - 1,
        height: box.height - 1,
        rx: cornerRadius,
        fill: palette.background,
        stroke: palette.rule,
      }),
      el('path', { d: headingBand(box), fill: palette.wash, stroke: palette.rule }),
      ...box.heading.map((line) => lineText(line, { 'font-size': headingSize, 'font-weight': 700, fill: palette.ink })),
      ...box.items.flatMap((item) => [
        el('circle', { cx: item.bullet.x, cy: item.bullet.y, r: 2, fill: palette.ink }),
        ...item.lines.map((line) => lineText(line, { 'font-size': itemSize, fill: palette.ink })),
      ]),
      ...(box.notReported ?? []).map((line) =>
        lineText(line, { 'font-size': itemSize, 'font-style': 'italic', fill: palette.muted, class: 'not-reported' }),
      ),
    ]),
  );
  const arrows = layout.arrows.map((arrow) =>
    group({ class: 'chain-arrow' }, [
      el('line', {
        x1: arrow.from.x,
        y1: arrow.from.y,
        x2: arrow.to.x,
        y2: arrow.to.y,
        stroke: palette.ink,
        'stroke-width': 1.5,
      }),
      el('path', { d: arrow.head, fill: palette.ink }),
    ]),
  );
  return svgDocument({ ...options, width: layout.width, height: layout.height, className: 'chart-results-chain' }, [
    ...boxes,
    ...arrows,
  ]);
}

export function resultsChainTable(
  steps: readonly ChainStep[],
  labels: { header: [step: string, line: string]; notReported: string },
): DataTable {
  return {
    header: [...labels.header],
    rows: steps.flatMap((step) =>
      step.lines.length ? step.lines.map((line) => [step.label, line]) : [[step.label, labels.notReported]],
    ),
  };
}
