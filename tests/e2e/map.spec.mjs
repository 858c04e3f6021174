// The map, progress over time and the compare picture: one focusable node per
// topic with a single tab stop, arrow keys and status keys, the SVG download,
// exact chart figures from a seeded history, and axe-core in both themes.
import fs from 'node:fs';
import { test, expect, open, axeViolations, seedProgress, storedProgress, topic, plan, catalogue } from './helpers.mjs';

// Day boundaries in the tests' expectations are UTC days.
test.use({ timezoneId: 'UTC' });

const DAY = 86_400_000;
/** The distinct topics of a plan, in plan order. */
const planTopics = (id) => [...new Set(plan(id).stages.flatMap((s) => s.topics))];
const nodes = (page) => page.locator('.plan-map a.map-node');

test('the map has one focusable node per topic of the plan, and one tab stop', async ({ page }) => {
  await open(page, 'map');
  const ids = planTopics('backend');
  await expect(nodes(page)).toHaveCount(ids.length);
  expect(await nodes(page).evaluateAll((els) => els.map((el) => el.dataset.topic))).toEqual(ids);
  await expect(page.locator('.plan-map [tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('.plan-map .map-stage')).toHaveCount(plan('backend').stages.length);
  await expect(page.locator('.plan-map')).toHaveAccessibleName(`Map of ${plan('backend').title}`);

  // Tab reaches the map once, then leaves it.
  await page.locator('#download-map').focus();
  await page.keyboard.press('Tab');
  await expect(nodes(page).first()).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement.closest('.plan-map'))).toBe(false);

  // Every topic, with its status, as a list too.
  await expect(page.locator('.map-list a[href*="/topic/"]')).toHaveCount(ids.length);
});

test('arrow keys move between nodes and d marks the focused one done, in its look and its name', async ({ page }) => {
  await open(page, 'map');
  const ids = planTopics('backend');
  const first = nodes(page).first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(`.plan-map [data-topic="${ids[1]}"]`)).toBeFocused();
  const columns = await page.evaluate(() => new Set([...document.querySelectorAll('.plan-map a.map-node')].map((a) => a.querySelector('rect').getAttribute('x'))).size);
  expect(columns).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const below = page.locator(`.plan-map [data-topic="${ids[columns]}"]`);
  await expect(below).toBeFocused();
  await expect(page.locator('.plan-map [tabindex="0"]')).toHaveAttribute('data-topic', ids[columns]);

  const title = topic(ids[columns]).title;
  await expect(below).toHaveAccessibleName(`${title}, pending`);
  await page.keyboard.press('d');
  const node = page.locator(`.plan-map [data-topic="${ids[columns]}"]`);
  await expect(node).toHaveAttribute('data-status', 'done');
  await expect(node).toHaveAccessibleName(`${title}, done`);
  await expect(node.locator('.node-icon')).toHaveText('✓');
  await expect(node).toBeFocused();
  expect((await storedProgress(page)).topics[ids[columns]].status).toBe('done');
  // The lines of the focused topic stand out.
  const lit = await page.locator('.plan-map .map-edge.lit').count();
  const edges = await page.locator(`.plan-map .map-edge[data-to="${ids[columns]}"], .plan-map .map-edge[data-from="${ids[columns]}"]`).count();
  expect(lit).toBe(edges);

  // Enter opens the topic.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/topic/${ids[columns]}$`));
  await expect(page.locator('main h1')).toHaveText(title);
});

test('the map follows the plan switcher and marks the current stage', async ({ page }) => {
  const first = plan('backend').stages[0].topics;
  await seedProgress(page, { schema: 4, topics: Object.fromEntries(first.map((id) => [id, { status: 'done', at: 1 }])), settings: { at: 1 } });
  await open(page, 'map');
  await expect(page.locator('.map-stage-here .stage-name')).toContainText(plan('backend').stages[1].title.slice(0, 12));
  await expect(page.locator('.map-stage-here .map-here')).toHaveText('➤ You are here');
  await page.locator('#plan-switcher').selectOption('uncodemy');
  await expect(nodes(page)).toHaveCount(planTopics('uncodemy').length);
  await expect(page.locator('main h1')).toHaveText(`Map of ${plan('uncodemy').title}`);
});

test('the downloaded map is an SVG file with every node and its own styles', async ({ page }) => {
  await open(page, 'map');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-map').click()]);
  expect(download.suggestedFilename()).toBe('backend-map.svg');
  const text = fs.readFileSync(await download.path(), 'utf8');
  // Parsed in a blank page: the app's policy forbids the file's own <style>, a file's policy does not.
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      root: doc.documentElement.localName,
      namespace: doc.documentElement.namespaceURI,
      errors: doc.getElementsByTagName('parsererror').length,
      nodes: doc.querySelectorAll('a.map-node').length,
      style: !!doc.querySelector('style'),
      link: doc.querySelector('a.map-node').getAttribute('href'),
    };
  }, text);
  expect(parsed).toMatchObject({ root: 'svg', namespace: 'http://www.w3.org/2000/svg', errors: 0, nodes: planTopics('backend').length, style: true });
  expect(parsed.link).toMatch(/^http:\/\/[^/]+\/roadmap\/topic\//);
});

