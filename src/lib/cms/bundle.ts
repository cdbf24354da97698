/**
 * The files of Decap CMS's prebuilt browser bundle (from the `decap-cms` npm package), served
 * with the site under /admin/ so the editing app never loads code from another host.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const bundleFolder = dirname(createRequire(import.meta.url).resolve('decap-cms'));

/** The entry script and the chunks it loads on demand (the package also ships a copy named cms.js). */
export const bundleFiles: string[] = readdirSync(bundleFolder)
  .filter((name) => name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name))
  .sort();

export const bundlePath = (name: string) => join(bundleFolder, name);
