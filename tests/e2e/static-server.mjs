// A static host for the release build, the way GitHub Pages serves it: files
// under a sub-path; a path is answered by the exact file, then by `path.html`,
// then by `path/index.html`, and otherwise by 404.html with status 404; gzip
// or brotli when the browser accepts it. Loopback only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Starts a server for `root` under `base` (like "/roadmap/"); resolves to { server, url }. */
export function startServer({ root, base = '/', port = 0, headers = {} }) {
  const rootDir = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const send = (status, file) => {
      const ext = path.extname(file);
      let body = fs.readFileSync(file);
      const head = {
        'Content-Type': TYPES[ext] || 'application/octet-stream',
        'Cache-Control': ext === '.html' || path.basename(file) === 'sw.js' ? 'no-cache' : 'public, max-age=31536000, immutable',
        Vary: 'Accept-Encoding',
        ...headers,
      };
      const accept = req.headers['accept-encoding'] || '';
      const compressible = !['.png', '.ico'].includes(ext);
      if (compressible && /\bbr\b/.test(accept)) {
        body = zlib.brotliCompressSync(body);
        head['Content-Encoding'] = 'br';
      } else if (compressible && /\bgzip\b/.test(accept)) {
        body = zlib.gzipSync(body);
        head['Content-Encoding'] = 'gzip';
      }
      head['Content-Length'] = body.length;
      res.writeHead(status, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const notFound = () => {
      const fallback = path.join(rootDir, '404.html');
      if (fs.existsSync(fallback)) return send(404, fallback);
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    };
    if (!pathname.startsWith(base)) {
      if (pathname + '/' === base) {
        res.writeHead(301, { Location: base });
        return res.end();
      }
      return notFound();
    }
    const rel = pathname.slice(base.length);
    const isFile = (f) => f.startsWith(rootDir + path.sep) && fs.existsSync(f) && fs.statSync(f).isFile();
    const candidates = rel === '' || rel.endsWith('/')
      ? [path.resolve(rootDir, rel, 'index.html')]
      : [path.resolve(rootDir, rel), path.resolve(rootDir, `${rel}.html`), path.resolve(rootDir, rel, 'index.html')];
    const file = candidates.find(isFile);
    if (!file) return notFound();
    send(200, file);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}${base}` });
    });
  });
}

// Run directly: node tests/e2e/static-server.mjs DIR BASE PORT
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', base = '/', port = '8080'] = process.argv.slice(2);
  startServer({ root, base, port: Number(port) }).then(({ url }) => console.log(`serving ${root} at ${url}`));
}
