// The web UI end to end in Debian's chromium over the bundled examples (and the seeds when
// ../shared is present): the map shows the events, filtering by type works, the drills event
// shows its evidence highlighted in both articles, article HTML never runs, and no request
// leaves localhost. Screenshots go to a temp directory named in the test output.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { buildServer } from '../api/server.ts';
import { EXAMPLES_DIR, ingestedStore, sharedDir, type TempStore } from '../api/testing.ts';
import { hasChromium, launchBrowser, type Browser } from './browser.ts';
import type { CanonicalEvent, Event } from '../model.ts';

const SKIP = hasChromium() ? false : 'no /usr/bin/chromium (install: apt-get install -y chromium)';
const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-ui-'));

const HOSTILE = {
  title: 'Militia raid on <b>Kunduz</b> checkpoint',
  published: '2024-04-19',
  outlet: 'Hostile Markup Daily',
  text: 'KUNDUZ, Afghanistan — Gunmen attacked a police checkpoint in Kunduz on Thursday, April 18, killing three officers, provincial officials said. <script>window.__xss = "script"</script>\n\nWitnesses said the attackers fled north. <img src=x onerror="window.__xss = \'img\'"> The Taliban said it was investigating.',
};

interface Served {
  fx: TempStore;
  app: FastifyInstance;
  url: string;
  browser: Browser;
  requests: string[];
}

/** Serves a store on a free localhost port and opens chromium on it, recording every request. */
async function serve(fx: TempStore): Promise<Served> {
  const app = await buildServer(fx.store, { config: fx.config });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchBrowser();
  const requests: string[] = [];
  browser.context.on('request', (r) => requests.push(r.url()));
  return { fx, app, url, browser, requests };
}

async function stop(s: Served | undefined): Promise<void> {
  await s?.browser.close();
  await s?.app.close();
  await s?.fx.cleanup();
}

/** The main military_exercise mention of each article whose title matches. */
async function drillsMentions(fx: TempStore, titles: RegExp): Promise<Event[]> {
  const mentions = await fx.store.queryMentions({ types: ['military_exercise'], limit: 1000 });
  const byArticle = new Map<string, Event>();
  for (const m of mentions) {
    const a = await fx.store.getArticle(m.articleIds[0]);
    if (!a || !titles.test(a.title ?? a.text.slice(0, 200))) continue;
    const prev = byArticle.get(a.id);
    if (!prev || (m.main && !prev.main)) byArticle.set(a.id, m);
  }
  return [...byArticle.values()];
}

/** The canonical event the resolver made of the drills: one event whose sources are both articles. */
async function drillsEvent(fx: TempStore, mentions: Event[]): Promise<CanonicalEvent> {
  const canon = await Promise.all(mentions.map((m) => fx.store.canonicalOfMention(m.id)));
  assert.ok(canon[0] && canon.every((c) => c?.id === canon[0]!.id), `the resolver merged the drills mentions into one event (got ${canon.map((c) => c?.id).join(', ')})`);
  return canon[0];
}

const markerCount = (page: Page) => page.locator('#map .marker, #map .cluster').count();

async function expectHighlightedEvidence(page: Page, articleIds: string[]): Promise<void> {
  await page.waitForSelector('.source-col mark.ev');
  for (const id of articleIds) {
    const col = page.locator(`.source-col[data-article="${id}"]`);
    const marks = await col.locator('mark.ev').allTextContents();
    assert.ok(marks.length > 0, `evidence is highlighted in article ${id}`);
    assert.ok(marks.some((m) => /drill|exercise/i.test(m)), `the event-type evidence is highlighted in ${id}: ${marks.join(' | ')}`);
  }
}

