// Makes the page template load the wasm whole instead of streaming it.
// Usage: node scripts/load-wasm-whole.mjs DIST
//
// Compiling while the bytes stream in costs the main thread: Chromium hands
// each chunk to the compiler on it, and once the bytes are all there (a fast
// network, a warm CDN) that is one task of 100 ms and more on a phone, the
// longest of the start-up. Fetched whole, the module is compiled by
// `WebAssembly.instantiate` off the main thread; since the engine compiles
// wasm functions lazily anyway, streaming saved little time. The fetch keeps
// the preload's integrity, so the preloaded response is the one used.
import fs from 'node:fs';
import path from 'node:path';

/** `html` with trunk's loader fetching the wasm whole; throws if the loader is not as expected. */
export function loadWasmWhole(html) {
  const loader = /init\(\{ module_or_path: '([^']+_bg\.wasm)' \}\)/g;
  const found = [...html.matchAll(loader)];
  if (found.length !== 1) throw new Error(`load-wasm-whole: expected one wasm loader, found ${found.length}`);
  const url = found[0][1];
  const preload = html.match(new RegExp(`<link rel="preload" href="${url}"[^>]* integrity="([^"]+)"`));
  if (!preload) throw new Error(`load-wasm-whole: no preload with integrity for ${url}`);
  const whole = `fetch('${url}', { integrity: '${preload[1]}' }).then((r) => r.arrayBuffer())`;
  return html.replace(found[0][0], `init({ module_or_path: ${whole} })`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const template = path.join(process.argv[2] ?? 'dist', 'index.html');
  fs.writeFileSync(template, loadWasmWhole(fs.readFileSync(template, 'utf8')));
}
