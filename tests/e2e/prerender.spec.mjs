// Every page arrives as HTML: readable without JavaScript, with its own head,
// and taken over by the app with no error.
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, open, appUrl, markTopic } from './helpers.mjs';

/** A topic as the content files give it, so the test follows the content. */
function topic(id) {
  const dir = 'assets/roadmap/topics';
  for (const file of fs.readdirSync(dir)) {
    const found = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).find((t) => t.id === id);
    if (found) return found;
  }
  throw new Error(`no topic ${id}`);
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

test('the raw HTML of a topic page has its heading, summary, resources and head', async () => {
  const http = topic('http');
  for (const url of [appUrl('topic/http'), appUrl('topic/http/')]) {
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    const html = await response.text();
    expect(html).toMatch(new RegExp(`<h1[^>]*>${http.title}(<!---->)?</h1>`));
    expect(html).toContain(escapeHtml(http.summary));
    for (const resource of http.resources) expect(html).toContain(`href="${escapeHtml(resource.url)}"`);
    expect(html).toContain(`<title>${http.title} · Backend Roadmap</title>`);
    const firstSentence = http.summary.slice(0, http.summary.indexOf('. ') + 1);
    expect(html).toContain(`<meta name="description" content="${escapeHtml(firstSentence)}">`);
    expect(html).toContain(`<meta property="og:title" content="${http.title} · Backend Roadmap">`);
    // The e2e build names its site (SITE_URL): canonical links are absolute under the public path.
    expect(html).toContain(`<link rel="canonical" href="https://example.org${new URL(appUrl('topic/http')).pathname}">`);
  }
});

test('the sitemap lists every topic page under the site URL', async () => {
  const response = await fetch(appUrl('sitemap.xml'));
  expect(response.status).toBe(200);
  const xml = await response.text();
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect(xml).toContain(`<loc>https://example.org${new URL(appUrl('topic/http')).pathname}</loc>`);
  const topics = fs.readdirSync('assets/roadmap/topics').flatMap((f) => JSON.parse(fs.readFileSync(path.join('assets/roadmap/topics', f), 'utf8')));
  expect((xml.match(/\/topic\//g) || []).length).toBe(topics.length);
});

test('an unknown path is answered with status 404 and the not-found page', async () => {
  const response = await fetch(appUrl('no/such/page'));
  expect(response.status).toBe(404);
  expect(await response.text()).toContain('This page does not exist');
});

test('without JavaScript, home → stage → topic reads and follows by links, and controls say they need it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(appUrl());
  await expect(page.locator('main h1')).toContainText('roadmap');
  await expect(page.locator('.needs-js')).toContainText('need JavaScript');
  await page.locator('.timeline-stage a').first().click();
  await expect(page.locator('main h1')).toBeVisible();
  const firstTopic = page.locator('main a[href*="/topic/"]').first();
  const name = (await firstTopic.textContent()).trim();
  await firstTopic.click();
  await expect(page.locator('main h1')).toHaveText(name);
  await expect(page.locator('main')).toContainText('Why it matters');
  // Controls that need the app are disabled, and no status is shown as the learner's own.
  const radios = page.locator('main input[type="radio"]');
  expect(await radios.count()).toBeGreaterThan(0);
  for (const radio of await radios.all()) {
    await expect(radio).toBeDisabled();
    await expect(radio).not.toBeChecked();
  }
  await context.close();
});

test('with JavaScript the app takes the page over without an error, and a status click works', async ({ page }) => {
  await markTopic(page, 'http');
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Done' })).toBeChecked();
  await page.getByRole('radio', { name: 'Learning' }).check();
  await open(page, 'stage/backend-web');
  await expect(page.locator('.topic-row[data-topic="http"]')).toHaveAttribute('data-status', 'learning');
});

test('the app replaces the prerendered page in one step, with the whole page built and the prerendered one untouched', async ({ page }) => {
  // The start-up builds the page over several tasks, off the document: the
  // learner must never see a half-built page or a prerendered one half changed.
  await page.addInitScript(() => {
    window.takeOver = { swaps: [], touched: 0, parsed: false };
    document.addEventListener('DOMContentLoaded', () => { window.takeOver.parsed = true; });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.id === 'app' && !node.hasAttribute('data-prerendered')) {
            window.takeOver.swaps.push({
              header: node.querySelector('header.site-header') !== null,
              heading: node.querySelector('main h1')?.textContent ?? null,
              footer: node.querySelector('footer.site-footer') !== null,
            });
          }
        }
        const element = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
        if (window.takeOver.parsed && element?.closest('#app[data-prerendered]')) window.takeOver.touched += 1;
      }
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  });
  await page.goto(appUrl('topic/http'));
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  const takeOver = await page.evaluate(() => window.takeOver);
  expect(takeOver.swaps).toEqual([{ header: true, heading: topic('http').title, footer: true }]);
  expect(takeOver.touched).toBe(0);
});

test("a returning learner's page keeps its place when the app takes it over, backup reminder and all", async ({ page }) => {
  // Progress makes the app show what the prerendered page cannot know: the
  // learner's statuses, dates and, on the next visit, the backup reminder.
  await markTopic(page, 'http');
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const top = (selector) => document.querySelector(selector)?.getBoundingClientRect().top ?? null;
      window.prerendered = { heading: top('main h1'), firstRow: top('.topic-row') };
    });
  });
  await page.goto(appUrl('stage/backend-web'));
  await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
  await expect(page.locator('#backup-reminder')).toBeVisible();
  const prerendered = await page.evaluate(() => window.prerendered);
  expect(prerendered.heading).not.toBeNull();
  const taken = await page.evaluate(() => ({
    heading: document.querySelector('main h1').getBoundingClientRect().top,
    firstRow: document.querySelector('.topic-row').getBoundingClientRect().top,
  }));
  expect(taken).toEqual(prerendered);
});
