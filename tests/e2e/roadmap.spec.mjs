// The roadmap UI: timeline, stage checklist, topic page, compare, outlook, theme, keyboard.
import { test, expect, open, appUrl, axeViolations } from './helpers.mjs';

const firstStage = (page) => page.locator('.timeline-stage').first();

test('a status click updates the stage bar, the timeline bar and the overall count', async ({ page, errors }) => {
  await open(page);
  const stageId = await firstStage(page).getAttribute('data-stage');
  const total = await page.locator('.overall .progress-text').textContent();
  expect(total).toMatch(/^0 of \d+ finished \(0%\)$/);
  await firstStage(page).locator('h2 a').click();
  await expect(page).toHaveURL(new RegExp(`/stage/${stageId}$`));
  const rows = page.locator('.topic-row');
  const n = await rows.count();
  expect(n).toBeGreaterThan(1);
  // One click on "Done" marks the first topic done.
  await rows.first().locator('.status-done').click();
  await expect(rows.first()).toHaveAttribute('data-status', 'done');
  await expect(page.locator('main .progress-text').first()).toHaveText(`1 of ${n} finished (${Math.floor(100 / n)}%)`);
  await page.getByRole('link', { name: 'Timeline' }).click();
  await expect(firstStage(page).locator('.progress-text')).toHaveText(`1 of ${n} finished (${Math.floor(100 / n)}%)`);
  await expect(page.locator('.overall .progress-text')).toContainText('1 of ');
  expect(errors).toEqual([]);
});

test('keyboard shortcuts d, l, s and r set the status of the focused topic', async ({ page, errors }) => {
  await open(page);
  await firstStage(page).locator('h2 a').click();
  const row = page.locator('.topic-row').nth(1);
  await row.locator('.topic-link').focus();
  for (const [key, status] of [['d', 'done'], ['l', 'learning'], ['s', 'skipped'], ['r', 'pending']]) {
    await page.keyboard.press(key);
    await expect(row).toHaveAttribute('data-status', status);
    await expect(row.locator(`.status-${status} input`)).toBeChecked();
  }
  expect(errors).toEqual([]);
});

test('the status control is a labelled radio group with the state announced', async ({ page }) => {
  await open(page, 'topic/http');
  const group = page.getByRole('radiogroup', { name: 'Status of HTTP' });
  await expect(group).toBeVisible();
  await expect(group.getByRole('radio', { name: 'Pending' })).toBeChecked();
  await group.getByRole('radio', { name: 'Learning' }).check();
  await expect(group.getByRole('radio', { name: 'Learning' })).toBeChecked();
  // Arrow keys move between the options, as radio groups do.
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Done' })).toBeChecked();
});

