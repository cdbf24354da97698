import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  keyFiguresSvg,
  resultsChainSvg,
  resultsSvg,
  timelineSvg,
  worldMapSvg,
  type ChartText,
} from '../../src/lib/charts/index.ts';
import { chartIds, el, escapeXml, svgDocument, text } from '../../src/lib/charts/svg.ts';
import { chainSteps, innovation, phases, programme, resultData } from './content.ts';
import { descendants, parseXml, texts, type XmlElement } from './xml.ts';

const nasty = `Tom & Jerry's <b>"best"</b> ]]> &amp;`;
const resultsLabels = {
  marker: (kind: string) => kind,
  tone: (tone: string) => tone,
  significance: (s: string) => s,
  unit: (unit: string) => unit,
  withoutEffectSize: 'Without an effect size',
  range: 'Range',
  ci: 'CI',
  legend: { change: 'Change', judgement: 'Judgement', significance: 'Significance', effectSize: 'Effect size' },
};

/** One of each chart, on bundled content, with the caller's words in `chart`. */
function everyChart(chart: (name: string) => ChartText): Record<string, string> {
  const nrsp = innovation('nrsp-family-health-insurance');
  const mf4dw = programme('mf4dw');
  return {
    resultsChain: resultsChainSvg(chainSteps(nrsp), {
      ...chart('chain'),
      width: 960,
      notReported: 'not reported',
    }),
    results: resultsSvg(resultData(nrsp), { ...chart('results'), width: 760, locale: 'en', labels: resultsLabels }),
    keyFigures: keyFiguresSvg(
      [
        { label: 'Women borrowers', value: '39%', proportion: 0.39 },
        { label: 'Offices', value: undefined },
      ],
      { ...chart('figures'), width: 500, notReported: 'not reported', caption: 'Figures as of 2011' },
    ),
    timeline: timelineSvg(phases(mf4dw), [{ label: 'Baseline', date: '2009-04' }], {
      ...chart('timeline'),
      width: 760,
      locale: 'en',
      roundsLabel: 'Survey rounds',
    }),
    worldMap: worldMapSvg({
      ...chart('map'),
      width: 760,
      highlighted: mf4dw.countries ?? [],
      countryName: (code) => code,
      href: (code) => `/countries/${code}/`,
    }),
  };
}

const charts = everyChart((name) => ({
  idPrefix: `brief-${name}`,
  title: `Title of ${name}`,
  description: `Description of ${name}`,
}));

describe('SVG writing', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(el('text', { 'data-x': '"&' }, text('<&>')).svg).toBe('<text data-x="&quot;&amp;">&lt;&amp;&gt;</text>');
  });

  it('rounds coordinates to hundredths and leaves out absent attributes', () => {
    expect(el('rect', { x: 1 / 3, y: 2, fill: undefined, stroke: false }).svg).toBe('<rect x="0.33" y="2"/>');
  });

  it('derives ids from a prefix, and refuses one that is not a valid id', () => {
    expect(chartIds('brief-chain')).toMatchObject({ title: 'brief-chain-title', desc: 'brief-chain-desc' });
    expect(() => chartIds('1chain')).toThrow(/must start with a letter/);
    expect(() => chartIds('a b')).toThrow();
    expect(() => svgDocument({ idPrefix: 'x"y', title: '', description: '', width: 1, height: 1, className: 'c' }, [])).toThrow();
  });

  it('keeps text that looks like markup as text, in every chart', () => {
    const hostile = everyChart((name) => ({ idPrefix: name, title: nasty, description: nasty }));
    const chain = resultsChainSvg([{ step: 'in"puts', label: nasty, lines: [nasty] }], {
      idPrefix: 'c',
      title: nasty,
      description: nasty,
      width: 400,
      notReported: nasty,
    });
    for (const svg of [...Object.values(hostile), chain]) {
      const tree = parseXml(svg);
      expect(tree.children.find((e) => e.name === 'title')!.text).toBe(nasty);
      expect(tree.children.find((e) => e.name === 'desc')!.text).toBe(nasty);
    }
    expect(texts(parseXml(chain)).join(' ')).toContain('Tom & Jerry');
    expect(parseXml(chain).children.find((e) => e.name === 'g')!.attributes.class).toBe('chain-step chain-in"puts');
  });
});