test('printing the map hides the controls and keeps the picture', async ({ page }) => {
  await open(page, 'map');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('#print-map')).toBeHidden();
  await expect(page.locator('.plan-map')).toBeVisible();
});

/** Noon UTC, `n` days before today. */
const daysAgo = (now, n) => Math.floor(now / DAY) * DAY - n * DAY + DAY / 2;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

test('progress over time: the burn-up, the calendar and the streaks show the seeded history exactly', async ({ page }) => {
  const now = Date.now();
  const stage = plan('backend').stages[0].topics;
  const [a, b, c] = stage;
  const start = isoDay(daysAgo(now, 10));
  const progress = {
    schema: 4,
    topics: {
      [a]: { status: 'done', at: daysAgo(now, 6) },
      [b]: { status: 'done', at: daysAgo(now, 1) },
      [c]: { status: 'learning', at: daysAgo(now, 0) },
    },
    checks: {
      'x~1': { on: true, at: daysAgo(now, 1) },
      'x~2': { on: false, at: daysAgo(now, 2) },
    },
    reviews: { [`${daysAgo(now, 2)}~q`]: { rating: 3, at: 1 }, [`${daysAgo(now, 20)}~q`]: { rating: 3, at: 1 } },
    settings: { start, hours_per_week: 10, at: 1 },
  };
  await seedProgress(page, progress);
  await open(page, 'progress');

  // Burn-up: every finished day with its cumulative hours.
  const hours = (id) => topic(id).hours;
  const rows = await page.locator('#burnup-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  const byDay = Object.fromEntries(rows.map(([day, finished]) => [day, finished]));
  const fmt = (h) => (Number.isInteger(h) ? String(h) : h.toFixed(1));
  expect(byDay[isoDay(daysAgo(now, 6))]).toBe(fmt(hours(a)));
  expect(byDay[isoDay(daysAgo(now, 1))]).toBe(fmt(hours(a) + hours(b)));
  expect(byDay[isoDay(daysAgo(now, 0))]).toBe(fmt(hours(a) + hours(b) + hours(c) / 2));
  // The planned column reaches the plan's hours on the last stage's last day.
  const total = Number((await page.locator('#burnup-summary').textContent()).match(/of (\d+) hours/)[1]);
  expect(rows.at(-1)[2]).toBe(String(total));
  await expect(page.locator('#burnup-summary')).toContainText(`${fmt(hours(a) + hours(b) + hours(c) / 2)} of ${total} hours finished by today`);
  await expect(page.locator('.burnup-chart .finished-line')).toHaveCount(1);
  await expect(page.locator('.burnup-chart .planned-line')).toHaveCount(1);

  // Calendar: this week's row (newest first), counts per day.
  const cells = await page.locator('#activity-table tbody tr').first().locator('td').allTextContents();
  const weekday = (new Date(now).getUTCDay() + 6) % 7;
  const expected = Array.from({ length: 7 }, (_, d) => {
    if (d > weekday) return '';
    const ago = weekday - d;
    return String({ 0: 1, 1: 2, 2: 2, 6: 1 }[ago] ?? 0);
  });
  expect(cells).toEqual(expected);
  await expect(page.locator('#activity-table tbody tr')).toHaveCount(26);
  await expect(page.locator('.activity-chart rect.day')).toHaveCount(25 * 7 + weekday + 1);
  await expect(page.locator(`.activity-chart title:text-is("${isoDay(daysAgo(now, 1))}: 2")`)).toHaveCount(1);
  // Today, yesterday and the day before: a run of three; 6 and 20 days ago stand alone.
  await expect(page.locator('#current-streak')).toHaveText('3 days');
  await expect(page.locator('#longest-streak')).toHaveText('3 days');
  await expect(page.locator('#active-days')).toHaveText('5');
});

test('compare shows the catalog as a picture, each topic numbered by the plans that include it', async ({ page }) => {
  await open(page, 'compare');
  const squares = page.locator('.coverage-map g');
  await expect(squares).toHaveCount(catalogue.topics.length);
  const published = catalogue.plans.filter((p) => p.source.kind === 'published');
  const count = published.filter((p) => p.stages.some((s) => s.topics.includes('http'))).length;
  await expect(page.locator('.coverage-map title', { hasText: /^HTTP:/ })).toHaveText(`HTTP: ${count} of ${published.length}`);
  await expect(page.locator('.coverage-map')).toHaveAccessibleName(/published plans include each topic/);
});

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violation on the map, progress and compare pages in the ${theme} theme, with history`, async ({ page }) => {
    // axe-core reads every node of the map's picture: allow it time on a loaded machine.
    test.setTimeout(120_000);
    const now = Date.now();
    const ids = planTopics('backend');
    const topics = Object.fromEntries(ids.slice(0, 12).map((id, i) => [id, { status: ['done', 'learning', 'skipped'][i % 3], at: daysAgo(now, i) }]));
    await seedProgress(page, { schema: 4, topics, settings: { theme, start: isoDay(daysAgo(now, 30)), at: 1 } });
    const found = {};
    for (const path of ['map', 'progress', 'compare']) {
      await open(page, path);
      await page.locator('details').evaluateAll((els) => els.forEach((d) => { d.open = true; }));
      if (path === 'map') await nodes(page).nth(3).focus();
      const violations = await axeViolations(page);
      if (violations.length) found[path] = violations;
    }
    expect(found).toEqual({});
  });
}
