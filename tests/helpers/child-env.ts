/**
 * The environment for a child build: the test runner's own, less the variables vitest sets for
 * Vite (BASE_URL, MODE, DEV, PROD, SSR), which a child Astro build would otherwise take as its own.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return { ...env, ...extra };
}
