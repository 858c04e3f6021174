// Post-build step, after the prerender: stamps the build's version and the
// Content-Security-Policy into every HTML page, and writes sw.js from
// assets/sw-template.js with the real list of built files.
//
// The policy allows exactly the inline scripts the pages carry, by hash:
// trunk's module loader (required, one per page) and the theme boot script
// from index.html (`<script data-theme-boot>`, optional). The source index.html
// carries no policy, so the dev server (`make serve`) runs trunk's inline
// loader and live-reload scripts.
//
// Fails the build (exit 1) when a page is not what it expects: not exactly one
// loader, another inline script, or a replacement that does not match once.
// Idempotent: running it again on its own output stamps the new version and hashes.
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

// The release policy. Scripts: same origin, wasm compilation and the inline
// scripts listed by hash; never 'unsafe-inline'.
const policy = (hashes) => [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.map((h) => `'${h}'`).join(' ')}`,
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
const all = list(dist).sort();
const pages = all.filter((f) => f.endsWith('.html'));
// Assets: what the pages load. Pages, the worker itself and the sitemap are not assets.
const assets = all.filter((f) => !f.endsWith('.html') && f !== 'sw.js' && f !== 'sitemap.xml');
if (!pages.includes('index.html')) fail(`${dist}/index.html is missing`);

// The version covers every asset; the pages receive it.
const version = sha(assets.map((f) => f + sha(fs.readFileSync(path.join(dist, f)))).join('\n')).slice(0, 12);

/** The hashes of a page's inline scripts; fails unless they are one loader and at most one theme boot script. */
function inlineScriptHashes(file, html) {
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bsrc=/.test(m[1]));
  const loaders = inline.filter((m) => m[1].trim() === 'type="module"');
  const themes = inline.filter((m) => m[1].trim() === 'data-theme-boot');
  if (loaders.length !== 1 || themes.length > 1 || inline.length !== loaders.length + themes.length) {
    fail(`${file}: expected trunk's one inline loader (<script type="module">) and at most one <script data-theme-boot>, ` +
      `found ${inline.length} inline script(s): ${loaders.length} loader(s), ${themes.length} theme script(s); ` +
      'the CSP allows inline scripts only by hash (is this a release build from `trunk build --release`?)');
  }
  return [...loaders, ...themes].map((m) => `sha256-${sha(m[2], 'sha256', 'base64')}`);
}

let hashes = null;
for (const page of pages) {
  const file = path.join(dist, page);
  let html = fs.readFileSync(file, 'utf8');
  const pageHashes = inlineScriptHashes(file, html);
  // Every page comes from one template, so every page has the same scripts.
  hashes ??= pageHashes;
  if (pageHashes.join() !== hashes.join()) fail(`${file}: its inline scripts differ from index.html's`);
  const cspMeta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  // Regex replacements keep this step idempotent.
  html = replaceOnce(html, /(<meta name="app-version" content=")[^"]*(")/, (_, open, close) => `${open}${version}${close}`,
    `${file}: stamping the version into <meta name="app-version">`);
  const existingCsp = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
  html = existingCsp.test(html)
    ? replaceOnce(html, existingCsp, () => cspMeta, `${file}: replacing the Content-Security-Policy meta`)
    : replaceOnce(html, /<meta charset="[^"]*">/i, (charset) => `${charset}\n    ${cspMeta}`,
      `${file}: writing the Content-Security-Policy meta after <meta charset>`);
  fs.writeFileSync(file, html);
}
// Without the prerender (a build that skipped it), the app shell answers unknown paths.
if (!pages.includes('404.html')) fs.copyFileSync(path.join(dist, 'index.html'), path.join(dist, '404.html'));

// Precached: the assets, the home page and the app shell, which renders any
// route client-side. Other pages are cached as they are visited (see the template).
const shell = pages.includes('shell.html') ? ['shell.html'] : [];
const precache = ['./', ...assets, 'index.html', ...shell];
let sw = fs.readFileSync('assets/sw-template.js', 'utf8');
sw = replaceOnce(sw, /__VERSION__/, () => version, 'assets/sw-template.js: stamping the version');
sw = replaceOnce(sw, /__FILES__/, () => JSON.stringify(precache), 'assets/sw-template.js: writing the file list');
sw = replaceOnce(sw, /__SHELL__/, () => JSON.stringify(shell[0] || 'index.html'), 'assets/sw-template.js: naming the app shell');
fs.writeFileSync(path.join(dist, 'sw.js'), sw);
console.log(`sw.js: version ${version}, ${precache.length} files precached; ${pages.length} page(s) stamped; CSP allows ${hashes.length} inline script(s) by hash`);
