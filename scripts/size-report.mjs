// Prints the shipped bytes of a build: wasm, JS and CSS, raw and after brotli.
// Usage: node scripts/size-report.mjs [DIST]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = process.argv[2] || 'dist';
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
let raw = 0;
let br = 0;
for (const f of fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js')) {
  const body = fs.readFileSync(path.join(dist, f));
  raw += body.length;
  br += brotli(body);
  console.log(`${f.padEnd(48)} ${(body.length / 1024).toFixed(1).padStart(8)} KB raw ${(brotli(body) / 1024).toFixed(1).padStart(7)} KB brotli`);
}
console.log(`${'total wasm + JS + CSS'.padEnd(48)} ${(raw / 1024).toFixed(1).padStart(8)} KB raw ${(br / 1024).toFixed(1).padStart(7)} KB brotli`);
