// Smoke test for the README's first command: starts the dev server exactly as
// `make serve` does (on a free port), loads the page in Chromium and checks that
// the app renders its timeline with live reload connected, no console or page
// error, no failed request, no request answered by the HTML fallback (a file
// that does not exist) and no service worker. Stops the server's whole process
// group at the end, also on failure.
// Usage: node tests/smoke/serve.mjs   (env: CHROMIUM, SMOKE_PORT, SMOKE_TIMEOUT_MS)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
// The first dev build compiles the debug wasm: minutes on a cold target dir.
const startTimeout = Number(process.env.SMOKE_TIMEOUT_MS || 10 * 60_000);
const logFile = path.join(root, 'target/smoke/serve.log');

const log = (msg) => console.log(`smoke: ${msg}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function logTail(lines = 40) {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

let server = null;
let serverExited = false;

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the dev server's whole process group (make, trunk, cargo...): TERM, then KILL. */
async function stopServer() {
  if (!server) return;
  const { pid } = server;
  server = null;
  try { process.kill(-pid, 'SIGTERM'); } catch { /* already gone */ }
  for (let i = 0; i < 50 && groupAlive(pid); i += 1) await sleep(100);
  if (groupAlive(pid)) {
    try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await stopServer();
    process.exit(130);
  });
}
// Last resort if the script dies some other way.
process.on('exit', () => {
  if (server) try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
});

async function waitForServer(url) {
  const deadline = Date.now() + startTimeout;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error(`\`make serve\` exited before serving; its log ends with:\n${logTail()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      const body = await res.text();
      // Ready once the built page (with trunk's wasm loader) is served.
      if (res.status === 200 && body.includes('.wasm')) return;
    } catch { /* not listening yet */ }
    await sleep(1_000);
  }
  throw new Error(`the dev server did not serve ${url} within ${startTimeout / 1000} s; its log ends with:\n${logTail()}`);
}

async function checkPage(url) {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Records every registration attempt: the worker's own script fetch is not
    // one of the page's requests, so a failed attempt would otherwise show only
    // as a console message.
    await page.addInitScript(() => {
      window.__smokeSwRegistrations = [];
      const container = navigator.serviceWorker;
      if (!container) return;
      const register = container.register.bind(container);
      container.register = (url, options) => {
        window.__smokeSwRegistrations.push(String(url));
        return register(url, options);
      };
    });
    const sockets = [];
    page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => problems.push(`failed request: ${req.url()} ${req.failure()?.errorText}`));
    page.on('response', (res) => {
      const type = res.headers()['content-type'] || '';
      if (res.status() >= 400) problems.push(`http ${res.status()}: ${res.url()}`);
      // The dev server answers a path it has no file for with index.html (status 200).
      else if (res.request().resourceType() !== 'document' && type.startsWith('text/html')) {
        problems.push(`no such file (answered by the HTML fallback): ${res.url()}`);
      }
    });
    page.on('websocket', (ws) => {
      sockets.push(ws.url());
      ws.on('socketerror', (err) => problems.push(`websocket error: ${ws.url()} ${err}`));
    });

    const response = await page.goto(url);
    if (response.status() !== 200) problems.push(`page status ${response.status()}`);
    try {
      await page.locator('.timeline-stage').first().waitFor({ state: 'visible', timeout: 60_000 });
    } catch {
      const shell = await page.locator('body').innerText().catch(() => '?');
      problems.push(`the timeline did not render within 60 s; the page shows: ${JSON.stringify(shell.slice(0, 200))}`);
    }
    // Let late requests (manifest, icons, a service worker registration) happen.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    await sleep(1_000);

    const heading = await page.locator('main h1').textContent().catch(() => null);
    if (!heading || !/roadmap/i.test(heading)) problems.push(`main h1 is ${JSON.stringify(heading)}, expected the roadmap heading`);
    if (!sockets.some((u) => u.endsWith('/.well-known/trunk/ws'))) {
      problems.push(`live reload did not connect (websockets opened: ${JSON.stringify(sockets)})`);
    }
    const attempts = await page.evaluate(() => window.__smokeSwRegistrations);
    if (attempts.length) problems.push(`the dev page tried to register a service worker: ${attempts.join(', ')}`);
    const workers = await page.evaluate(async () => ('serviceWorker' in navigator
      ? (await navigator.serviceWorker.getRegistrations()).map((r) => r.active?.scriptURL || r.installing?.scriptURL || r.waiting?.scriptURL || r.scope)
      : []));
    if (workers.length) problems.push(`a service worker is registered by the dev page: ${workers.join(', ')}`);
    await context.close();
  } finally {
    await browser.close();
  }
  return problems;
}

async function main() {
  const port = Number(process.env.SMOKE_PORT) || await freePort();
  const url = `http://127.0.0.1:${port}/`;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'w');
  log(`starting \`make serve SERVE_PORT=${port}\` (log: ${path.relative(root, logFile)})`);
  // Own process group (detached), so the whole tree can be stopped at once.
  server = spawn('make', ['--no-print-directory', 'serve', `SERVE_PORT=${port}`], {
    cwd: root, detached: true, stdio: ['ignore', out, out],
  });
  server.on('exit', () => { serverExited = true; });

  const started = Date.now();
  await waitForServer(url);
  log(`dev server ready at ${url} after ${Math.round((Date.now() - started) / 1000)} s`);

  const problems = await checkPage(url);
  if (problems.length) {
    throw new Error(`the dev page at ${url} is not clean:\n  - ${problems.join('\n  - ')}`);
  }
  log('the dev page renders the timeline with live reload, no console error, no failed request, no service worker');
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(`smoke: FAILED: ${err.message}`);
} finally {
  await stopServer();
}
process.exit(failed ? 1 : 0);
