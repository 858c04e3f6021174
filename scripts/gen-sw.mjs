// Post-build step: writes sw.js from assets/sw-template.js with the real list of
// built files, stamps the build's version into index.html and 404.html, and writes
// the Content-Security-Policy into their head with the hash of trunk's inline
// loader script. The source index.html carries no policy, so the dev server
// (`make serve`) runs trunk's inline loader and live-reload scripts.
// Fails the build (exit 1) when the HTML is not what it expects: not exactly one
// inline script (trunk's loader), or a replacement that does not match once.
// Idempotent: running it again on its own output stamps the new version and hash.
// Usage: node scripts/gen-sw.mjs DIST
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dist = process.argv[2] || 'dist';
const sha = (data, alg = 'sha256', enc = 'hex') => crypto.createHash(alg).update(data).digest(enc);

const fail = (message) => {
  console.error(`gen-sw: ${message}`);
  process.exit(1);
};

/** Replaces the one match of `pattern` in `text` (`replace` is a function, so no `$` patterns); fails on zero or several matches. */
function replaceOnce(text, pattern, replacement, what) {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const count = [...text.matchAll(global)].length;
  if (count !== 1) fail(`${what}: expected exactly one match of ${pattern}, found ${count}`);
  return text.replace(pattern, replacement);
}

// The release policy. Scripts: same origin, wasm compilation and the one inline
// loader trunk writes, allowed by its hash; never 'unsafe-inline'.
const policy = (loaderHash) => [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' '${loaderHash}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const list = (dir, prefix = '') => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? list(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
const files = list(dist).filter((f) => !['sw.js', '404.html'].includes(f)).sort();

// The version covers every file except the HTML, which receives it.
const version = sha(files.filter((f) => f !== 'index.html').map((f) => f + sha(fs.readFileSync(path.join(dist, f)))).join('\n')).slice(0, 12);

const htmlFile = path.join(dist, 'index.html');
let html = fs.readFileSync(htmlFile, 'utf8');

// Every inline script (a <script> without src) must be trunk's one module loader:
// the policy allows exactly that one by hash, anything else would be blocked.
const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]));
const loaders = inline.filter((m) => m[1].trim() === 'type="module"');
if (inline.length !== 1 || loaders.length !== 1) {
  fail(`${htmlFile}: expected exactly one inline script, trunk's loader (<script type="module">), ` +
    `found ${inline.length} inline script(s) of which ${loaders.length} loader(s); ` +
    'the CSP allows exactly one inline script by hash (is this a release build from `trunk build --release`?)');
}
const loaderHash = `sha256-${sha(loaders[0][2], 'sha256', 'base64')}`;
const cspMeta = `<meta http-equiv="Content-Security-Policy" content="${policy(loaderHash)}">`;

// Regex replacements keep this step idempotent: running it again on its own
// output (or on a changed copy of it) stamps the new version and hash.
html = replaceOnce(html, /(<meta name="app-version" content=")[^"]*(")/, (_, open, close) => `${open}${version}${close}`,
  `${htmlFile}: stamping the version into <meta name="app-version">`);
const existingCsp = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
html = existingCsp.test(html)
  ? replaceOnce(html, existingCsp, () => cspMeta, `${htmlFile}: replacing the Content-Security-Policy meta`)
  : replaceOnce(html, /<meta charset="[^"]*">/i, (charset) => `${charset}\n    ${cspMeta}`,
    `${htmlFile}: writing the Content-Security-Policy meta after <meta charset>`);
fs.writeFileSync(htmlFile, html);
fs.writeFileSync(path.join(dist, '404.html'), html);

const precache = ['./', ...files.filter((f) => f !== 'index.html'), 'index.html'];
let sw = fs.readFileSync('assets/sw-template.js', 'utf8');
sw = replaceOnce(sw, /__VERSION__/, () => version, 'assets/sw-template.js: stamping the version');
sw = replaceOnce(sw, /__FILES__/, () => JSON.stringify(precache), 'assets/sw-template.js: writing the file list');
fs.writeFileSync(path.join(dist, 'sw.js'), sw);
console.log(`sw.js: version ${version}, ${precache.length} files precached; CSP allows trunk's inline loader by hash (${loaderHash})`);