test('topic page: concepts tick, resources are grouped, plans are counted, the note saves', async ({ page, errors }) => {
  await open(page, 'topic/sql-joins');
  await expect(page.locator('main h1')).toHaveText(/join/i);
  await expect(page.getByText(/Included in \d of 6 plans/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Official documentation' })).toBeVisible();
  await expect(page.locator('.resource-list .tag').first()).toHaveText(/Free|Paid/);
  const concept = page.locator('.checklist input[type=checkbox]').first();
  await concept.check();
  await expect(concept).toBeChecked();
  await page.getByRole('textbox', { name: 'Your note' }).fill('Practise LEFT JOIN with NULLs.');
  await page.reload();
  await expect(page.locator('.checklist input[type=checkbox]').first()).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Your note' })).toHaveValue('Practise LEFT JOIN with NULLs.');
  expect(errors).toEqual([]);
});

test('stage page: outcomes and project items tick; previous and next links navigate', async ({ page, errors }) => {
  await open(page);
  await page.locator('.timeline-stage').nth(1).locator('h2 a').click();
  await expect(page.getByRole('heading', { name: 'By the end you can' })).toBeVisible();
  const outcome = page.locator('.card .checklist input').first();
  await outcome.check();
  await expect(outcome).toBeChecked();
  const title = await page.locator('main h1').textContent();
  await page.locator('.pager-next').click();
  await expect(page.locator('main h1')).not.toHaveText(title);
  await page.locator('.pager-prev').click();
  await expect(page.locator('main h1')).toHaveText(title);
  await expect(page.locator('.card .checklist input').first()).toBeChecked();
  expect(errors).toEqual([]);
});

test('route changes move focus to the heading and update the title', async ({ page }) => {
  await open(page);
  await page.getByRole('link', { name: 'Compare plans' }).click();
  await expect(page.locator('main h1')).toHaveText('Compare plans');
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page).toHaveTitle('Compare plans · Backend Roadmap');
});

test('the plan switcher changes the timeline, and a topic done in one plan is done in all', async ({ page }) => {
  await open(page, 'topic/sql-basics');
  await page.getByRole('radio', { name: 'Done' }).check();
  await page.getByRole('link', { name: 'Timeline' }).click();
  const canonicalStages = await page.locator('.timeline-stage').count();
  await page.locator('#plan-switcher').selectOption('ten-step-india');
  await expect(page.locator('.timeline-stage')).toHaveCount(10);
  expect(canonicalStages).toBeGreaterThanOrEqual(10);
  await expect(page.locator('.overall .progress-text')).toContainText('1 of ');
  await page.reload();
  await expect(page.locator('#plan-switcher')).toHaveValue('ten-step-india');
});

test('compare lists every plan with weeks, stages, topics and coverage', async ({ page }) => {
  await open(page, 'compare');
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(6);
  await expect(page.locator('.compare-table tbody tr').first().locator('td').last()).toHaveText('100%');
  await expect(page.locator('details.gaps')).toHaveCount(6);
});

test('outlook shows sourced figures and a salary chart with a text alternative', async ({ page }) => {
  await open(page, 'outlook');
  const chart = page.locator('figure.chart svg[role=img]').first();
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText(/\d/);
  await expect(page.locator('main table').getByText('Uncodemy').first()).toBeVisible();
  await expect(page.locator('main table tbody tr')).toHaveCount(8);
});

test('the theme toggle cycles system, light and dark and is remembered', async ({ page }) => {
  await open(page);
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', /./);
  await page.locator('#theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.locator('#theme-toggle').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(17, 20, 24)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.locator('#theme-toggle').click();
  await expect(html).not.toHaveAttribute('data-theme', /./);
});

const PAGES = ['', 'topics', 'stage/backend-foundations', 'topic/http', 'topic/web-frameworks', 'compare', 'outlook', 'data', 'settings', 'shared#1~d.http.dns', 'no/such/page'];

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violation on any page in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript((t) => {
      if (!localStorage.getItem('backend-roadmap:progress')) {
        localStorage.setItem('backend-roadmap:progress', JSON.stringify({ schema: 2, settings: { theme: t, at: 1 } }));
      }
    }, theme);
    const found = {};
    for (const path of PAGES) {
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const violations = await axeViolations(page);
      if (violations.length) found[path || 'home'] = violations;
    }
    expect(found).toEqual({});
  });
}

test('no horizontal scroll from 360 px to desktop; screenshots at 390 and 1280 px, light and dark', async ({ browser }) => {
  test.setTimeout(180_000);
  for (const [width, height] of [[360, 740], [390, 844], [1280, 900]]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
      const page = await context.newPage();
      for (const path of PAGES.slice(0, 10)) {
        await open(page, path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal scroll on /${path} at ${width}px`).toBeLessThanOrEqual(0);
        const name = (path || 'home').replace(/[\/#~.]/g, '-');
        if (width !== 360) await page.screenshot({ path: `target/screenshots/${name}-${width}-${theme}.png`, fullPage: true });
      }
      await context.close();
    }
  }
});

test('print: the plan prints as a clean checklist with each topic\'s status', async ({ page }) => {
  await open(page, 'topic/http');
  await page.getByRole('radio', { name: 'Done' }).check();
  await open(page, 'topics');
  await expect(page.locator('#print-plan')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.status-control').first()).toBeHidden();
  await expect(page.locator('#print-plan')).toBeHidden();
  const after = await page.locator('.topic-row[data-topic="http"]').evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toMatch(/done|attr\(data-status\)/);
  await expect(page.locator('.topic-row[data-topic="http"]')).toHaveAttribute('data-status', 'done');
  await page.pdf({ path: 'target/screenshots/plan-print.pdf' }).catch(() => {});
});
