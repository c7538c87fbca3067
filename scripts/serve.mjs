// A minimal static server for the built site, for the browser tests and the size and Lighthouse
// reports: serves DIR (default dist/) under BASE_PATH (default /) on 127.0.0.1:PORT, gzipping text
// the way a static host would. (astro preview allows one server per project, and the tests need
// two at once: the root and the subpath builds.)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4329);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

async function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
  if (relative.startsWith('..')) return null;
  let path = join(root, relative);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) path = join(path, 'index.html');
  else if (!info) path = `${path}.html`;
  return (await stat(path).catch(() => null))?.isFile() ? path : null;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const path = await fileFor(pathname);
  if (!path) {
    const notFound = await readFile(join(root, '404.html')).catch(() => 'Not found');
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    response.end(notFound);
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const body = await readFile(path);
  const compress = /text|javascript|json|xml|svg/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
  response.end(compress ? gzipSync(body) : body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
