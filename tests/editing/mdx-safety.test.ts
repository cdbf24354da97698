import { describe, expect, it } from 'vitest';
import { addressScheme, checkMdxBody } from '../../src/lib/validation/mdx-safety.ts';
import { formatProblem } from '../../src/lib/validation/problem.ts';
import { validateContent } from '../../src/lib/validation/validate.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

const allowed = 'expected Markdown, or one of the components <Figure>, <Callout>, <Quote>';
const addresses = 'expected an https:, http: or mailto: address, or a path on this site';

// Each message is part of the interface editors see: a change to one is a visible diff here.
const expected: Record<string, string[]> = {
  'mdx-components': [],
  'mdx-import-export': [
    `content/innovations/import-export.mdx:15:1: import and export are not allowed in the narrative (found "import Chart from '../../src/components/Chart.astro'"; expected Markdown, and the components <Figure>, <Callout>, <Quote>, which need no import)`,
    'content/innovations/import-export.mdx:17:1: import and export are not allowed in the narrative (found "export const secret = process.env.TOKEN"; expected Markdown, and the components <Figure>, <Callout>, <Quote>, which need no import)',
  ],
  'mdx-expression': [
    'content/innovations/expression.mdx:13:8: JavaScript expressions in { } are not allowed in the narrative (found "{1 + 1}"; expected plain text; write \\{ for a curly brace)',
    'content/innovations/expression.mdx:15:1: JavaScript expressions in { } are not allowed in the narrative (found "{globalThis.process}"; expected plain text; write \\{ for a curly brace)',
  ],
  'mdx-script': [`content/innovations/script.mdx:15:1: the HTML element <script> is not allowed in the narrative (${allowed})`],
  'mdx-iframe': [`content/innovations/iframe.mdx:13:1: the HTML element <iframe> is not allowed in the narrative (${allowed})`],
  'mdx-style': [
    `content/innovations/style.mdx:13:1: the HTML element <style> is not allowed in the narrative (${allowed})`,
    `content/innovations/style.mdx:13:8: JavaScript expressions in { } are not allowed in the narrative (found "{'body { display: none }'}"; expected plain text; write \\{ for a curly brace)`,
  ],
  'mdx-event-handler': [
    'content/innovations/event-handler.mdx:13:10: <Callout onclick>: event-handler attributes are not allowed (expected the attributes type, title)',
    'content/innovations/event-handler.mdx:18:3: <Figure onLoad>: event-handler attributes are not allowed (expected the attributes src, alt)',
  ],
  'mdx-javascript-link': [
    `content/innovations/javascript-link.mdx:13:1: link: "javascript:" addresses are not allowed (found "javascript:alert(document.cookie)"; ${addresses})`,
    `content/innovations/javascript-link.mdx:15:1: link definition: "javascript:" addresses are not allowed (found "JavaScript:alert(1)"; ${addresses})`,
  ],
  'mdx-data-image': [
    `content/innovations/data-image.mdx:13:1: image: "data:" addresses are not allowed (found "data:image/svg+xml;base64,PHN2Zz4="; ${addresses})`,
    `content/innovations/data-image.mdx:15:9: <Figure src>: "data:" addresses are not allowed (found "data:image/png;base64,AAAA"; ${addresses})`,
  ],
  'mdx-unknown-component': [
    'content/innovations/unknown-component.mdx:13:1: unknown component <Calout>; did you mean "Callout"? (expected one of the components <Figure>, <Callout>, <Quote>)',
    'content/innovations/unknown-component.mdx:15:1: unknown component <Chart> (expected one of the components <Figure>, <Callout>, <Quote>)',
    `content/innovations/unknown-component.mdx:17:6: the HTML element <abbr> is not allowed in the narrative (${allowed})`,
  ],
  'mdx-syntax-error': [
    'content/innovations/syntax-error.mdx:15:1: MDX syntax error: Expected a closing tag for `<Callout>` (15:1)',
  ],
};

