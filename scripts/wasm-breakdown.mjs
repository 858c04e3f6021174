// Where the wasm's bytes go, by function, from a build that kept its name section.
// Usage: node scripts/wasm-breakdown.mjs NAMED.wasm [crates [N] | top [N] | grep REGEX | sections]
// See BENCHMARKS.md ("Where the bytes go") for how to make NAMED.wasm.
// Sizes are raw function-body bytes after wasm-opt; inlined code counts in its caller.
import fs from 'node:fs';
import zlib from 'node:zlib';

const buf = fs.readFileSync(process.argv[2]);
const mode = process.argv[3] || 'crates';
const brotli = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
let p = 8;
function u32() {
  let r = 0, s = 0, b;
  do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80);
  return r >>> 0;
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';

// Sections; function imports shift the function index space.
const sections = [];
let codeStart, nameStart, nameEnd, imports = 0;
while (p < buf.length) {
  const id = buf[p++];
  const size = u32();
  const start = p;
  let name = '';
  if (id === 0) {
    const l = u32();
    name = buf.slice(p, p + l).toString();
    if (name === 'name') { nameStart = p + l; nameEnd = start + size; }
  }
  if (id === 2) {
    const n = u32();
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 2; k++) { const l = u32(); p += l; }
      const kind = buf[p++];
      if (kind === 0) { imports++; u32(); }
      else if (kind === 1) { p++; const f = buf[p++]; u32(); if (f & 1) u32(); }
      else if (kind === 2) { const f = buf[p++]; u32(); if (f & 1) u32(); }
      else if (kind === 3) p += 2;
    }
  }
  if (id === 10) codeStart = start;
  sections.push({ id, name, body: buf.slice(start, start + size) });
  p = start + size;
}

const names = new Map();
if (nameStart) {
  p = nameStart;
  while (p < nameEnd) {
    const sub = buf[p++];
    const size = u32();
    const start = p;
    if (sub === 1) {
      const n = u32();
      for (let i = 0; i < n; i++) { const idx = u32(); const l = u32(); names.set(idx, buf.slice(p, p + l).toString()); p += l; }
    }
    p = start + size;
  }
}

function demangle(s) {
  if (!s.startsWith('_ZN')) return s;
  let i = 3;
  const parts = [];
  while (i < s.length && s[i] !== 'E') {
    const m = /^\d+/.exec(s.slice(i));
    if (!m) break;
    i += m[0].length;
    parts.push(s.slice(i, i + +m[0]));
    i += +m[0];
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  const map = { LT: '<', GT: '>', u20: ' ', RF: '&', C: ',', BP: '*', LP: '(', RP: ')', u7b: '{', u7d: '}', u5b: '[', u5d: ']', u27: "'" };
  return parts.join('::').replace(/\$(\w+?)\$/g, (m, k) => map[k] ?? m).replace(/\.\./g, '::');
}

p = codeStart;
const funcs = [];
const count = u32();
for (let i = 0; i < count; i++) {
  const size = u32();
  funcs.push({ name: demangle(names.get(imports + i) || `func${imports + i}`), size });
  p += size;
}

// The crate a function belongs to; generic std code goes to the first other crate it names.
function crateOf(n) {
  const c = (/^<*([A-Za-z_][A-Za-z0-9_]*)/.exec(n) || [, '?'])[1];
  if (!['alloc', 'core', 'std'].includes(c)) return c;
  const other = (n.match(/\b([a-z_][a-z0-9_]*)::/g) || []).map((x) => x.slice(0, -2))
    .find((x) => !['alloc', 'core', 'std', 'impl', 'dyn', 'mut', 'const'].includes(x));
  return other ? `${c}<${other}>` : c;
}

const limit = +(process.argv[4] || 40);
if (mode === 'sections') {
  for (const s of sections) if (s.body.length > 512) console.log(`${String(s.id).padStart(2)} ${(s.name || '').padEnd(16)} ${kb(s.body.length)} raw ${kb(brotli(s.body))} brotli`);
} else if (mode === 'crates') {
  const by = new Map();
  for (const f of funcs) { const c = crateOf(f.name); const e = by.get(c) || [0, 0]; e[0] += f.size; e[1]++; by.set(c, e); }
  [...by].sort((a, b) => b[1][0] - a[1][0]).slice(0, limit).forEach(([c, [s, k]]) => console.log(`${kb(s)} ${String(k).padStart(5)} fns  ${c}`));
} else if (mode === 'top') {
  funcs.sort((a, b) => b.size - a.size).slice(0, limit).forEach((f) => console.log(`${String(f.size).padStart(7)}  ${f.name.slice(0, 160)}`));
} else if (mode === 'grep') {
  const re = new RegExp(process.argv[4]);
  const hit = funcs.filter((f) => re.test(f.name));
  console.log(`${kb(hit.reduce((a, f) => a + f.size, 0))} in ${hit.length} functions matching ${re}`);
}
const code = funcs.reduce((a, f) => a + f.size, 0);
console.log(`${kb(code)} in ${funcs.length} function bodies; file ${kb(buf.length)}${names.size ? '' : ' (no name section: build with wasm-opt -g)'}`);
