// Size budget: the shipped wasm + JS + CSS, compressed with brotli, stays within budget.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET_BYTES = 250 * 1024;

test('wasm + JS + CSS after brotli stay within 250 KB', () => {
  const dist = process.env.E2E_DIST || 'target/e2e-dist';
  const files = fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== 'sw.js');
  expect(files.some((f) => f.endsWith('.wasm'))).toBe(true);
  let raw = 0;
  let brotli = 0;
  for (const f of files) {
    const body = fs.readFileSync(path.join(dist, f));
    raw += body.length;
    brotli += zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  console.log(`size: ${files.length} files, ${(raw / 1024).toFixed(1)} KB raw, ${(brotli / 1024).toFixed(1)} KB brotli (budget ${BUDGET_BYTES / 1024} KB)`);
  expect(brotli).toBeLessThanOrEqual(BUDGET_BYTES);
});
