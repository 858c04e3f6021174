// Client-side routing (src/router.rs): links, back and forward, fragments and
// trailing slashes, all without reloading the page.
import { test, expect, open, appUrl } from './helpers.mjs';

/** Marks the page's JS realm; a full reload loses the mark. */
const mark = (page) => page.evaluate(() => { window.__sameDocument = true; });
const sameDocument = (page) => page.evaluate(() => window.__sameDocument === true);

test('in-app links, back and forward change the page without a reload', async ({ page }) => {
  await open(page);
  const home = await page.locator('main h1').textContent();
  await mark(page);
  await page.getByRole('link', { name: 'Compare plans' }).click();
  await expect(page.locator('main h1')).toHaveText('Compare plans');
  await expect(page).toHaveURL(appUrl('compare'));
  await page.getByRole('link', { name: 'Career outlook' }).click();
  await expect(page.locator('main h1')).toHaveText('Career outlook');
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('Compare plans');
  await expect(page).toHaveURL(appUrl('compare'));
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText(home);
  await page.goForward();
  await expect(page.locator('main h1')).toHaveText('Compare plans');
  expect(await sameDocument(page)).toBe(true);
});

test('moving from one topic to another keeps routing by id, and back returns', async ({ page }) => {
  await open(page, 'topic/http');
  await expect(page.locator('main h1')).toHaveText('HTTP');
  await mark(page);
  await page.evaluate(() => { history.pushState(null, '', 'dns'); dispatchEvent(new PopStateEvent('popstate')); });
  await expect(page.locator('main h1')).not.toHaveText('HTTP');
  await page.goBack();
  await expect(page.locator('main h1')).toHaveText('HTTP');
  expect(await sameDocument(page)).toBe(true);
});

test('one trailing slash is ignored', async ({ page }) => {
  await open(page, 'compare/');
  await expect(page.locator('main h1')).toHaveText('Compare plans');
});

test('the skip link moves to main without leaving the page', async ({ page }) => {
  await open(page);
  const home = await page.locator('main h1').textContent();
  await mark(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main h1')).toHaveText(home);
  expect(await sameDocument(page)).toBe(true);
});

test('the skip link stays on a deep page too (the <base> element does not send it home)', async ({ page }) => {
  await open(page, 'topic/http');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/topic\/http#main$/);
  await expect(page.locator('main h1')).toHaveText('HTTP');
  await expect(page.locator('main')).toBeFocused();
});