describe('npm run validate on narratives that go beyond Markdown and the allowed components', () => {
  for (const [caseName, lines] of Object.entries(expected)) {
    it(`reports ${caseName} on the line of the whole file, saying what is allowed`, async () => {
      const report = await validateContent(await fixtureProject(caseName));
      expect(report.problems.map(formatProblem)).toEqual(lines);
    });
  }
});

describe('the narrative check', () => {
  const frontmatter = '---\ntitle: x\n---\n';
  const lines = (body: string) => checkMdxBody(frontmatter + body, 'f.mdx').map(formatProblem);

  it('checks the attributes of the allowed components', () => {
    expect(
      lines(
        [
          '<Figure src={image} alt="A" width="3" {...rest} />',
          '',
          '<Callout type="danger" title>x</Callout>',
          '',
          '<Callout typ="note">x</Callout>',
          '',
          '<Quote cite="vbscript:msgbox(1)">x</Quote>',
        ].join('\n'),
      ),
    ).toEqual([
      'f.mdx:4:9: <Figure src>: JavaScript expressions in { } are not allowed in the narrative; write the value in quotes (found "{image}"; expected src="…")',
      'f.mdx:4:29: <Figure> has no attribute "width" (expected the attributes src, alt)',
      'f.mdx:4:39: JavaScript expressions in { } are not allowed in the narrative (found "{...rest}"; expected the attributes src, alt)',
      'f.mdx:6:10: <Callout type>: unknown value (found "danger"; expected one of note, important, warning)',
      'f.mdx:6:24: <Callout title>: the attribute needs a value in quotes (expected title="…")',
      'f.mdx:8:10: <Callout> has no attribute "typ"; did you mean "type"? (expected the attributes type, title)',
      `f.mdx:10:8: <Quote cite>: "vbscript:" addresses are not allowed (found "vbscript:msgbox(1)"; ${addresses})`,
    ]);
  });

  it('names a missing required attribute', () => {
    expect(lines('<Figure alt="A" />')).toEqual(['f.mdx:4:1: <Figure> needs the attribute src (expected src="…")']);
  });

  it('refuses fragments and names that only exist on Object.prototype', () => {
    expect(lines('<>x</>\n\n<constructor />')).toEqual([
      `f.mdx:4:1: the HTML element <> is not allowed in the narrative (${allowed})`,
      `f.mdx:6:1: the HTML element <constructor> is not allowed in the narrative (${allowed})`,
    ]);
  });

  it('reads an address as a browser would: entities decoded, case and hidden characters ignored', () => {
    expect(lines('[a](&#106;avascript:x) [b](<java\tscript:x>) [c](JAVASCRIPT:x)')).toHaveLength(3);
    expect(lines('<Figure src="javascript&#58;alert(1)" alt="a" />')).toHaveLength(1);
  });

  it('counts lines of the whole file, with Windows line endings and a byte-order mark too', () => {
    const text = '\uFEFF---\r\ntitle: x\r\nsummary: y\r\n---\r\n\r\nText {x}\r\n';
    expect(checkMdxBody(text, 'f.mdx').map((p) => [p.line, p.column])).toEqual([[6, 6]]);
  });

  it('takes the frontmatter as Astro does, so an indented --- inside a value does not end it', () => {
    const text = '---\ntitle: |\n  ---\n  {not an expression}\n---\n\nText.\n';
    expect(checkMdxBody(text, 'f.mdx')).toEqual([]);
  });

  it('accepts Markdown of every kind, and the components used as documented', () => {
    expect(
      lines(
        '# H\n\n> quote\n\n1. a\n2. b\n\n```js\nconst x = {a: 1};\n```\n\n![alt](/img.png "t") [x][y]\n\n[y]: https://example.org\n\n---\n\nhard  \nbreak',
      ),
    ).toEqual([]);
  });
});

describe('addressScheme', () => {
  it.each([
    ['https://example.org', 'https'],
    ['MAILTO:a@b.org', 'mailto'],
    [' java\tscript:alert(1)', 'javascript'],
    ['data:text/html,x', 'data'],
    ['/mfis/imon/', undefined],
    ['#results', undefined],
    ['report.pdf', undefined],
  ])('%j has the scheme %j', (address, scheme) => {
    expect(addressScheme(address)).toBe(scheme);
  });
});
