// Prints the shipped bytes of a build (wasm, JS and CSS, raw and after brotli)
// and, with --budget KB, fails when the brotli total of the first load exceeds it.
// Usage: node scripts/size-report.mjs [DIST] [--budget KB]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
const dist = args.find((a, i) => !a.startsWith('--') && !(budgetAt >= 0 && i === budgetAt + 1)) || 'dist';
if (budgetAt >= 0 && !(budget > 0)) {
  console.error('size-report: --budget needs a number of KB');
  process.exit(2);
}

const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);
// What a first visit downloads: the wasm, the JS and the CSS (not the service worker).
const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
if (!files.some((f) => f.endsWith('.wasm'))) {
  console.error(`size-report: no .wasm in ${dist}; build first`);
  process.exit(2);
}
let raw = 0;
let br = 0;
for (const f of files) {
  const body = fs.readFileSync(path.join(dist, f));
  const compressed = brotli(body);
  raw += body.length;
  br += compressed;
  console.log(`${f.padEnd(48)} ${kb(body.length).padStart(8)} KB raw ${kb(compressed).padStart(7)} KB brotli`);
}
console.log(`${'total wasm + JS + CSS'.padEnd(48)} ${kb(raw).padStart(8)} KB raw ${kb(br).padStart(7)} KB brotli`);
if (budget !== null) {
  if (br / 1024 > budget) {
    console.error(`size: FAILED: the first load is ${kb(br)} KB after brotli, over the ${budget} KB budget`);
    process.exit(1);
  }
  console.log(`size: ${kb(br)} KB after brotli, within the ${budget} KB budget`);
}