describe('web UI over the bundled examples', { skip: SKIP }, () => {
  let s: Served;
  let drills: Event[];
  let event: CanonicalEvent;
  before(async () => {
    const fx = await ingestedStore([EXAMPLES_DIR]);
    drills = await drillsMentions(fx, /drill/i);
    assert.equal(drills.length, 2, 'both drills articles (page and wire) report the exercise');
    event = await drillsEvent(fx, drills);
    s = await serve(fx);
  });
  after(() => stop(s));

  test('the map shows the events with counts and a legend', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(s.url + '/');
    await page.waitForSelector('#map[data-rendered="true"]');
    assert.ok(await markerCount(page) > 0, 'markers or clusters on the map');
    assert.ok(await page.locator('#map path.country').count() > 150, 'country shapes from world-atlas');
    const total = Number((await page.locator('#event-total').textContent())!.replace(/\D/g, ''));
    const api = await (await fetch(`${s.url}/api/events?limit=1`)).json();
    assert.equal(total, api.total);
    assert.ok(await page.locator('#event-list tbody tr').count() > 0);
    assert.ok(await page.locator('#legend .legend-count').count() >= 8);
    await page.screenshot({ path: path.join(SHOTS, 'map.png') });
    await page.close();
  });

  test('filtering by type keeps only that type on the map and in the list', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(s.url + '/');
    await page.waitForSelector('#map[data-rendered="true"]');
    await page.selectOption('#f-type', 'military_exercise');
    await page.waitForFunction(() => location.hash.includes('type=military_exercise'));
    await page.waitForFunction(() => [...document.querySelectorAll('#event-list tbody tr')].every((r) => (r as HTMLElement).dataset.type === 'military_exercise'));
    const types = await page.locator('#event-list tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.type));
    assert.deepEqual([...new Set(types)], ['military_exercise']);
    const onMap = await page.locator('#map .marker').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-type')));
    assert.ok(onMap.every((t) => t === 'military_exercise'));
    await page.close();
  });

  test('dragging across the timeline narrows the dates', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(s.url + '/');
    await page.waitForSelector('#map[data-rendered="true"]');
    const before = Number((await page.locator('#event-total').textContent())!.replace(/\D/g, ''));
    const box = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.98, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => location.hash.includes('since='));
    const chosen = new URLSearchParams(await page.evaluate(() => location.hash.split('?')[1]));
    const [since, until] = [chosen.get('since')!, chosen.get('until')!];
    assert.ok(since <= until);
    await page.waitForFunction((n) => Number(document.querySelector('#event-total')!.textContent!.replace(/\D/g, '')) < n, before);
    const api = await (await fetch(`${s.url}/api/events?limit=1&since=${since}&until=${until}`)).json();
    assert.equal(Number((await page.locator('#event-total').textContent())!.replace(/\D/g, '')), api.total);
    await page.close();
  });

  test('the drills event shows each field beside its evidence, highlighted in both articles', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`${s.url}/#/?type=military_exercise`);
    await page.click(`#event-list a[href="#/event/${encodeURIComponent(event.id)}"]`);
    await page.waitForSelector('.event-page');
    assert.equal(await page.locator('.source-col').count(), 2, 'sources side by side');
    await expectHighlightedEvidence(page, drills.map((m) => m.articleIds[0]));
    assert.ok(await page.locator('tr[data-field="type"] .quote').count() >= 2, 'type evidence from both articles');
    assert.match((await page.locator('.event-page').textContent())!, /Conflicts between sources[\s\S]*Merge history[\s\S]*merged/);
    await page.screenshot({ path: path.join(SHOTS, 'event.png'), fullPage: true });
    await page.close();
  });

  test('article HTML is shown as text and never runs; the cleaner cut is shown greyed', async () => {
    const res = await fetch(`${s.url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(HOSTILE) });
    const [{ article_id: id, events }] = (await res.json()).articles;
    const page = await s.browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.goto(`${s.url}/#/article/${id}`);
    await page.waitForSelector('.article-text');
    const text = (await page.locator('.article-text').textContent())!;
    assert.ok(text.includes('<script>window.__xss = "script"</script>') && text.includes('<img src=x onerror='), 'markup shown literally');
    assert.equal(await page.locator('.article-page script, .article-page img, #article-title b').count(), 0);
    if (events.length) {
      await page.goto(`${s.url}/#/event/${encodeURIComponent(events[0].id)}`);
      await page.waitForSelector('.source-col .article-text');
      assert.equal(await page.locator('.event-page img, .event-page script').count(), 0);
    }
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), undefined);
    assert.deepEqual(dialogs, []);
    const page2 = drills[0].articleIds[0];
    await page.goto(`${s.url}/#/article/${page2}`);
    await page.waitForSelector('.article-text .cut');
    assert.ok(await page.locator('.article-text .cut').count() > 0, 'cut passages greyed in place');
    await page.screenshot({ path: path.join(SHOTS, 'article.png'), fullPage: true });
    await page.close();
  });

  test('story and actor pages', async () => {
    const page = await s.browser.context.newPage();
    assert.ok(event.storyId, 'the drills event belongs to a story');
    const story = (await s.fx.store.getStory(event.storyId))!;
    await page.goto(`${s.url}/#/story/${encodeURIComponent(story.id)}`);
    await page.waitForSelector('.story-timeline li');
    assert.equal(await page.locator('.story-timeline li').count(), story.eventIds.length);
    assert.ok(await page.locator(`.story-timeline a[href="#/event/${encodeURIComponent(event.id)}"]`).count() === 1);
    await page.screenshot({ path: path.join(SHOTS, 'story.png'), fullPage: true });
    await page.goto(`${s.url}/#/actor/grp:taliban`);
    await page.waitForSelector('.actor-page .aliases li');
    assert.ok((await page.locator('.actor-page .aliases').textContent())!.includes('Taleban'));
    assert.ok(await page.locator('.actor-page .grid tbody tr').count() > 0, 'the Taliban’s events are listed');
    await page.goto(`${s.url}/#/actor/mil:tj-armed-forces`);
    await page.waitForSelector('.actor-page .facts a[href="#/actor/cty%3ATJ"]');
    await page.close();
  });

  test('no request left localhost', () => {
    const host = new URL(s.url).host;
    assert.ok(s.requests.length > 10);
    assert.deepEqual(s.requests.filter((u) => new URL(u).host !== host && !u.startsWith('data:')), []);
    console.log(`# screenshots in ${SHOTS}`);
  });
});

describe('web UI over the seeds', { skip: SKIP || (sharedDir() ? false : 'no ../shared (set SITREP_SHARED): seed UI test skipped') }, () => {
  let s: Served;
  let drills: Event[];
  let fixture: TempStore;
  before(async () => {
    fixture = await ingestedStore([path.join(sharedDir()!, 'seeds')]);
    drills = await drillsMentions(fixture, /./);
    s = await serve(fixture);
  });
  after(() => stop(s));

  test('the map shows the seed events and the drills event has evidence in both seed articles', async () => {
    assert.equal(drills.length, 2, 'both seeds report the drills');
    const event = await drillsEvent(fixture, drills);
    const page = await s.browser.context.newPage();
    await page.goto(s.url + '/');
    await page.waitForSelector('#map[data-rendered="true"]');
    assert.ok(await markerCount(page) > 0);
    await page.goto(`${s.url}/#/event/${encodeURIComponent(event.id)}`);
    await page.waitForSelector('.event-page');
    await expectHighlightedEvidence(page, drills.map((m) => m.articleIds[0]));
    await page.screenshot({ path: path.join(SHOTS, 'seed-event.png'), fullPage: true });
    const host = new URL(s.url).host;
    assert.deepEqual(s.requests.filter((u) => new URL(u).host !== host), []);
    await page.close();
  });
});
