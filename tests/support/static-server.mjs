// A minimal static file server for dist/, as a static host would serve it: directory
// index.html, 404.html for missing paths, and an optional base path the site lives under.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * `headers`, if given, adds response headers per request path (e.g. those of dist/_headers).
 * @param {{ root: string, base?: string, port?: number, headers?: (path: string) => Record<string, string> }} options
 * @returns {Promise<{ url: string, origin: string, close: () => Promise<void>, requests: string[] }>}
 */
export async function serveStatic({ root, base = '/', port = 0, headers = () => ({}) }) {
  const dir = resolve(root);
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/\/+/g, '/');
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const send = async (file, status = 200) => {
      const body = await readFile(file);
      res.writeHead(status, { ...headers(path), 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    };
    try {
      if (!path.startsWith(prefix)) throw new Error('outside base');
      const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
      let file = join(dir, rel);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/` });
          return res.end();
        }
        file = join(file, 'index.html');
      }
      await send(file);
    } catch {
      await send(join(dir, '404.html'), 404).catch(() => {
        res.writeHead(404);
        res.end('not found');
      });
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: `${origin}${prefix}`,
    requests,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
