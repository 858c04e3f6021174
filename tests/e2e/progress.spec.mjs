// Progress is never lost: reloads, tabs, corrupted, full or disabled storage,
// export, import, reset and undo, backups, reminders.
import fs from 'node:fs';
import { test, expect, open, appUrl, KEY, BACKUP, markTopic, seedProgress, storedProgress, storedStatus, settled } from './helpers.mjs';

const UNREADABLE = '{"schema":2,"topics":{"http":';
const throwQuota = () => {
  Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
};

test('statuses and notes survive a reload', async ({ page }) => {
  await markTopic(page, 'dns');
  await page.getByRole('textbox', { name: 'Your note' }).fill('A, AAAA, CNAME');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveValue('A, AAAA, CNAME');
});

test('two tabs stay in sync', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await open(a, 'topic/redis');
  await open(b, 'topic/redis');
  await a.getByRole('radio', { name: 'Learning' }).check();
  await expect(b.getByRole('radio', { name: 'Learning' })).toBeChecked();
  await b.getByRole('radio', { name: 'Done' }).check();
  await expect(a.getByRole('radio', { name: 'Done' })).toBeChecked();
});

test('corrupted storage: a notice, the text set aside and listed, a usable app', async ({ page }) => {
  await seedProgress(page, UNREADABLE);
  await open(page);
  await expect(page.locator('.notice')).toContainText('could not be read');
  // Backups are stored as JSON strings holding the exact text.
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), BACKUP))).toBe(UNREADABLE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect(fs.readFileSync(await (await download).path(), 'utf8')).toBe(UNREADABLE);
  await markTopic(page, 'http');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), BACKUP))).toBe(UNREADABLE);

  // The data page lists the backup with Download and Delete.
  await open(page, 'data');
  const row = page.locator(`#backup-list li[data-key="${BACKUP}"]`);
  await expect(row).toContainText('Unreadable progress');
  const again = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Download' }).click();
  expect(fs.readFileSync(await (await again).path(), 'utf8')).toBe(UNREADABLE);
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBeNull();
});

test('a second unreadable text gets its own backup; none is overwritten', async ({ page }) => {
  await page.addInitScript(([key, backup]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(backup, JSON.stringify('an older unreadable text'));
      localStorage.setItem(key, '{"schema":2,"topics":{"dns":');
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, BACKUP]);
  await open(page, 'data');
  await expect(page.locator('#backup-list li')).toHaveCount(2);
  const texts = await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => JSON.parse(localStorage.getItem(k))).sort(), BACKUP);
  expect(texts).toEqual(['an older unreadable text', '{"schema":2,"topics":{"dns":']);
});

test('storage near full with unreadable data: nothing is saved over it and the learner is told', async ({ page }) => {
  await seedProgress(page, UNREADABLE);
  await page.addInitScript(throwQuota);
  await open(page);
  await expect(page.locator('.notice')).toContainText('no room to set it aside');
  await markTopic(page, 'http');
  await settled(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(UNREADABLE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable data' }).click();
  expect(fs.readFileSync(await (await download).path(), 'utf8')).toBe(UNREADABLE);
});

test('a schema from the future is set aside, not overwritten', async ({ page }) => {
  const future = JSON.stringify({ schema: 9, topics: { http: { status: 'done', at: 1 } } });
  await seedProgress(page, future);
  await open(page);
  await expect(page.locator('.notice')).toContainText('schema 9');
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), BACKUP))).toBe(future);
});

test('storage that throws: the app works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await open(page);
  await expect(page.locator('.notice')).toContainText('will not be kept');
  await markTopic(page, 'http');
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(page.locator('.overall .progress-text')).toContainText('1 of ');
  await open(page, 'data');
  await expect(page.locator('#no-backups')).toBeVisible();
});

test('storage full: a notice, and the last good copy stays intact', async ({ page }) => {
  await markTopic(page, 'http');
  const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByRole('radio', { name: 'Learning' }).check();
  await expect(page.locator('.notice')).toContainText('full');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved);
});

