// Benchmark: Lighthouse (mobile, simulated throttling, medians of 3+ runs),
// interaction timings in Playwright, and shipped bytes. Writes
// target/bench/report.json and prints a markdown table.
// Usage: node scripts/bench.mjs DIST [RUNS]   (DIST built for the public path "/")
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/e2e/static-server.mjs';

const dist = process.argv[2] || 'target/bench-dist';
const runs = Math.max(3, Number(process.argv[3] || 3));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// The size test's budget, as the Makefile sets it.
const BUDGET_KB = fs.readFileSync('Makefile', 'utf8').match(/^SIZE_BUDGET_KB := (\d+)/m)?.[1] ?? '?';
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// ---- Bytes ---------------------------------------------------------------
function sizes() {
  const q = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
  const measure = (buf) => ({ raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length, brotli: zlib.brotliCompressSync(buf, q).length });
  const groups = { wasm: /\.wasm$/, js: /\.js$/, css: /\.css$/, html: /\.html$/ };
  const out = {};
  // One page's HTML (home) counts towards the first load; the other pages are separate visits.
  const files = fs.readdirSync(dist).filter((f) => !f.endsWith('.html') || f === 'index.html');
  for (const [name, re] of Object.entries(groups)) {
    const buf = Buffer.concat(files.filter((f) => re.test(f) && f !== 'sw.js').map((f) => fs.readFileSync(path.join(dist, f))));
    out[name] = measure(buf);
  }
  // The content as embedded in the wasm (part of the wasm figure above).
  const content = [];
  for (const dir of ['assets/roadmap/topics', 'assets/roadmap/plans']) {
    for (const f of fs.readdirSync(dir)) content.push(fs.readFileSync(path.join(dir, f)));
  }
  content.push(fs.readFileSync('assets/roadmap/outlook.json'));
  out.content_in_wasm = measure(Buffer.concat(content));
  const first = ['wasm', 'js', 'css', 'html'].reduce((a, k) => a + out[k].brotli, 0);
  out.first_load_brotli = first;
  return out;
}

// ---- Lighthouse ----------------------------------------------------------
async function runLighthouse(url) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'lh-')) });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, {
        extends: 'lighthouse:default',
        settings: { formFactor: 'mobile', throttlingMethod: 'simulate', screenEmulation: { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false } },
      });
      results.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        best_practices: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        fcp_ms: lhr.audits['first-contentful-paint'].numericValue,
        lcp_ms: lhr.audits['largest-contentful-paint'].numericValue,
        tbt_ms: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        bytes: lhr.audits['total-byte-weight'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  const keys = Object.keys(results[0]);
  return Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))]));
}

// ---- Interactions --------------------------------------------------------
// Time from an action until the DOM shows its effect and the next frame is painted.
const UNTIL_PAINT = `(check) => new Promise((resolve) => {
  const t0 = performance.now();
  const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
  if (check()) return done();
  const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); done(); } });
  mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
})`;

// The prerendered page is on screen until the app, started over several
// tasks, replaces it: interactions are measured on the app's page.
const takenOver = (page) => page.waitForFunction(() => !document.querySelector('#app[data-prerendered]'));

async function interactions(url) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
  const context = await browser.newContext();
  const page = await context.newPage();
  const out = {};

  // Repeat visit with the service worker warm: navigation start to a rendered timeline.
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  const warm = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(url);
    await page.waitForSelector('.timeline-stage');
    warm.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))));
  }
  out.repeat_visit_to_timeline_ms = median(warm);

  async function clickToPaint(route, rowSelector) {
    await page.goto(url + route);
    await takenOver(page);
    await page.waitForSelector(rowSelector);
    const times = [];
    for (let i = 0; i < 20; i++) {
      const status = i % 2 ? 'pending' : 'done';
      times.push(await page.evaluate(([sel, st, untilPaint]) => {
        const row = document.querySelector(sel);
        const bar = document.querySelector('main .progress-text');
        const before = bar.textContent;
        const wait = eval(untilPaint)(() => bar.textContent !== before);
        row.querySelector(`.status-${st} input`).click();
        return wait;
      }, [rowSelector, status, UNTIL_PAINT]));
    }
    return median(times);
  }
  out.status_click_to_paint_stage_ms = await clickToPaint('stage/backend-foundations', '.topic-row');
  out.status_click_to_paint_all_topics_ms = await clickToPaint('topics', '.topic-row:last-child');

  // Route change: stage page to a topic page, until the new heading is painted.
  const routes = [];
  for (let i = 0; i < 10; i++) {
    await page.goto(url + 'stage/backend-web');
    await takenOver(page);
    await page.waitForSelector('.topic-link');
    routes.push(await page.evaluate((untilPaint) => {
      const link = document.querySelector('.topic-link');
      const title = link.textContent;
      const wait = eval(untilPaint)(() => document.querySelector('main h1')?.textContent === title);
      link.click();
      return wait;
    }, UNTIL_PAINT));
  }
  out.route_change_stage_to_topic_ms = median(routes);

  // Search keystroke, once search exists: from the input event until the result
  // list shows the results for the new query (the list carries data-query).
  await page.goto(url);
  await takenOver(page);
  await page.keyboard.press('/');
  if (await page.locator('#search-input').count()) {
    const keys = [];
    for (const word of ['postgres', 'kubernetes', 'websockets', 'authentication', 'message broker']) {
      await page.locator('#search-input').fill('');
      for (const ch of word) {
        keys.push(await page.evaluate((c) => new Promise((resolve) => {
          const input = document.querySelector('#search-input');
          const list = document.querySelector('#search-results');
          const t0 = performance.now();
          input.value += c;
          const target = input.value;
          const check = () => list.dataset.query === target;
          const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); resolve(performance.now() - t0); } });
          mo.observe(list, { attributes: true, childList: true, subtree: true });
          input.dispatchEvent(new Event('input', { bubbles: true }));
          if (check()) { mo.disconnect(); resolve(performance.now() - t0); }
        }), ch));
      }
    }
    out.search_keystroke_ms = median(keys);
    await page.keyboard.press('Escape');
  }

  // Heap after visiting every page.
  for (const route of ['', 'topics', 'stage/backend-foundations', 'topic/http', 'compare', 'outlook', 'settings', 'data']) {
    await page.goto(url + route);
    await takenOver(page);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  out.js_heap_after_all_pages_kb = usedSize / 1024;

  await browser.close();
  return out;
}

