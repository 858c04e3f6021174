// Self-check questions and review: rating schedules a card (and survives a
// reload), the header's due count follows, a whole session works by keyboard,
// cram leaves the schedule alone, and the pages pass axe-core in both themes.
import { test, expect, open, axeViolations, seedProgress, storedProgress, topic, plan, KEY } from './helpers.mjs';

/** The header's review link, whose name carries the due count. */
const reviewLink = (page) => page.getByRole('navigation', { name: 'Main' }).locator('a[href$="/review"]');

/** Progress with `ids` done (stored form). */
const withDone = (ids, extra = {}) => ({
  schema: 4,
  topics: Object.fromEntries(ids.map((id) => [id, { status: 'done', at: 1 }])),
  settings: { at: 1 },
  ...extra,
});

test('rating a question schedules it, survives a reload and lowers the due count', async ({ page }) => {
  const questions = topic('http').questions;
  await seedProgress(page, withDone(['http']));
  await open(page, 'topic/http');
  await expect(reviewLink(page)).toHaveAccessibleName(`Review ${questions.length} due`);
  await expect(page.locator('.due-badge')).toHaveText(String(questions.length));

  const first = page.locator('.check-yourself .flashcard').first();
  await expect(first.locator('.flashcard-answer')).toHaveCount(0);
  await first.getByRole('button', { name: /Show answer/ }).click();
  await expect(first.locator('.flashcard-answer')).toContainText(questions[0].answer.slice(0, 30));
  await first.getByRole('button', { name: /^Good/ }).click();
  await expect(first.locator('.flashcard-answer')).toHaveCount(0);

  await page.reload();
  await expect(page.locator('.check-yourself .next-review').first()).toContainText('Next review:');
  await expect(reviewLink(page)).toHaveAccessibleName(`Review ${questions.length - 1} due`);
  const stored = await storedProgress(page);
  const card = stored.cards[questions[0].id];
  expect(card.reps).toBe(1);
  expect(card.due).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);
  expect(Object.keys(stored.reviews)).toHaveLength(1);
  expect(stored.schema).toBe(5);
});

test('a whole review session works by keyboard only and ends with a summary', async ({ page }) => {
  const ids = ['http', 'dns'];
  const total = ids.reduce((n, id) => n + topic(id).questions.length, 0);
  await seedProgress(page, withDone(ids));
  await open(page, 'review');
  await expect(page.locator('#due-summary')).toHaveText(`${total} questions are due today.`);
  // Tab to "Start review", as a keyboard user would.
  for (let i = 0; i < 80; i += 1) {
    if (await page.evaluate(() => document.activeElement?.id) === 'start-review') break;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#start-review')).toBeFocused();
  await page.keyboard.press('Enter');
  const ratings = ['1', '2', '3', '4'];
  for (let i = 0; i < total; i += 1) {
    await expect(page.locator('.session-progress')).toContainText(`Question ${i + 1} of ${total}`);
    await page.keyboard.press('Space');
    await expect(page.locator('.session .flashcard-answer')).toBeVisible();
    await page.keyboard.press(ratings[i % 4]);
  }
  await expect(page.locator('.session-summary')).toContainText(`Session complete: ${total} questions reviewed.`);
  await expect(page.locator('.session-summary')).toBeFocused();
  const stored = await storedProgress(page);
  expect(Object.keys(stored.cards)).toHaveLength(total);
  expect(Object.keys(stored.reviews)).toHaveLength(total);
  // Cards rated Again come back tomorrow at the earliest: nothing is due today now.
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Back to review' }).press('Enter');
  await expect(page.locator('#due-summary')).toHaveText('Nothing is due today.');
  await expect(page.locator('#retention')).toContainText(`of ${total} reviews`);
  await expect(page.locator('#streak')).toContainText('1 day');
});

test('cram goes through a whole stage and leaves the schedule alone', async ({ page }) => {
  const stage = plan('backend').stages[2];
  const total = stage.topics.reduce((n, id) => n + topic(id).questions.length, 0);
  await open(page, 'review');
  await page.locator('#cram-scope').selectOption(stage.id);
  await page.locator('#start-cram').click();
  await expect(page.locator('.session h2')).toHaveText(`Cram: ${stage.title}`);
  await expect(page.locator('.session-progress')).toContainText(`Question 1 of ${total}`);
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /^Easy/ }).click();
  await expect(page.locator('.session-progress')).toContainText(`Question 2 of ${total}`);
  await page.getByRole('button', { name: 'End session' }).click();
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  expect(stored === null || !JSON.parse(stored).cards).toBeTruthy();
});

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violation on the review page and a session in the ${theme} theme`, async ({ page }) => {
    await seedProgress(page, withDone(['http'], { settings: { theme, at: 1 } }));
    await open(page, 'review');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#start-review').click();
    await page.keyboard.press('Space');
    await expect(page.locator('.session .rate-row')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the data page counts reviewed questions', async ({ page }) => {
  await seedProgress(page, withDone(['http']));
  await open(page, 'topic/http');
  await page.locator('.check-yourself .reveal').first().click();
  await page.locator('.check-yourself .rate-good').first().click();
  await open(page, 'data');
  await expect(page.locator('#review-counts')).toContainText('1 reviewed at least once, 1 review in total');
});
