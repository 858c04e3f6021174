// Plans of the learner's own: built by keyboard alone and seen with dates,
// exported, deleted (and undone) and imported back, shared by link and added
// by the recipient without touching their progress, every invalid plan file
// refused with its message and no change, and axe-core on the editor.
import fs from 'node:fs';
import { test, expect, open, appUrl, axeViolations, seedProgress, storedProgress, topic, takenOver, settled } from './helpers.mjs';

const START = '2027-01-04';

/** A stored plan of the learner's own: two stages, one topic of their own. */
const kafkaPlan = (at = 5) => ({
  id: 'own-kafka',
  title: 'Kafka in a month',
  stages: [
    { title: 'Foundations', weeks: 2, items: [{ topic: 'http' }, { topic: 'message-brokers' }] },
    { title: 'Streams', items: [{ own: { id: 'my-kafka-streams', title: 'Kafka Streams', note: 'The team uses it.', links: ['https://kafka.apache.org/documentation/streams/'], hours: 12 } }] },
  ],
  at,
});

const withPlan = (extra = {}) => ({
  schema: 5,
  topics: { http: { status: 'done', at: 3 } },
  settings: { start: START, hours_per_week: 10, at: 1 },
  plans: { 'own-kafka': kafkaPlan() },
  ...extra,
});

/** Adds days to an ISO date. */
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Presses Enter on the element with `id` after reaching it by focus (as Tab would). */
async function pressOn(page, selector, key = 'Enter') {
  await page.locator(selector).focus();
  await page.keyboard.press(key);
}