describe.each(Object.entries(charts))('the %s chart', (name, svg) => {
  const tree = parseXml(svg);

  it('is one well-formed, standalone SVG element with a viewBox and the shared font', () => {
    expect(tree.name).toBe('svg');
    expect(tree.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    const [x, y, width, height] = tree.attributes.viewBox!.split(' ').map(Number);
    expect([x, y]).toEqual([0, 0]);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(tree.attributes['font-family']).toBe("'Source Sans 3', sans-serif");
    expect(svg).not.toMatch(/<style|\sstyle=/);
  });

  it('is an image (or, with links inside, a group) named by its own title and description', () => {
    expect(tree.attributes.role).toBe(svg.includes('<a ') ? 'group' : 'img');
    const [titleId, descId] = tree.attributes['aria-labelledby']!.split(' ');
    const [title, desc] = tree.children;
    expect(title).toMatchObject({ name: 'title', attributes: { id: titleId } });
    expect(desc).toMatchObject({ name: 'desc', attributes: { id: descId } });
    expect(titleId).toMatch(/^brief-/);
  });

  it('has no empty path', () => {
    const paths = descendants(tree).filter((e) => e.name === 'path');
    // Key figures are text and rectangles; every other chart draws paths.
    if (name !== 'keyFigures') expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => (p.attributes.d ?? '').length > 3)).toBe(true);
  });

  it('draws nothing outside its viewBox', () => {
    const [, , width, height] = tree.attributes.viewBox!.split(' ').map(Number) as [number, number, number, number];
    const coordinates = (e: XmlElement) => [
      ...['x', 'x1', 'x2', 'cx'].map((k) => ({ value: e.attributes[k], limit: width })),
      ...['y', 'y1', 'y2', 'cy'].map((k) => ({ value: e.attributes[k], limit: height })),
    ];
    for (const element of descendants(tree)) {
      for (const { value, limit } of coordinates(element)) {
        if (value === undefined) continue;
        expect(Number(value), `${element.name} ${JSON.stringify(element.attributes)}`).toBeGreaterThanOrEqual(0);
        expect(Number(value), `${element.name} ${JSON.stringify(element.attributes)}`).toBeLessThanOrEqual(limit);
      }
    }
  });
});

describe('charts on one page', () => {
  it('never share an id', () => {
    const ids = Object.values(charts).flatMap((svg) =>
      descendants(parseXml(svg)).flatMap((e) => (e.attributes.id ? [e.attributes.id] : [])),
    );
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('charts in a Typst PDF', () => {
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [resolve('node_modules/source-sans/TTF')] }] });
  const page = '#set page(width: 21cm, height: auto, margin: 1cm)\n#image(bytes(sys.inputs.svg), format: "svg", width: 100%)';

  it.each(Object.entries(charts))('typesets the %s chart in Source Sans 3, with no error or warning', (name, svg) => {
    const result = compiler.compile({ mainFileContent: page, inputs: { svg } });
    expect(result.takeError(), name).toBeFalsy();
    expect(result.takeWarnings(), name).toBeFalsy();
    const pdf = compiler.pdf(result.result!).toString('latin1');
    const fonts = [...pdf.matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
    // The map has no text; every other chart's text must come out in the family the site uses.
    if (name !== 'worldMap') expect(fonts.length).toBeGreaterThan(0);
    expect(
      fonts.every((font) => font!.startsWith('SourceSans3-')),
      fonts.join(),
    ).toBe(true);
  });
});
