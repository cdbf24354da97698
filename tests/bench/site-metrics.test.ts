import { describe, expect, it } from 'vitest';
import { javascriptTags } from '../../scripts/bench/site-metrics.ts';

describe('javascriptTags', () => {
  it('counts scripts that run and leaves out structured data', () => {
    const html =
      '<head><script type="application/ld+json">{"@type":"Report"}</script>' +
      '<script type="application/json">{}</script></head>' +
      '<body><script type="module">go()</script><script src="/a.js"></script></body>';
    expect(javascriptTags(html)).toEqual([
      { element: '<script type="module">', inline: 'go()' },
      { element: '<script src="/a.js">', inline: '' },
    ]);
  });

  it('finds none on a page of JSON-LD only', () => {
    expect(javascriptTags('<script type="application/ld+json">{}</script>')).toEqual([]);
  });
});
