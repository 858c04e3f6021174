// The app loads under a sub-path, deep links work on a 404.html host, unknown routes help the learner home.
import { test, expect, open, appUrl, axeViolations } from './helpers.mjs';

test('loads under the sub-path with no console or page error', async ({ page, errors }) => {
  const response = await page.goto(appUrl());
  expect(response.status()).toBe(200);
  await expect(page.locator('main h1')).toContainText('roadmap');
  await expect(page.locator('.timeline-stage').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a deep link opened in a fresh tab is a real page that the app takes over', async ({ page }) => {
  const response = await page.goto(appUrl('topic/http'));
  // The host serves the prerendered page itself, with status 200.
  expect(response.status()).toBe(200);
  await expect(page.locator('main h1')).toHaveText('HTTP');
  await expect(page).toHaveTitle(/HTTP/);
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
});

test('an unknown route shows a helpful not-found page with a link home', async ({ page, errors }) => {
  await open(page, 'no/such/page');
  await expect(page.locator('main h1')).toHaveText('This page does not exist');
  const home = page.getByRole('link', { name: 'Go to the timeline' });
  await home.click();
  await expect(page.locator('main h1')).toContainText('roadmap');
  expect(new URL(page.url()).pathname).toBe(new URL(appUrl()).pathname);
  expect(errors).toEqual([]);
});

test('unknown stage and topic ids get the not-found page, not a crash', async ({ page, errors }) => {
  await open(page, 'stage/not-a-stage');
  await expect(page.locator('main h1')).toHaveText('This stage does not exist');
  await open(page, 'topic/not-a-topic');
  await expect(page.locator('main h1')).toHaveText('This topic does not exist');
  expect(errors).toEqual([]);
});

test('axe-core finds no violation on the home page', async ({ page }) => {
  await open(page);
  expect(await axeViolations(page)).toEqual([]);
});