// ---- Main ----------------------------------------------------------------
// A fixed port (BENCH_PORT) when the build names it as its site URL, so canonical links match.
const { server, url } = await startServer({ root: dist, base: '/', port: Number(process.env.BENCH_PORT || 0) });
// The pages Lighthouse audits: home, a stage and a topic, each a prerendered page.
const PAGES = { home: '', stage: 'stage/backend-web', topic: 'topic/http' };
try {
  const bytes = sizes();
  const pages = {};
  for (const [name, route] of Object.entries(PAGES)) pages[name] = await runLighthouse(url + route);
  const lh = pages.home;
  const ui = await interactions(url);
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model?.trim()}, ${round(os.totalmem() / 2 ** 30, 0)} GiB, ${os.platform()} ${os.release()}`,
    lighthouse_runs: runs,
    lighthouse: pages,
    interactions: ui,
    bytes,
  };
  fs.mkdirSync('target/bench', { recursive: true });
  fs.writeFileSync('target/bench/report.json', JSON.stringify(report, null, 2));

  const kb = (b) => `${round(b / 1024)} KB`;
  const each = (f) => Object.values(pages).map(f).join(' / ');
  const rows = [
    ['Lighthouse performance (mobile), home / stage / topic', each((p) => round(p.performance, 0)), '≥ 98'],
    ['Lighthouse accessibility', each((p) => round(p.accessibility, 0)), '100'],
    ['Lighthouse best practices', each((p) => round(p.best_practices, 0)), '100'],
    ['Lighthouse SEO', each((p) => round(p.seo, 0)), '100'],
    ['First contentful paint', each((p) => `${round(p.fcp_ms, 0)} ms`), '—'],
    ['Largest contentful paint', each((p) => `${round(p.lcp_ms, 0)} ms`), '≤ 1800 ms'],
    ['Total blocking time', each((p) => `${round(p.tbt_ms, 0)} ms`), '≤ 100 ms'],
    ['Cumulative layout shift', each((p) => round(p.cls, 3)), '≤ 0.02'],
    ['Bytes transferred (Lighthouse)', each((p) => kb(p.bytes)), '—'],
    ['Repeat visit to timeline (SW warm)', `${round(ui.repeat_visit_to_timeline_ms)} ms`, '—'],
    ['Status click to paint, stage', `${round(ui.status_click_to_paint_stage_ms)} ms`, '≤ 16 ms'],
    ['Status click to paint, All topics page (every topic of the plan)', `${round(ui.status_click_to_paint_all_topics_ms)} ms`, '≤ 16 ms'],
    ['Route change stage to topic', `${round(ui.route_change_stage_to_topic_ms)} ms`, '≤ 50 ms'],
    ['Search keystroke to results (DOM)', ui.search_keystroke_ms === undefined ? 'no search yet' : `${round(ui.search_keystroke_ms)} ms`, '≤ 5 ms'],
    ['JS heap after every page', kb(ui.js_heap_after_all_pages_kb * 1024), '—'],
    ['wasm (raw / gzip / brotli)', `${kb(bytes.wasm.raw)} / ${kb(bytes.wasm.gzip)} / ${kb(bytes.wasm.brotli)}`, '—'],
    ['JS (raw / gzip / brotli)', `${kb(bytes.js.raw)} / ${kb(bytes.js.gzip)} / ${kb(bytes.js.brotli)}`, '—'],
    ['CSS (raw / gzip / brotli)', `${kb(bytes.css.raw)} / ${kb(bytes.css.gzip)} / ${kb(bytes.css.brotli)}`, '—'],
    ['Content, embedded in the wasm (raw / gzip / brotli)', `${kb(bytes.content_in_wasm.raw)} / ${kb(bytes.content_in_wasm.gzip)} / ${kb(bytes.content_in_wasm.brotli)}`, '—'],
    ['First load after brotli (home HTML + JS + wasm + CSS)', kb(bytes.first_load_brotli), `≤ 300 KB (goal), ${BUDGET_KB} KB (budget)`],
  ];
  console.log(`\nBenchmark ${report.date} on ${report.machine}; Lighthouse medians of ${runs} runs\n`);
  console.log('| Measure | Result | Target |\n|---|---|---|');
  for (const [m, r, t] of rows) console.log(`| ${m} | ${r} | ${t} |`);
  console.log('\nWritten to target/bench/report.json');
} finally {
  server.close();
}
