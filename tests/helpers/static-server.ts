import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain',
  '.yml': 'text/yaml',
};

/**
 * Serves a built site on 127.0.0.1 at a free port, as a static host would: folders answer with
 * their index.html, unknown paths with 404.html. Browser tests run against this, never file://.
 * `host: true` adds what a production host sends (gzip, a year's caching of the hashed files in
 * _astro/), for measurements such as `npm run audit`.
 */
export async function serveSite(
  root: string,
  options: { host?: boolean } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const send = (request: IncomingMessage, response: ServerResponse, status: number, file: string, type: string) => {
    const headers: Record<string, string> = { 'Content-Type': type };
    const gzip = options.host && /gzip/.test(String(request.headers['accept-encoding'])) && !/woff2|png/.test(type);
    if (options.host) headers['Cache-Control'] = file.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  };
  const server: Server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const found = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!found || !file.startsWith(root)) {
      send(request, response, 404, join(root, '404.html'), types['.html']!);
      return;
    }
    send(request, response, 200, file, types[extname(file)] ?? 'application/octet-stream');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