test('export, reset everything, import restores exactly; undo reverts a reset', async ({ page, errors }) => {
  await markTopic(page, 'http');
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
  await expect(page.locator('main')).toContainText('Stored now: 1 topic status, 1 note');

  await page.locator('#reset-all').click();
  await page.locator('#confirm-reset').click();
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#import-preview')).toContainText('holds 1 topic status, 1 note');
  await page.locator('#import-replace').click();
  // What was exported comes back exactly; the stamps become the time of the
  // replace, so that no older copy in another tab can undo it.
  const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
  const unstamped = (entries) => Object.fromEntries(Object.entries(entries).map(([id, { at, ...rest }]) => [id, rest]));
  expect(unstamped(after.topics)).toEqual(unstamped(before.topics));
  expect(unstamped(after.checks)).toEqual(unstamped(before.checks));
  expect(after.topics.http.at).toBeGreaterThan(before.topics.http.at);
  expect(errors).toEqual([]);
});

test('invalid imports give a precise message and change nothing', async ({ page }, info) => {
  await markTopic(page, 'http');
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
  await markTopic(page, 'sql-joins'); // in the ten-step plan
  await markTopic(page, 'grpc'); // not in it
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
  // Eight page loads over two contexts, the second installing its own service
  // worker: beside another test on two cores it can pass 30 s.
  test.slow();
  await markTopic(page, 'http');
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
  expect(await other.evaluate((k) => localStorage.getItem(k), KEY)).not.toContain('"http"');
  await other.locator('#share-import').click();
  await expect(other.getByText('Imported 2 statuses')).toBeVisible();
  await open(other, 'topic/http');
  await expect(other.getByRole('radio', { name: 'Done' })).toBeChecked();
  await other.goto(appUrl('shared#1~x.broken'));
  await expect(other.locator('#share-error')).toContainText('damaged');
  await viewer.close();
});

test('an imported date the calendar lacks is reported and left out', async ({ page }, info) => {
  await open(page, 'data');
  const file = info.outputPath('bad-date.json');
  fs.writeFileSync(file, JSON.stringify({ schema: 3, topics: { http: { status: 'done', at: 5 } }, settings: { start: '2025-02-31', at: 5 } }));
  await page.locator('#import-file').setInputFiles(file);
  await expect(page.locator('#import-preview')).toContainText('1 damaged entries in it will be left out');
  await page.locator('#import-merge').click();
  expect((await storedProgress(page)).settings.start ?? null).toBeNull();
  expect(await storedStatus(page, 'http')).toBe('done');
});

test('a change in one tab is written once and not echoed back by the other (no ping-pong)', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.addInitScript((key) => {
      window.__writes = 0;
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) { if (k === key) window.__writes += 1; return set.call(this, k, v); };
    }, KEY);
  }
  await open(a, 'topic/graphql');
  await open(b, 'topic/graphql');
  // Both tabs have written before, so each holds a cache of the stored text.
  await b.getByRole('radio', { name: 'Skipped' }).check();
  await expect(a.getByRole('radio', { name: 'Skipped' })).toBeChecked();
  await a.getByRole('radio', { name: 'Done' }).check();
  await expect(a.getByRole('radio', { name: 'Done' })).toBeChecked();
  await settled(a);
  const [writesA, writesB] = [await a.evaluate(() => window.__writes), await b.evaluate(() => window.__writes)];
  await expect(b.getByRole('radio', { name: 'Done' })).toBeChecked();
  await settled(b);
  await settled(a);
  expect(await b.evaluate(() => window.__writes)).toBe(writesB);
  expect(await a.evaluate(() => window.__writes)).toBe(writesA);
});

/** Two tabs of one browser, both showing `path` with http done, the second opened first. */
async function twoTabs(context, path = 'topic/dns') {
  const b = await context.newPage();
  await markTopic(b, 'http');
  const a = await context.newPage();
  await open(a, path);
  await open(b, 'topic/redis');
  return { a, b };
}

