/**
 * `npm run cms`: the editing app on this machine. Starts Decap's local proxy (decap-server, which
 * reads and writes the files in content/ directly) and serves the built site (building it first
 * if there is none), then prints where to open the app. The app reads and writes through the
 * proxy, so it always shows the files as they are now; the built pages change with the next
 * build. Saved files are ordinary changes in the work tree: run `npm run validate`, commit and
 * open a pull request as usual. Ctrl-C stops both.
 *
 * The built site, not `astro dev`: the dev server treats the app's bundle (a .js file) as a
 * module of its own and does not serve it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = process.cwd();
const proxyPort = process.env['CMS_PROXY_PORT'] ?? '8081';

const proxyScript = join(dirname(require.resolve('decap-server/package.json')), 'dist', 'index.js');
const astroScript = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');

if (!existsSync(join(root, 'dist', 'admin', 'index.html'))) {
  console.log('No built site yet: building it first (npm run build)...');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const children: ChildProcess[] = [
  spawn(process.execPath, [proxyScript], {
    stdio: 'inherit',
    // fs mode writes into the work tree; it binds to loopback only, so nothing else can write.
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: root, PORT: proxyPort, BIND_HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [astroScript, 'preview', '--host', '127.0.0.1'], { stdio: 'inherit' }),
];

console.log('Editing app: open http://127.0.0.1:4321/admin/ once the server is ready (Ctrl-C stops it).');

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
