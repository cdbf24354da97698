/**
 * Where Chromium is installed, in the order tried: Debian's package (`apt-get install chromium`),
 * then GitHub's Ubuntu runner images, which unpack a Chromium snapshot under
 * /usr/local/share/chromium and link it as /usr/bin/chromium and /usr/bin/chromium-browser.
 */
export const chromiumLocations = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/local/share/chromium/chrome-linux/chrome',
] as const;

/**
 * The Chromium to drive: the one CHROMIUM_PATH names (and only that one, so a wrong setting is an
 * error rather than a silent fallback), else the first of `chromiumLocations` that exists. Pure:
 * the environment and the file check come in as arguments.
 */
export function findChromium(env: Record<string, string | undefined>, exists: (path: string) => boolean): string {
  const chosen = env['CHROMIUM_PATH'];
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new Error(
      `Chromium not found at ${chosen} (CHROMIUM_PATH): set CHROMIUM_PATH to Chromium's executable, or unset it to use /usr/bin/chromium.`,
    );
  }
  const found = chromiumLocations.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    `Chromium not found at ${chromiumLocations.join(', ')}: run \`npm run setup:browser\` (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}
