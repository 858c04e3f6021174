// Shared fixtures: the app's URL, a page that fails the test on any console or page error, axe.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const appUrl = (path = '') => `${process.env.E2E_URL}${path.replace(/^\//, '')}`;

export const test = base.extend({
  errors: async ({ page }, use) => {
    const errors = [];
    // A 404 for the page itself is the static host's fallback at work (deep links);
    // any other failed response is a real error, and so is any console error.
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(`console: ${msg.text()}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !res.request().isNavigationRequest()) errors.push(`http ${res.status()}: ${res.url()}`);
    });
    // Requests the browser aborts because the test navigated away are not failures.
    page.on('requestfailed', (req) => { if (req.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`failed: ${req.url()} ${req.failure()?.errorText}`); });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
    await use(errors);
  },
});

/** Loads a route and waits until the app has rendered its heading. */
export async function open(page, path = '') {
  await page.goto(appUrl(path));
  await expect(page.locator('main h1')).toBeVisible();
}

/** Runs axe-core on the page and returns its violations, summarised. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

export { expect };
