// Minifies the stylesheet trunk wrote and updates its integrity hash in the
// page template: comments and layout whitespace are a sixth of the CSS after
// brotli, and every first load pays for them.
// Usage: node scripts/minify-css.mjs DIST
//
// Trunk's own minifier would also minify the HTML, which the prerender and
// gen-sw.mjs read as written. This one only removes what never carries
// meaning in CSS: comments, runs of whitespace (kept as one space, since a
// space between selectors does), and spaces next to `{`, `}` and `;`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The stylesheet without comments and layout whitespace. */
export function minifyCss(css) {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const strings = code.match(/"[^"]*"|'[^']*'/g) ?? [];
  const unsafe = strings.find((s) => /[{};]|\s\s/.test(s));
  if (unsafe) throw new Error(`minify-css: a string the minifier would change: ${unsafe}`);
  return code
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

function main(dist) {
  const template = path.join(dist, 'index.html');
  let html = fs.readFileSync(template, 'utf8');
  const sheets = fs.readdirSync(dist).filter((f) => /^style-[0-9a-f]+\.css$/.test(f));
  if (sheets.length === 0) throw new Error(`minify-css: no style-*.css in ${dist}`);
  for (const sheet of sheets) {
    const file = path.join(dist, sheet);
    const before = fs.readFileSync(file, 'utf8');
    const after = minifyCss(before);
    fs.writeFileSync(file, after);
    const integrity = `sha384-${crypto.createHash('sha384').update(after).digest('base64')}`;
    const link = new RegExp(`(href="[^"]*${sheet}" integrity=")[^"]*(")`);
    if (!link.test(html)) throw new Error(`minify-css: no integrity for ${sheet} in ${template}`);
    html = html.replace(link, `$1${integrity}$2`);
    console.log(`${sheet}: ${before.length} → ${after.length} bytes`);
  }
  fs.writeFileSync(template, html);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2] ?? 'dist');
