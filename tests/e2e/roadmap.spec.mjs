// The roadmap UI: timeline, stage checklist, topic page, compare, outlook, theme, keyboard.
import { test, expect, open, axeViolations, catalogue, plan, filledProgress, seedProgress } from './helpers.mjs';

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
  await expect(page.getByText(new RegExp(`Included in \\d of ${catalogue.plans.length} plans`))).toBeVisible();
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
  await expect(page.locator('.timeline-stage')).toHaveCount(plan('ten-step-india').stages.length);
  expect(canonicalStages).toBe(plan('backend').stages.length);
  await expect(page.locator('.overall .progress-text')).toContainText('1 of ');
  await page.reload();
  await expect(page.locator('#plan-switcher')).toHaveValue('ten-step-india');
});

test('compare lists every plan with weeks, stages, topics and coverage', async ({ page }) => {
  await open(page, 'compare');
  await expect(page.locator('.compare-table tbody tr')).toHaveCount(catalogue.plans.length);
  await expect(page.locator('.compare-table tbody tr').first().locator('td').last()).toHaveText('100%');
  await expect(page.locator('details.gaps')).toHaveCount(catalogue.plans.length);
});

test('outlook shows sourced figures and a salary chart with a text alternative', async ({ page }) => {
  await open(page, 'outlook');
  const chart = page.locator('figure.chart svg[role=img]').first();
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText(/\d/);
  await expect(page.locator('main table').getByText('Uncodemy').first()).toBeVisible();
  await expect(page.locator('main table tbody tr')).toHaveCount(catalogue.outlook.figures.length);
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

const PAGES = ['', 'map', 'progress', 'plans', 'topics', 'stage/backend-foundations', 'topic/http', 'topic/web-frameworks', 'compare', 'outlook', 'review', 'data', 'settings', 'shared#1~d.http.dns', 'no/such/page'];

for (const theme of ['light', 'dark']) {
  for (const [state, progress] of [['fresh', { schema: 3, settings: { theme, at: 1 } }], ['filled in', filledProgress(theme)]]) {
    test(`axe-core finds no violation on any page in the ${theme} theme, progress ${state}`, async ({ page }) => {
      test.setTimeout(150_000);
      await seedProgress(page, progress);
      const found = {};
      for (const path of PAGES) {
        await open(page, path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // A ticked key concept, beside the seeded outcomes and project steps.
        if (path === 'topic/http') {
          await page.locator('.checklist input').first().check();
          // A revealed self-check answer with its rating buttons.
          await page.locator('.check-yourself .reveal').first().click();
          await expect(page.locator('.check-yourself .rate-row').first()).toBeVisible();
        }
        const violations = await axeViolations(page);
        if (violations.length) found[path || 'home'] = violations;
      }
      if (state === 'filled in') {
        await open(page, `stage/${plan('backend').stages[1].id}`);
        for (const status of ['pending', 'learning', 'done', 'skipped']) {
          await expect(page.locator(`.topic-row[data-status="${status}"]`).first()).toBeVisible();
        }
      }
      expect(found).toEqual({});
    });
  }
}

test('no element id is used twice on any page', async ({ page }) => {
  for (const path of PAGES) {
    await open(page, path);
    const repeated = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(repeated, `repeated ids on /${path}`).toEqual([]);
  }
});

test('a plan change keeps focus on the switcher and the pace settings open', async ({ page }) => {
  await open(page);
  await page.locator('.pace-settings summary').click();
  await expect(page.locator('.pace-settings')).toHaveAttribute('open', '');
  const switcher = page.locator('#plan-switcher');
  await switcher.focus();
  await switcher.selectOption('ten-step-india');
  await expect(page.locator('main h1')).toHaveText(plan('ten-step-india').title);
  await expect(switcher).toBeFocused();
  await expect(page.locator('.pace-settings')).toHaveAttribute('open', '');
  await expect(page.locator('.timeline-stage')).toHaveCount(plan('ten-step-india').stages.length);
  // The switcher follows a change made elsewhere (the settings page's own switcher).
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.locator('#settings-plan').selectOption('backend');
  await expect(switcher).toHaveValue('backend');
});

test('the header: one row at 1280 px; two rows at 390 px with the heading and its first line in view and every destination visible', async ({ browser }) => {
  for (const [width, height, rows] of [[1280, 900, 1], [390, 844, 2]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await seedProgress(page, filledProgress());
    for (const path of ['', 'topic/http', 'stage/backend-web']) {
      await open(page, path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header.height, `header height at ${width}px`).toBeLessThanOrEqual(rows === 1 ? 64 : 110);
      // Brand, navigation and tools: one row when their middles line up.
      const middles = await page.locator('.site-header > *').evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return (r.top + r.bottom) / 2;
      }));
      const oneRow = Math.max(...middles) - Math.min(...middles) <= 16;
      expect(oneRow, `one row at ${width}px: ${middles}`).toBe(rows === 1);
      // The heading and the first line after it, without scrolling.
      const lineBottom = await page.locator('main h1').evaluate((h1) => {
        const next = h1.nextElementSibling;
        const lineHeight = parseFloat(getComputedStyle(next).lineHeight) || 24;
        return next.getBoundingClientRect().top + lineHeight;
      });
      expect(lineBottom, `first line after the heading on /${path}`).toBeLessThanOrEqual(height);
      // Inside the navigation's own box, which clips what overflows (a due-count badge included).
      const nav = await page.locator('.main-nav').boundingBox();
      for (const link of await page.locator('.main-nav a').all()) {
        const box = await link.boundingBox();
        expect(box.x + box.width, `${await link.getAttribute('aria-label')} in view`).toBeLessThanOrEqual(Math.min(width, nav.x + nav.width) + 0.5);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
    }
    await context.close();
  }
});

test('no horizontal scroll from 360 px to desktop; screenshots at 390 and 1280 px, light and dark, progress filled in', async ({ browser }) => {
  test.setTimeout(180_000);
  for (const [width, height] of [[360, 740], [390, 844], [1280, 900]]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
      const page = await context.newPage();
      await seedProgress(page, filledProgress());
      for (const path of PAGES.slice(0, 12)) {
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

test('a published plan shows its publisher\'s facts and marks what we added; axe-core passes, both themes, phone and desktop', async ({ browser }) => {
  test.setTimeout(120_000);
  const sixStage = plan('six-stage-career').stages[0];
  for (const [width, height] of [[390, 844], [1280, 900]]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
      const page = await context.newPage();
      const progress = filledProgress(theme);
      progress.settings.plan = 'uncodemy';
      await seedProgress(page, progress);
      await open(page);
      await expect(page.locator('.plan-facts')).toContainText('Mistakes it warns about');
      await expect(page.locator('.stage-meta').first()).toContainText('The publisher gives no duration');
      expect(await axeViolations(page), `uncodemy home, ${theme}`).toEqual([]);
      await page.screenshot({ path: `target/screenshots/uncodemy-home-${width}-${theme}.png`, fullPage: true });
      await open(page, `stage/${sixStage.id}`);
      await expect(page.getByRole('heading', { name: 'From the publisher\'s page' })).toBeVisible();
      await expect(page.locator('.stage-meta')).toContainText('The publisher suggests');
      await expect(page.locator('.tag.ours').first()).toBeVisible();
      expect(await axeViolations(page), `six-stage stage, ${theme}`).toEqual([]);
      await page.screenshot({ path: `target/screenshots/six-stage-stage-${width}-${theme}.png`, fullPage: true });
      await context.close();
    }
  }
});
