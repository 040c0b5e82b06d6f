/**
 * A small static file server for `_site/`, as any static host would serve it:
 * directory → index.html, unknown path → 404.html with status 404, optional base
 * path (`/archive/`). Used by `npm start`, `npm run serve` and the browser tests.
 */
import { createReadStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/;

export interface ServeOptions {
  root: string;
  port: number;
  base?: string;
  host?: string;
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  const path = resolve(join(root, normalize(decodeURIComponent(urlPath))));
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const s = await stat(path);
    if (s.isDirectory()) {
      const idx = join(path, 'index.html');
      return (await stat(idx).catch(() => null))?.isFile() ? idx : null;
    }
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

export function serve(options: ServeOptions): Promise<Server> {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname;
    if (!path.startsWith(base)) {
      res.writeHead(302, { location: base });
      res.end();
      return;
    }
    path = '/' + path.slice(base.length);
    let file = await fileFor(root, path).catch(() => null);
    if (file && !path.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('index.html')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = await fileFor(root, '/404.html');
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
    }
    // Compress what every static host compresses; Pagefind's own files come compressed already.
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    // As static hosts do: a validator, and the browser asks again each time (`no-cache`), answered by 304 if unchanged.
    const info = await stat(file);
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${gzip ? '-gz' : ''}"`;
    const cache = { etag, 'last-modified': info.mtime.toUTCString(), 'cache-control': 'no-cache' };
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...cache, vary: 'accept-encoding' });
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': type, vary: 'accept-encoding', ...(status === 200 ? cache : {}), ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(res);
    else body.pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => ok(server));
  });
}