test('a three-stage plan with a topic of your own is built by keyboard alone, and the timeline dates it', async ({ page }) => {
  test.setTimeout(90_000);
  await seedProgress(page, { schema: 4, settings: { start: START, hours_per_week: 10, at: 1 } });
  await open(page, 'plans');
  await expect(page.locator('#no-plans')).toBeVisible();
  await page.locator('#new-plan-title').focus();
  await page.keyboard.type('Kafka in a month');
  await page.keyboard.press('Enter');
  await expect(page.locator('main h1')).toHaveText('Edit Kafka in a month');
  await expect(page).toHaveURL(/\/plans\/own-[0-9a-z]+$/);

  // Stage 1: renamed, two weeks, HTTP from the catalogue.
  await page.locator('#stage-0-title').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Foundations');
  await page.keyboard.press('Tab');
  await expect(page.locator('#stage-0-weeks')).toBeFocused();
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.locator('#stage-0-search').focus();
  await page.keyboard.type('HTTP');
  const addHttp = page.getByRole('button', { name: 'Add HTTP', exact: true });
  await expect(addHttp).toBeVisible();
  await addHttp.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#editor-message')).toHaveText('HTTP added to stage 1.');
  await expect(page.locator('#stage-0-search')).toBeFocused();

  // Stage 2: a topic of the learner's own.
  await pressOn(page, '#add-stage');
  await expect(page.locator('#stage-1-title')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Streams');
  await page.keyboard.press('Tab');
  await pressOn(page, '.stage-editor:nth-child(2) .own-topic-form summary');
  await page.keyboard.press('Tab');
  await expect(page.locator('#stage-1-own-title')).toBeFocused();
  await page.keyboard.type('Kafka Streams');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Tab');
  await page.keyboard.type('The team pipeline uses it.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('https://kafka.apache.org/documentation/streams/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#editor-message')).toHaveText('Kafka Streams added to stage 2.');

  // Stage 3: Docker, then moved up and back down by keyboard.
  await pressOn(page, '#add-stage');
  await expect(page.locator('#stage-2-title')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Practice');
  await page.keyboard.press('Tab');
  await page.locator('#stage-2-search').focus();
  await page.keyboard.type('Docker');
  const addDocker = page.getByRole('button', { name: `Add ${topic('docker').title}`, exact: true });
  await addDocker.focus();
  await page.keyboard.press('Enter');
  await pressOn(page, '#stage-2-up');
  await expect(page.locator('.stage-editor h2')).toHaveText(['Stage 1: Foundations', 'Stage 2: Practice', 'Stage 3: Streams']);
  await expect(page.locator('#stage-1-up')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.stage-editor h2')).toHaveText(['Stage 1: Foundations', 'Stage 2: Streams', 'Stage 3: Practice']);

  // Stored as one plan with a topic of the learner's own.
  const plan = Object.values((await storedProgress(page)).plans)[0];
  expect(plan.stages.map((s) => s.items.map((i) => i.topic ?? i.own.id))).toEqual([['http'], ['my-kafka-streams'], ['docker']]);
  expect(plan.stages[1].items[0].own).toMatchObject({ title: 'Kafka Streams', hours: 12, links: ['https://kafka.apache.org/documentation/streams/'] });

  // The timeline follows it, with dates: two weeks as given, then hours at 10 a week.
  await pressOn(page, '#open-timeline');
  await expect(page.locator('main h1')).toHaveText('Kafka in a month');
  const dates = page.locator('.timeline .stage-dates');
  const streamsDays = Math.ceil((12 * 7) / 10);
  const dockerDays = Math.ceil((topic('docker').hours * 7) / 10);
  const s2 = addDays(START, 14);
  const s3 = addDays(s2, streamsDays);
  await expect(dates).toHaveText([
    `${START} → ${addDays(START, 13)}`,
    `${s2} → ${addDays(s2, streamsDays - 1)}`,
    `${s3} → ${addDays(s3, dockerDays - 1)}`,
  ]);
  await expect(page.locator('#plan-switcher')).toHaveValue(plan.id);

  // Its stage page lists the topic of the learner's own, whose page shows the note.
  await page.locator('.timeline-stage').nth(1).locator('h2 a').click();
  await expect(page.locator('main h1')).toHaveText('Streams');
  await page.getByRole('link', { name: 'Kafka Streams' }).first().click();
  await expect(page.locator('main h1')).toHaveText('Kafka Streams');
  await expect(page.locator('main .lede')).toHaveText('The team pipeline uses it.');
});

test('a plan is exported as a plan file, deleted (undo brings it back), deleted again and imported back', async ({ page }) => {
  await seedProgress(page, withPlan());
  await open(page, 'plans');
  const item = page.locator('.own-plan', { hasText: 'Kafka in a month' });
  await expect(item).toContainText('2 stages · 3 topics');
  const download = page.waitForEvent('download');
  await item.getByRole('button', { name: 'Export file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('kafka-in-a-month.plan.json');
  const text = fs.readFileSync(await file.path(), 'utf8');
  const json = JSON.parse(text);
  expect(json).toMatchObject({ format: 'backend-roadmap-plan', version: 1, title: 'Kafka in a month' });
  expect(json.stages).toEqual(kafkaPlan().stages);

  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('#plans-message')).toHaveText('Deleted Kafka in a month.');
  await expect(page.locator('#no-plans')).toBeVisible();
  expect((await storedProgress(page)).plans['own-kafka'].deleted).toBe(true);
  await page.locator('#undo-delete').click();
  await expect(page.locator('.own-plan')).toHaveCount(1);
  expect((await storedProgress(page)).plans['own-kafka'].deleted).toBeUndefined();

  await page.locator('.own-plan').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('#no-plans')).toBeVisible();
  await page.locator('#import-plan-file').setInputFiles({ name: 'kafka.plan.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.locator('#plans-message')).toHaveText('Imported Kafka in a month from kafka.plan.json.');
  await expect(page.locator('.own-plan')).toHaveCount(1);
  const stored = await storedProgress(page);
  const imported = Object.values(stored.plans).find((p) => !p.deleted);
  expect(imported.stages).toEqual(kafkaPlan().stages);
  expect(stored.topics.http.status).toBe('done');
});

test('a share link round-trips: the recipient sees the plan read-only and adds it, their progress untouched', async ({ page, browser }) => {
  await seedProgress(page, withPlan());
  await open(page, 'plans');
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.locator('#plan-link').inputValue();
  expect(url).toMatch(/\/plan-link#1\.[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(8 * 1024 + 200);

  const context = await browser.newContext();
  const other = await context.newPage();
  const theirs = { schema: 4, topics: { dns: { status: 'learning', note: 'Mine.', at: 2 } }, settings: { at: 1 } };
  await seedProgress(other, theirs);
  await other.goto(url);
  await takenOver(other);
  await expect(other.locator('#shared-plan-title')).toHaveText('Kafka in a month');
  await expect(other.locator('.shared-stages > li h3')).toHaveText(['Foundations · 2 weeks', 'Streams']);
  await expect(other.locator('.shared-stages')).toContainText('Kafka Streams');
  const before = await storedProgress(other);
  expect(before.plans ?? {}).toEqual({});
  await other.locator('#add-shared-plan').click();
  await expect(other.locator('#plan-link-added')).toBeVisible();
  const after = await storedProgress(other);
  const added = Object.values(after.plans);
  expect(added.map((p) => [p.title, p.stages])).toEqual([['Kafka in a month', kafkaPlan().stages]]);
  expect(after.topics).toEqual(before.topics);

  // A damaged link says so and adds nothing.
  await other.goto(url.replace(/#1\..{12}/, '#1.%%%%'));
  await takenOver(other);
  await expect(other.locator('#plan-link-error')).toContainText('This plan link is damaged');
  await context.close();
});

const INVALID = [
  ['not JSON', '{', 'The file is not a readable plan file: EOF while parsing an object at line 1 column 1.'],
  ['a progress file', JSON.stringify({ format: 'backend-roadmap-progress', schema: 5 }), 'The file is not a plan file (its format is not "backend-roadmap-plan").'],
  ['a newer version', JSON.stringify({ format: 'backend-roadmap-plan', version: 9, title: 'X', stages: [] }), 'The file is version 9, from a newer version of the app; update the app to read it.'],
  ['no stages', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X', stages: [] }), 'The plan has no stages.'],
  ['an unknown topic', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X', stages: [{ title: 'S', items: [{ topic: 'no-such-topic' }] }] }), 'The topic "no-such-topic" is not in this app\'s catalog.'],
  ['a duplicate id', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X', stages: [{ title: 'S', items: [{ topic: 'http' }] }, { title: 'T', items: [{ topic: 'http' }] }] }), 'The topic "http" appears more than once.'],
  ['an own id of the catalogue', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X', stages: [{ title: 'S', items: [{ own: { id: 'dns', title: 'Mine' } }] }] }), 'Your topic "dns" has the id of a catalog topic; give it another.'],
  ['too many stages', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X', stages: Array.from({ length: 51 }, () => ({ title: 'S', items: [] })) }), 'The plan has 51 stages; a plan has at most 50.'],
  ['too many topics', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X', stages: [{ title: 'S', items: Array.from({ length: 501 }, (_, i) => ({ own: { id: `t${i}`, title: 'T' } })) }] }), 'The plan has 501 topics; a plan has at most 500.'],
  ['a link not https', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X', stages: [{ title: 'S', items: [{ own: { id: 'mine', title: 'Mine', links: ['http://example.org/'] } }] }] }), 'The link "http://example.org/" of "mine" is not an https address.'],
  ['over 256 KB', JSON.stringify({ format: 'backend-roadmap-plan', version: 1, title: 'X'.repeat(270_000), stages: [] }), 'The file is 264 KB; a plan file is at most 256 KB.'],
];

test('each invalid plan file gives its message and changes nothing; unknown topics can be kept as your own', async ({ page }) => {
  test.setTimeout(60_000);
  await seedProgress(page, withPlan());
  await open(page, 'plans');
  const before = await storedProgress(page);
  for (const [name, text, message] of INVALID) {
    await page.locator('#import-plan-file').setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.locator('#plans-message > p'), name).toHaveText(`${name}.json was not imported. Nothing was changed.`);
    await expect(page.locator('#plan-file-errors li'), name).toHaveText([message]);
    await settled(page);
    expect(await storedProgress(page), name).toEqual(before);
  }
  await expect(page.locator('.own-plan')).toHaveCount(1);

  // The same unknown topic, kept as a topic of the learner's own.
  await page.locator('#keep-unknown').check();
  await page.locator('#import-plan-file').setInputFiles({ name: 'unknown.json', mimeType: 'application/json', buffer: Buffer.from(INVALID[4][1]) });
  await expect(page.locator('#plans-message')).toHaveText('Imported X from unknown.json.');
  const plans = Object.values((await storedProgress(page)).plans);
  expect(plans.find((p) => p.title === 'X').stages[0].items[0].own).toMatchObject({ id: 'no-such-topic', title: 'no-such-topic' });
});

test('an own plan is a plan everywhere: switcher, map, all topics, compare, and its progress is the topics\'', async ({ page }) => {
  await seedProgress(page, withPlan({ settings: { start: START, hours_per_week: 10, plan: 'own-kafka', at: 1 } }));
  await open(page, '');
  await expect(page.locator('main h1')).toHaveText('Kafka in a month');
  await expect(page.locator('#plan-switcher optgroup[label="Your plans"] option')).toHaveText(['Kafka in a month']);
  await open(page, 'map');
  await expect(page.locator('.plan-map a.map-node')).toHaveCount(3);
  await open(page, 'topics');
  await expect(page.locator('main h1')).toHaveText('All topics: Kafka in a month');
  await expect(page.locator('main')).toContainText('Kafka Streams');
  // HTTP, done before the plan existed, is done in it.
  await expect(page.locator('.topic-row[data-status="done"]')).toHaveCount(1);
  await open(page, 'compare');
  await expect(page.locator('.compare-table tbody tr').last()).toContainText('Kafka in a month');
});

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violation on the plans page, the editor and a plan link, ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await seedProgress(page, withPlan({ settings: { theme, at: 1 } }));
    await open(page, 'plans');
    await page.getByRole('button', { name: 'Share link' }).click();
    const url = await page.locator('#plan-link').inputValue();
    expect(await axeViolations(page), 'plans').toEqual([]);
    await open(page, 'plans/own-kafka');
    await page.locator('#stage-0-search').fill('cache');
    await expect(page.locator('.search-hits li').first()).toBeVisible();
    await page.locator('.own-topic-form summary').first().click();
    expect(await axeViolations(page), 'editor').toEqual([]);
    await page.goto(url);
    await takenOver(page);
    await expect(page.locator('#shared-plan-title')).toBeVisible();
    expect(await axeViolations(page), 'plan link').toEqual([]);
    await page.goto(appUrl('plans/own-nothing'));
    await takenOver(page);
    await expect(page.locator('main h1')).toBeVisible();
  });
}