/** Reloads both tabs and returns each one's stored view of `topics`. */
async function afterReload(tabs, topics) {
  const out = [];
  for (const tab of tabs) {
    await tab.reload();
    await expect(tab.locator('main h1')).toBeVisible();
    await settled(tab);
    const p = await storedProgress(tab);
    out.push(Object.fromEntries(topics.map((t) => [t, p?.topics?.[t]?.status ?? 'pending'])));
  }
  return out;
}

test('two tabs: reset everything in one, an edit in the other, and the reset stands in both', async ({ context }) => {
  const { a, b } = await twoTabs(context, 'data');
  await a.locator('#reset-all').click();
  await a.locator('#confirm-reset').click();
  await expect(a.locator('#data-message')).toContainText('reset');
  await b.getByRole('radio', { name: 'Learning' }).check();
  const seen = await afterReload([a, b], ['http', 'redis']);
  for (const view of seen) expect(view).toEqual({ http: 'pending', redis: 'learning' });
  await open(a, 'topic/http');
  await expect(a.getByRole('radio', { name: 'Pending' })).toBeChecked();
});

test('two tabs: replace in one, an edit in the other, and the replacement stands in both', async ({ context }, info) => {
  const { a, b } = await twoTabs(context, 'data');
  const file = info.outputPath('replacement.json');
  fs.writeFileSync(file, JSON.stringify({ schema: 3, topics: { dns: { status: 'done', at: 5 } } }));
  await a.locator('#import-file').setInputFiles(file);
  await a.locator('#import-replace').click();
  await expect(a.locator('#data-message')).toContainText('Replaced');
  await b.getByRole('radio', { name: 'Learning' }).check();
  const seen = await afterReload([a, b], ['http', 'dns', 'redis']);
  for (const view of seen) expect(view).toEqual({ http: 'pending', dns: 'done', redis: 'learning' });
});

test('two tabs: undo a reset in one, an edit in the other, and the undo stands in both', async ({ context }) => {
  const { a, b } = await twoTabs(context, 'data');
  await a.locator('#reset-all').click();
  await a.locator('#confirm-reset').click();
  await expect.poll(() => storedStatus(b, 'http')).toBe('pending');
  await a.locator('#undo').click();
  await expect(a.locator('#data-message')).toContainText('Undone');
  await b.getByRole('radio', { name: 'Learning' }).check();
  const seen = await afterReload([a, b], ['http', 'redis']);
  for (const view of seen) expect(view).toEqual({ http: 'done', redis: 'learning' });
});

test('the backup reminder offers a one-click export, and dismissing it lasts', async ({ page }) => {
  await markTopic(page, 'http');
  const reminder = page.locator('#backup-reminder');
  // Not on the first tick of a visit, but on the next visit.
  await settled(page);
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(reminder).toBeVisible();
  const download = page.waitForEvent('download');
  await reminder.getByRole('button', { name: 'Export a backup' }).click();
  const exported = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
  expect(exported.topics.http.status).toBe('done');
  await expect(reminder).toHaveCount(0);
  await open(page, 'data');
  await expect(page.locator('#last-export')).toContainText('Last export: ');

  // Progress changed long after an old export: the reminder is back, and "later" keeps it away.
  await page.evaluate((key) => {
    const p = JSON.parse(localStorage.getItem(key));
    p.settings.last_export = 1000;
    p.settings.at = 1000;
    localStorage.setItem(key, JSON.stringify(p));
  }, KEY);
  await page.reload();
  await expect(reminder).toBeVisible();
  await reminder.getByRole('button', { name: 'Remind me in 14 days' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.locator('main h1')).toBeVisible();
  await settled(page);
  await expect(reminder).toHaveCount(0);
});

test('the data page says whether storage is persistent', async ({ page }) => {
  await markTopic(page, 'http');
  await open(page, 'data');
  await expect(page.locator('#storage-durability')).toContainText(/Storage is (persistent|best-effort)/);
});

test('a new version found before the app started is still announced', async ({ page }) => {
  await page.addInitScript(() => { window.appUpdateReady = true; });
  await open(page);
  await expect(page.locator('.notice')).toContainText('A new version of the app is ready');
});
