// Shared fixtures and helpers: the app's URL, the storage key, the content (so
// that tests derive counts instead of repeating them), progress seeding, "open a
// topic and mark it done", axe, and an automatic check that fails every test on
// any console error, page error or failed request, in any of its pages.
import fs from 'node:fs';
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Where the app keeps progress in localStorage. */
export const KEY = 'backend-roadmap:progress';
/** Where unreadable stored text is set aside (later ones get a ":<millis>" suffix). */
export const BACKUP = 'backend-roadmap:progress:unreadable';

/** The content the app embeds, read from assets/roadmap: plans and outlook. */
const ROADMAP = new URL('../../assets/roadmap/', import.meta.url);
const readJson = (path) => JSON.parse(fs.readFileSync(new URL(path, ROADMAP), 'utf8'));
export const catalogue = {
  plans: fs.readdirSync(new URL('plans/', ROADMAP)).sort().map((f) => readJson(`plans/${f}`)),
  topics: fs.readdirSync(new URL('topics/', ROADMAP)).sort().flatMap((f) => readJson(`topics/${f}`)),
  outlook: readJson('outlook.json'),
};
/** A topic of the catalogue by id. */
export const topic = (id) => catalogue.topics.find((t) => t.id === id);
/** A plan of the catalogue by id. */
export const plan = (id) => catalogue.plans.find((p) => p.id === id);

export const appUrl = (path = '') => `${process.env.E2E_URL}${path.replace(/^\//, '')}`;

/** Records console errors, page errors and failed requests of `page` into `errors`. */
function watch(page, errors) {
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
}

export const test = base.extend({
  // Automatic: every test fails on an error in any page of its context. A test
  // that provokes errors on purpose empties the array before it ends.
  errors: [async ({ context }, use) => {
    const errors = [];
    context.pages().forEach((p) => watch(p, errors));
    context.on('page', (p) => watch(p, errors));
    await use(errors);
    expect(errors, 'console errors, page errors or failed requests').toEqual([]);
  }, { auto: true }],
});

/** Waits until the app has taken the page over (the prerendered page carries `data-prerendered`). */
export async function takenOver(page) {
  await page.waitForSelector('#app:not([data-prerendered])', { state: 'attached' });
}

/**
 * Loads a route and waits until the app has taken it over and shows its heading.
 * Before the take-over, the page is the build's HTML: a click there is a plain
 * page load, and the controls are disabled.
 */
export async function open(page, path = '') {
  await page.goto(appUrl(path));
  await takenOver(page);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Opens a topic's page and sets its status (Done unless told otherwise). */
export async function markTopic(page, topic, status = 'Done') {
  await open(page, `topic/${topic}`);
  await page.getByRole('radio', { name: status }).check();
  await expect(page.getByRole('radio', { name: status })).toBeChecked();
}

/** Stores `text` as progress before the page's first load (not on reloads). */
export async function seedProgress(page, text) {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('e2e-seeded', '1');
    }
  }, [KEY, typeof text === 'string' ? text : JSON.stringify(text)]);
}

/**
 * Progress with every status, notes and ticks (stored form): the canonical
 * plan's first stage finished (done and skipped), its second in every status
 * with notes, outcomes and project steps ticked; `theme` when given.
 */
export function filledProgress(theme) {
  const [first, second] = plan('backend').stages;
  const topics = {};
  first.topics.forEach((id, i) => { topics[id] = { status: i % 3 ? 'done' : 'skipped', at: 1 }; });
  const cycle = ['pending', 'learning', 'done', 'skipped'];
  second.topics.forEach((id, i) => { topics[id] = { status: cycle[i % cycle.length], note: i % 2 ? '' : 'Revisit the examples.', at: 1 }; });
  topics.http = { status: 'learning', note: 'Status classes and caching.', at: 1 };
  const ticked = [...first.outcomes, ...second.outcomes.slice(0, 2), ...second.projects.flatMap((p) => p.checklist.slice(0, 2))];
  const checks = Object.fromEntries(ticked.map((item) => [item.id, { on: true, at: 1 }]));
  const settings = { start: '2026-01-05', at: 1, ...(theme ? { theme } : {}) };
  // Review state: http's first question reviewed twice, its second once, all due long ago.
  const [q1, q2] = topic('http').questions.map((q) => q.id);
  const card = (reps, lapses) => ({ stability: 2.3, difficulty: 5, due: 1767500000000, last: 1767300000000, reps, lapses, at: 2 });
  const cards = { [q1]: card(2, 1), [q2]: card(1, 0) };
  const reviews = { [`1767200000000~${q1}`]: { rating: 3, at: 2 }, [`1767300000000~${q1}`]: { rating: 1, at: 2 }, [`1767300000000~${q2}`]: { rating: 4, at: 2 } };
  return { schema: 4, topics, checks, settings, cards, reviews };
}

/** The stored progress, parsed. */
export async function storedProgress(page) {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k)), KEY);
}

/** A topic's status as stored ("pending" when it has no entry). */
export async function storedStatus(page, topic) {
  return (await storedProgress(page))?.topics?.[topic]?.status ?? 'pending';
}

/** Resolves once the page has run its pending tasks and effects (a macrotask after a frame). */
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Runs axe-core on the page and returns its violations, summarised. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

export { expect };
