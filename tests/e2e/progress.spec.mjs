// Progress is never lost: reloads, tabs, corrupted or disabled storage, export, import, reset.
import fs from 'node:fs';
import { test, expect, open, appUrl } from './helpers.mjs';

const KEY = 'backend-roadmap:progress';
const BACKUP = 'backend-roadmap:progress:unreadable';

async function markDone(page, topic) {
  await open(page, `topic/${topic}`);
  await page.getByRole('radio', { name: 'Done' }).check();
}

test('statuses and notes survive a reload', async ({ page, errors }) => {
  await markDone(page, 'dns');
  await page.getByRole('textbox', { name: 'Your note' }).fill('A, AAAA, CNAME');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveValue('A, AAAA, CNAME');
  expect(errors).toEqual([]);
});

test('two tabs stay in sync', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, 'topic/redis');
  await open(b, 'topic/redis');
  await a.getByRole('radio', { name: 'Learning' }).check();
  await expect(b.getByRole('radio', { name: 'Learning' })).toBeChecked({ timeout: 1000 });
  await b.getByRole('radio', { name: 'Done' }).check();
  await expect(a.getByRole('radio', { name: 'Done' })).toBeChecked({ timeout: 1000 });
});

test('corrupted storage: a notice, the raw text under the backup key, a usable app', async ({ page, errors }) => {
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"schema":2,"topics":{"http":');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY]);
  await open(page);
  await expect(page.locator('.notice')).toContainText('could not be read');
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe('{"schema":2,"topics":{"http":');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect(fs.readFileSync(await (await download).path(), 'utf8')).toBe('{"schema":2,"topics":{"http":');
  await markDone(page, 'http');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe('{"schema":2,"topics":{"http":');
  expect(errors).toEqual([]);
});

test('a schema from the future is set aside, not overwritten', async ({ page }) => {
  const future = JSON.stringify({ schema: 9, topics: { http: { status: 'done', at: 1 } } });
  await page.addInitScript(([key, v]) => { if (!sessionStorage.getItem('s')) { localStorage.setItem(key, v); sessionStorage.setItem('s', '1'); } }, [KEY, future]);
  await open(page);
  await expect(page.locator('.notice')).toContainText('schema 9');
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(future);
});

test('storage that throws: the app works in memory and says so', async ({ page, errors }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await open(page);
  await expect(page.locator('.notice')).toContainText('will not be kept');
  await markDone(page, 'http');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.locator('.overall .progress-text')).toContainText('1 of ');
  expect(errors).toEqual([]);
});

test('storage full: a notice, and the last good copy stays intact', async ({ page }) => {
  await markDone(page, 'http');
  const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByRole('radio', { name: 'Learning' }).check();
  await expect(page.locator('.notice')).toContainText('full');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
});

test('export, reset everything, import restores exactly; undo reverts a reset', async ({ page, errors }) => {
  await markDone(page, 'http');
  await page.getByRole('textbox', { name: 'Your note' }).fill('note kept');
  await open(page, 'data');
  const before = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported.format).toBe('backend-roadmap-progress');
  expect(exported.topics.http.status).toBe('done');

  await page.locator('#reset-all').click();
  await page.locator('#confirm-reset').click();
  await expect(page.locator('#data-message')).toContainText('reset');
  await expect(page.locator('main')).toContainText('Stored now: 0 topic statuses');
  await page.locator('#undo').click();
  await expect(page.locator('main')).toContainText('Stored now: 1 topic statuses, 1 notes');

  await page.locator('#reset-all').click();
  await page.locator('#confirm-reset').click();
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#import-preview')).toContainText('holds 1 topic statuses, 1 notes');
  await page.locator('#import-replace').click();
  const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  expect(after.topics).toEqual(before.topics);
  expect(after.checks).toEqual(before.checks);
  expect(errors).toEqual([]);
});

test('invalid imports give a precise message and change nothing', async ({ page }, info) => {
  await markDone(page, 'http');
  await open(page, 'data');
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const cases = [
    ['not-json.json', 'this is not json', 'not valid JSON'],
    ['array.json', '[1, 2, 3]', 'not a progress object'],
    ['future.json', '{"schema": 7, "topics": {}}', 'schema 7'],
    ['other.json', '{"name": "something else"}', 'holds no topics'],
    ['huge.json', ' '.repeat(1024 * 1024 + 10), 'at most 1024 KB'],
  ];
  for (const [name, body, expected] of cases) {
    const path = info.outputPath(name);
    fs.writeFileSync(path, body);
    await page.locator('#import-file').setInputFiles(path);
    await expect(page.locator('#data-message')).toContainText(expected);
    await expect(page.locator('#data-message')).toContainText('Nothing was changed');
    await expect(page.locator('#import-preview')).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  }
});

test('reset one plan clears only that plan and can be undone', async ({ page }) => {
  await markDone(page, 'sql-joins'); // in the ten-step plan
  await markDone(page, 'grpc'); // not in it
  await open(page);
  await page.locator('#plan-switcher').selectOption('ten-step-india');
  await open(page, 'data');
  await page.locator('#reset-plan').click();
  await page.locator('#confirm-reset').click();
  const status = (id) => page.evaluate(([k, t]) => JSON.parse(localStorage.getItem(k)).topics[t]?.status, [KEY, id]);
  await expect.poll(() => status('sql-joins')).toBe('pending');
  expect(await status('grpc')).toBe('done');
  await page.locator('#undo').click();
  await expect.poll(() => status('sql-joins')).toBe('done');
});

test('a share link round-trips: shown beside, never over, the viewer\'s own, imported on request', async ({ page, browser }) => {
  await markDone(page, 'http');
  await open(page, 'topic/dns');
  await page.getByRole('radio', { name: 'Learning' }).check();
  await open(page, 'data');
  await page.locator('#share-make').click();
  const link = await page.locator('#share-link').inputValue();
  expect(link).toContain('/roadmap/shared#1~d.http~l.dns');

  const viewer = await browser.newContext();
  const other = await viewer.newPage();
  await other.goto(link);
  await expect(other.locator('#share-summary')).toHaveText('This link shares 2 topics: 1 done, 1 learning, 0 skipped.');
  await expect(other.locator('#share-table tbody tr').first()).toBeVisible();
  // The viewer's own progress is untouched until they import.
  expect(await other.evaluate(() => localStorage.getItem('backend-roadmap:progress'))).not.toContain('"http"');
  await other.locator('#share-import').click();
  await expect(other.getByText('Imported 2 statuses')).toBeVisible();
  await open(other, 'topic/http');
  await expect(other.getByRole('radio', { name: 'Done' })).toBeChecked();
  await other.goto(appUrl('shared#1~x.broken'));
  await expect(other.locator('#share-error')).toContainText('damaged');
  await viewer.close();
});

test('a change in one tab is written once and not echoed back by the other (no ping-pong)', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.addInitScript(() => {
      window.__writes = 0;
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) { if (k === 'backend-roadmap:progress') window.__writes += 1; return set.call(this, k, v); };
    });
  }
  await open(a, 'topic/graphql');
  await open(b, 'topic/graphql');
  const before = await b.evaluate(() => window.__writes);
  await a.getByRole('radio', { name: 'Learning' }).check();
  await expect(b.getByRole('radio', { name: 'Learning' })).toBeChecked({ timeout: 1000 });
  await b.waitForTimeout(1500);
  expect(await a.evaluate(() => window.__writes)).toBeLessThanOrEqual(2);
  expect(await b.evaluate(() => window.__writes) - before).toBe(0);
});
