// Post-build step: writes sw.js from assets/sw-template.js with the real list of
// built files, stamps the build's version into index.html and 404.html, and puts
// the hash of trunk's inline loader script into the Content-Security-Policy.
// Usage: node scripts/gen-sw.mjs DIST
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] || 'dist';
const sha = (data, alg = 'sha256', enc = 'hex') => crypto.createHash(alg).update(data).digest(enc);

const list = (dir, prefix = '') => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? list(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
const files = list(dist).filter((f) => !['sw.js', '404.html'].includes(f)).sort();

// The version covers every file except the HTML, which receives it.
const version = sha(files.filter((f) => f !== 'index.html').map((f) => f + sha(fs.readFileSync(path.join(dist, f)))).join('\n')).slice(0, 12);

let html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const inline = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${sha(m[1], 'sha256', 'base64')}'`);
// Regex replacements keep this step idempotent: running it again on its own
// output (or on a changed copy of it) stamps the new version.
html = html
  .replace(/(<meta name="app-version" content=")[^"]*(")/, `$1${version}$2`)
  .replace(/script-src 'self' 'wasm-unsafe-eval'[^;]*;/, `script-src 'self' 'wasm-unsafe-eval' ${inline.join(' ')};`);
fs.writeFileSync(path.join(dist, 'index.html'), html);
fs.writeFileSync(path.join(dist, '404.html'), html);

const precache = ['./', ...files.filter((f) => f !== 'index.html'), 'index.html'];
const sw = fs.readFileSync('assets/sw-template.js', 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(precache));
fs.writeFileSync(path.join(dist, 'sw.js'), sw);
console.log(`sw.js: version ${version}, ${precache.length} files precached; CSP allows ${inline.length} inline loader script(s) by hash`);
