import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from './chromium-path.ts';

/** Flags that keep Chromium from reaching out to a network this machine does not have. */
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium, GitHub's, or CHROMIUM_PATH; fails with one line saying how to get it. */
export function chromiumPath(): string {
  return findChromium(process.env, existsSync);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: quietFlags });
}
