import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { factsheetDownload } from '../../src/lib/pdf/download.ts';
import { manifestVariable, type FactsheetManifest } from '../../src/lib/pdf/manifest.ts';
import { temporaryFolder } from '../helpers/temporary.ts';

const manifest: FactsheetManifest = {
  innovations: { brief: { file: 'brief.pdf', bytes: 90_000, pages: 2, omitted: [] } },
  programmes: {
    small: { file: 'programme-small.pdf', bytes: 900_000, pages: 20, omitted: [], form: 'volume' },
    large: { file: 'programme-large.pdf', bytes: 60_000, pages: 3, omitted: [], form: 'index' },
  },
};

describe('the download link of a PDF', () => {
  const before = process.env[manifestVariable];
  afterEach(() => {
    if (before === undefined) delete process.env[manifestVariable];
    else process.env[manifestVariable] = before;
  });

  it('says whether a programme PDF holds the factsheets or an index of them', async () => {
    const path = join(await temporaryFolder('manifest'), 'manifest.json');
    await writeFile(path, JSON.stringify(manifest));
    process.env[manifestVariable] = path;
    expect(factsheetDownload('brief', 'en')).toEqual({
      path: 'factsheets/brief.pdf',
      size: 'PDF, 88 KB',
      text: 'Download the PDF factsheet',
    });
    expect(factsheetDownload('small', 'en', 'programmes')?.text).toBe('Download all their factsheets in one PDF');
    expect(factsheetDownload('large', 'en', 'programmes')).toEqual({
      path: 'factsheets/programme-large.pdf',
      size: 'PDF, 59 KB',
      text: 'Download an index of their factsheets, with a link to each, as a PDF',
    });
    expect(factsheetDownload('none', 'en', 'programmes')).toBeUndefined();
  });
});
