// A tiny dependency-free static file server bound to loopback only, for test pages, the demo
// article and the benchmark. It never listens on a public interface.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts a static server.
 * @param {{ mounts: Record<string, string>, port?: number, headers?: (urlPath: string) => Record<string,string> }} options
 *   `mounts` maps a URL prefix ('/', '/corpus/') to a directory. Longest prefix wins.
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer({ mounts, port = 0, headers = () => ({}) }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const prefix = prefixes.find((p) => urlPath.startsWith(p));
    if (!prefix) return notFound(res);
    const root = path.resolve(mounts[prefix]);
    let file = path.resolve(root, '.' + path.sep + urlPath.slice(prefix.length));
    // Refuse anything that escapes the mounted directory (../ tricks).
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(res);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory())
      file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return notFound(res);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(urlPath),
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actualPort}`,
        port: actualPort,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found');
}
