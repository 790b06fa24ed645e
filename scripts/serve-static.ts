/**
 * Serves a built site the way static hosts do (GitHub Pages, Netlify, S3 behind a CDN): files as
 * they are, `index.html` for a folder, a redirect to the trailing slash for a folder asked for
 * without one, and for anything else the nearest `404.html` up the path with status 404, as
 * Cloudflare Pages does (so /zh-cn/… gets the Chinese one). The end-to-end tests run against it,
 * so they see what visitors will see; `npm start` serves the build with it too.
 * The headers in the build's `_headers` file (the Content-Security-Policy, caching) are sent as
 * Netlify or Cloudflare Pages would send them, so the tests run under the same policy.
 *
 * Usage: node scripts/serve-static.ts [folder=dist] [port=4322] [base=$BASE_PATH or /]
 * With a base (`/talent-month/`), the site is served under that path only, as on GitHub Pages.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { COMPRESSED_ENDINGS } from './lib/compressed-endings.ts';
import { headersFor, parseHeadersFile } from './lib/headers.ts';
import { notFoundCandidates } from '../src/lib/not-found.ts';
import { normaliseBase } from '../src/lib/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.xcal': 'application/calendar+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4322);
const base = normaliseBase(process.argv[4] ?? process.env.BASE_PATH);
const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

function send(request: IncomingMessage, response: ServerResponse, status: number, file: string): void {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  // A type _headers gives a path wins over the one its ending suggests, as on Netlify and Cloudflare Pages.
  const { 'Content-Type': declared, ...headers } = headersFor(path, rules);
  const type = declared ?? TYPES[extname(file)] ?? 'application/octet-stream';
  // Text is sent gzipped when the browser accepts it, as every CDN does; binary files go as they are.
  const gzip = COMPRESSED_ENDINGS.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(status, {
    ...headers,
    'content-type': type,
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const stream = createReadStream(file);
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}

/** The file to send for a path inside the site, a redirect to add the trailing slash, or nothing (404). */
function resolveRequest(inSite: string): { file: string } | { redirect: true } | undefined {
  const path = normalize(join(root, decodeURIComponent(inSite)));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!inSite.endsWith('/')) return { redirect: true };
    const index = join(path, 'index.html');
    return existsSync(index) ? { file: index } : undefined;
  }
  return existsSync(path) ? { file: path } : undefined;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // Outside the base there is nothing, as on a host that serves the site under a sub-path.
  const found = url.pathname.startsWith(base) ? resolveRequest(url.pathname.slice(base.length - 1)) : undefined;
  if (found && 'redirect' in found) {
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  if (found) {
    send(request, response, 200, found.file);
    return;
  }
  const inSite = url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : '/';
  const notFound = notFoundCandidates(inSite)
    .map((candidate) => resolveRequest(candidate))
    .find((candidate): candidate is { file: string } => candidate !== undefined && 'file' in candidate);
  if (notFound) send(request, response, 404, notFound.file);
  else response.writeHead(404).end('Not found');
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${String(port)}/`);
});
