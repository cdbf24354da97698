/**
 * `npm run screenshot -- <url>... [--widths 390,1280] [--print] [--out folder]`: full-page PNGs
 * of pages in headless Chromium (Debian's, never a downloaded one), for looking at what the
 * site shows a person.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/browser/chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    widths: { type: 'string', default: '390,1280' },
    print: { type: 'boolean', default: false },
    out: { type: 'string', default: 'tests/.output/screenshots' },
  },
});

await mkdir(values.out, { recursive: true });
const browser = await launchChromium();
try {
  for (const url of positionals) {
    const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    for (const width of values.widths.split(',').map(Number)) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      if (values.print) await page.emulateMedia({ media: 'print' });
      await page.goto(url);
      const file = join(values.out, `${name}-${width}${values.print ? '-print' : ''}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
