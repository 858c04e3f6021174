// Offline-first: the service worker serves the app with no network; a new build shows the update notice.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test, expect } from './helpers.mjs';
import { startServer } from './static-server.mjs';

const DIST = process.env.E2E_DIST || 'target/e2e-dist';
const BASE = process.env.E2E_BASE || '/roadmap/';

function copyDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roadmap-dist-'));
  fs.cpSync(DIST, dir, { recursive: true });
  return dir;
}

async function stop(server) {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
}

test('after one visit the app reloads, opens deep links and keeps progress with the server stopped', async ({ browser }) => {
  const root = copyDist();
  const { server, url } = await startServer({ root, base: BASE });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('main h1')).toBeVisible();
  await waitForController(page);
  await stop(server);

  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await page.goto(`${url}topic/http`);
  await expect(page.locator('main h1')).toHaveText('HTTP');
  await page.getByRole('radio', { name: 'Done' }).check();
  await page.goto(`${url}stage/backend-web`);
  await expect(page.locator('.topic-row[data-topic="http"]')).toHaveAttribute('data-status', 'done');
  await page.reload();
  await expect(page.locator('.topic-row[data-topic="http"]')).toHaveAttribute('data-status', 'done');
  await context.close();
});

test('a second build served in place of the first shows the update notice, and reload runs it', async ({ browser }) => {
  const first = copyDist();
  const { server, url } = await startServer({ root: first, base: BASE });
  const port = new URL(url).port;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await waitForController(page);
  const oldVersion = await page.locator('#app-version').textContent();
  expect(oldVersion).toMatch(/^[0-9a-f]{12}$/);

  // The second build: different content, so a new version and a new sw.js.
  const second = copyDist();
  fs.writeFileSync(path.join(second, 'release-notes.txt'), `build after ${oldVersion}\n`);
  execFileSync('node', ['scripts/gen-sw.mjs', second]);
  const newVersion = fs.readFileSync(path.join(second, 'index.html'), 'utf8').match(/name="app-version" content="([^"]+)"/)[1];
  expect(newVersion).not.toBe(oldVersion);
  await stop(server);
  const swapped = await startServer({ root: second, base: BASE, port: Number(port) });

  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await expect(page.getByText('A new version of the app is ready')).toBeVisible({ timeout: 15_000 });
  // Until the learner chooses, the old version keeps running.
  await expect(page.locator('#app-version')).toHaveText(oldVersion);
  await page.locator('#reload-update').click();
  await expect(page.locator('#app-version')).toHaveText(newVersion, { timeout: 15_000 });
  await context.close();
  await stop(swapped.server);
});

test('a full walkthrough makes no third-party request and no CSP violation', async ({ page, errors }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const origins = new Set();
  page.on('request', (req) => origins.add(new URL(req.url()).origin));
  const { url } = { url: process.env.E2E_URL };
  for (const route of ['', 'stage/backend-foundations', 'topic/http', 'compare', 'outlook', 'data', 'shared#1~d.http', 'nowhere']) {
    await page.goto(url + route);
    await expect(page.locator('main h1')).toBeVisible();
    await page.locator('#theme-toggle').click();
  }
  await page.goto(url + 'topic/dns');
  await page.getByRole('radio', { name: 'Done' }).check();
  await page.getByRole('textbox', { name: 'Your note' }).fill('note');
  expect([...origins]).toEqual([new URL(url).origin]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the web app manifest makes the app installable: name, scope, 192, 512 and maskable icons', async ({ page, request }) => {
  await page.goto(process.env.E2E_URL);
  const href = await page.locator('link[rel=manifest]').evaluate((l) => l.href);
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toBe('Backend Roadmap');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, href).href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});
