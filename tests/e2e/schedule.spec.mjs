// The personal study plan: dates from hours per week, language tracks, calendar export.
import fs from 'node:fs';
import { test, expect, open } from './helpers.mjs';

const firstStageDates = (page) => page.locator('.timeline-stage').first().locator('.stage-dates');

test('changing hours per week moves the dates on the timeline', async ({ page, errors }) => {
  await open(page, 'settings');
  await page.locator('#start-date').fill('2026-01-05');
  await page.locator('#hours-per-week').fill('10');
  await page.locator('#hours-per-week').press('Enter');
  await page.getByRole('link', { name: 'Timeline' }).click();
  const slow = await firstStageDates(page).textContent();
  expect(slow).toMatch(/^2026-01-05 → \d{4}-\d{2}-\d{2}$/);
  await page.locator('.pace-settings summary').click();
  await page.locator('#hours-per-week').fill('40');
  await page.locator('#hours-per-week').press('Tab');
  await expect(firstStageDates(page)).not.toHaveText(slow);
  const fast = await firstStageDates(page).textContent();
  expect(fast.split(' → ')[1] < slow.split(' → ')[1]).toBe(true);
  await expect(page.locator('#projected-finish')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('#days-ahead')).toHaveText(/days? (ahead|behind)|On schedule/);
  await expect(page.locator('#percent-done')).toHaveText('0%');
  // Out-of-range hours snap into 1 to 60 instead of breaking the schedule.
  await page.locator('#hours-per-week').fill('500');
  await page.locator('#hours-per-week').press('Tab');
  await expect(page.locator('#hours-per-week')).toHaveValue('60');
  expect(errors).toEqual([]);
});

test('switching track changes the framework topic titles and keeps their statuses', async ({ page }) => {
  await open(page, 'topic/web-frameworks');
  const pythonTitle = await page.locator('main h1').textContent();
  expect(pythonTitle).toMatch(/FastAPI|Django/);
  await page.getByRole('radio', { name: 'Done' }).check();
  await open(page, 'settings');
  await page.locator('#track').selectOption('java');
  await open(page, 'topic/web-frameworks');
  await expect(page.locator('main h1')).toContainText('Spring');
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  await expect(page.getByText('Shown for the Java track.')).toBeVisible();
  await open(page, 'stage/backend-frameworks');
  await expect(page.locator('.topic-row[data-topic="web-frameworks"] .topic-link')).toContainText('Spring');
  await expect(page.locator('.topic-row[data-topic="web-frameworks"]')).toHaveAttribute('data-status', 'done');
});

test('the .ics download has one VEVENT per stage plus the finish milestone', async ({ page }) => {
  await open(page, 'settings');
  await page.locator('#start-date').fill('2026-03-02');
  await open(page);
  const stages = await page.locator('.timeline-stage').count();
  await open(page, 'settings');
  const download = page.waitForEvent('download');
  await page.locator('#export-ics').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('backend-schedule.ics');
  const ics = fs.readFileSync(await file.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.match(/BEGIN:VEVENT/g).length).toBe(stages + 1);
  expect(ics).toContain('DTSTART;VALUE=DATE:20260302');
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
});
