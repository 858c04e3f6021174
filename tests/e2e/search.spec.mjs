// Search palette and shortcuts overlay, driven by the keyboard alone.
import { test, expect, open, axeViolations } from './helpers.mjs';

const dialog = (page) => page.locator('#search-dialog');
const input = (page) => page.locator('#search-input');

test('"/" opens search; typos find topics; arrows and Enter open a topic; no mouse', async ({ page, errors }) => {
  await open(page, 'topic/docker');
  await page.getByRole('radio', { name: 'Done' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  await open(page);
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAttribute('role', 'dialog');
  await expect(dialog(page)).toHaveAttribute('aria-modal', 'true');
  await expect(input(page)).toBeFocused();

  await page.keyboard.type('kubernets');
  const options = page.locator('#search-results [role=option]');
  await expect(options.first()).toContainText('Kubernetes');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toContainText(/Stage \d+: /);

  await input(page).fill('');
  await page.keyboard.type('dokcer');
  await expect(options.first()).toContainText('Docker');
  await expect(options.first()).toContainText('Done');
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(input(page)).toHaveAttribute('aria-activedescendant', 'search-option-1');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.nth(count - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const chosen = (await options.first().locator('.search-title').textContent()).trim();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('main h1')).toHaveText(chosen);
  expect(errors).toEqual([]);
});

test('websocekts and postgress find their topics; no match says so', async ({ page }) => {
  await open(page);
  await page.keyboard.press('/');
  await page.keyboard.type('websocekts');
  await expect(page.locator('#search-results [role=option]').first()).toContainText('WebSockets');
  await input(page).fill('');
  await page.keyboard.type('postgress');
  await expect(page.locator('#search-results [role=option]').first()).toBeVisible();
  await input(page).fill('');
  await page.keyboard.type('zzqxj');
  await expect(dialog(page).getByText('No topic matches.')).toBeVisible();
});

test('Esc closes and returns focus; focus stays inside while open; Ctrl+K works while typing', async ({ page }) => {
  await open(page, 'topic/http');
  const note = page.getByRole('textbox', { name: 'Your note' });
  await note.focus();
  await page.keyboard.type('/');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('#search-dialog').contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('/');
});

test('"?" opens the shortcuts overlay listing every shortcut; the header button opens search', async ({ page }) => {
  await open(page);
  await page.keyboard.press('?');
  const overlay = page.locator('#shortcuts-dialog');
  await expect(overlay).toBeVisible();
  for (const key of ['/', 'Ctrl K or ⌘ K', 'd', 'l', 's', 'r', '?', 'Esc', 'Enter']) {
    await expect(overlay.locator('kbd', { hasText: key }).first()).toBeVisible();
  }
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(overlay).toBeHidden();
  await page.locator('#search-button').focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.type('jwt');
  await expect(page.locator('#search-results [role=option]').first()).toContainText(/JWT|Token/);
  expect(await axeViolations(page)).toEqual([]);
});
