import { existsSync } from 'node:fs';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from './chromium-path.ts';

/** A machine on which exactly these files exist. */
const machine =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const githubSnapshot = '/usr/local/share/chromium/chrome-linux/chrome';

describe('finding Chromium', () => {
  it("uses Debian's /usr/bin/chromium", () => {
    expect(findChromium({}, machine('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it("finds GitHub's Ubuntu image Chromium through its links, or as the unpacked snapshot", () => {
    expect(findChromium({}, machine('/usr/bin/chromium', '/usr/bin/chromium-browser', githubSnapshot))).toBe('/usr/bin/chromium');
    expect(findChromium({}, machine('/usr/bin/chromium-browser', githubSnapshot))).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, machine(githubSnapshot))).toBe(githubSnapshot);
  });

  it('honours CHROMIUM_PATH before any usual place, and says so when it is wrong', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome' };
    expect(findChromium(env, machine('/usr/bin/chromium', '/opt/chromium/chrome'))).toBe('/opt/chromium/chrome');
    expect(() => findChromium(env, machine('/usr/bin/chromium'))).toThrow(
      "Chromium not found at /opt/chromium/chrome (CHROMIUM_PATH): set CHROMIUM_PATH to Chromium's executable, or unset it to use /usr/bin/chromium.",
    );
    expect(findChromium({ CHROMIUM_PATH: '' }, machine('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('says how to install Chromium when there is none', () => {
    expect(() => findChromium({}, machine())).toThrow(
      'Chromium not found at /usr/bin/chromium, /usr/bin/chromium-browser, /usr/local/share/chromium/chrome-linux/chrome: run `npm run setup:browser` (apt-get install chromium) or set CHROMIUM_PATH.',
    );
  });

  it('follows a link on a real file system, as on the GitHub image', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'chromium-path-'));
    await writeFile(join(folder, 'chrome'), '');
    await symlink(join(folder, 'chrome'), join(folder, 'chromium'));
    expect(findChromium({ CHROMIUM_PATH: join(folder, 'chromium') }, existsSync)).toBe(join(folder, 'chromium'));
    expect(() => findChromium({ CHROMIUM_PATH: join(folder, 'missing') }, existsSync)).toThrow(/CHROMIUM_PATH/);
  });
});
