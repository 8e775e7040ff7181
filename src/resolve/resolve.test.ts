import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event, Mention } from '../model.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { handWrittenEvent } from '../store/contract-events.ts';
import { resolveArticle, resolveStoryEvents } from './resolve.ts';
import { unmerge } from './unmerge.ts';
import { rebuildResolution } from './rebuild.ts';
import type { ResolveInput } from './profile.ts';
import { CLUSTER_DEFAULTS } from './stories.ts';

const DRILL = 'Russian and Tajik troops held joint drills in Khatlon near the Afghan border, the defence ministry said. The exercises rehearse repelling militants crossing from Afghanistan.';
const FLOOD = 'Heavy rain flooded the river valley in Chile, and rescuers evacuated farming villages as water rose over the bridges. Forecasters expect more rain this weekend.';

function article(id: string, text: string, title: string, published: string, events: Event[] = [], entities: Mention[] = []): ResolveInput {
  return { article: { id, text, title, published, outlet: `${id}.example`, url: null }, entities, places: [], events };
}
const ru: Mention = { start: 0, end: 7, type: 'GPE', kbId: 'cty:RU', rule: 'test' };

/** What ingest does: resolve (the stage), then store the article's mentions (storeDoc). */
async function ingest(store: SqliteStore, x: ResolveInput, o = CLUSTER_DEFAULTS) {
  const r = await resolveArticle(store, x, o);
  await store.putMentions(x.article.id, x.events);
  return r;
}

test('reports of one drill form one story with one canonical event; an unrelated flood starts its own story', async () => {
  const store = SqliteStore.open(':memory:');
  const a = await ingest(store, article('a', DRILL, 'Russia and Tajikistan hold drills near Afghan border', '2024-04-16', [handWrittenEvent('a:10', { articleIds: ['a'] })], [ru]));
  const b = await ingest(store, article('b', DRILL.replace('held', 'staged'), 'Tajik and Russian troops drill near Afghanistan', '2024-04-17', [handWrittenEvent('b:3', { articleIds: ['b'] })], [ru]));
  const c = await ingest(store, article('c', FLOOD, 'Floods in Chile force evacuations', '2024-04-17'));
  assert.equal(b.storyId, a.storyId);
  assert.notEqual(c.storyId, a.storyId);
  const events = await store.queryCanonical({ storyId: a.storyId });
  assert.equal(events.length, 1);
  assert.deepEqual(events[0].mentionIds, ['a:10', 'b:3']);
  assert.equal(events[0].corroboration, 2);
  assert.deepEqual(events[0].history.map((h) => h.action), ['created', 'merged']);
  assert.deepEqual((await store.getStory(a.storyId))?.articleIds, ['a', 'b']);
  await store.close();
});

test('an unmerged mention gets its own event, and stays apart after a rebuild', async () => {
  const store = SqliteStore.open(':memory:');
  const inputs = [
    article('a', DRILL, 'Drills near the Afghan border', '2024-04-16', [handWrittenEvent('a:10', { articleIds: ['a'] })], [ru]),
    article('b', DRILL, 'Drills near the Afghan border, day two', '2024-04-17', [handWrittenEvent('b:3', { articleIds: ['b'] })], [ru]),
  ];
  for (const x of inputs) {
    await store.putArticle({ ...x.article, canonicalUrl: null, author: null, source: 'test', cut: [], language: 'eng', fingerprint: '', duplicateOf: null, ingestedAt: '2024-04-18T00:00:00Z', error: null });
    await store.putAnalysis({ articleId: x.article.id, entities: x.entities, places: [], dates: [], quantities: [] });
    await store.putMentions(x.article.id, x.events);
    await resolveArticle(store, x);
  }
  const merged = (await store.canonicalOfMention('b:3'))!;
  assert.equal(merged.mentionIds.length, 2);
  const { split } = await unmerge(store, merged.id, 'b:3');
  assert.deepEqual(split.mentionIds, ['b:3']);
  assert.equal(split.history[0].action, 'split');
  assert.equal(await rebuildResolution(store), 2);
  assert.notEqual((await store.canonicalOfMention('a:10'))?.id, (await store.canonicalOfMention('b:3'))?.id, 'the split survives re-processing');
  assert.equal((await store.listStories()).length, 1);
  await store.close();
});

test('an article that links two stories strongly merges them: the older keeps its id, articles and events move', async () => {
  const store = SqliteStore.open(':memory:');
  const loose = { ...CLUSTER_DEFAULTS, joinThreshold: 0.25, linkThreshold: 0.25 };
  const a = await ingest(store, article('a', DRILL, 'Drills near the Afghan border', '2024-04-16', [handWrittenEvent('a:10', { articleIds: ['a'] })], [ru]), loose);
  const b = await ingest(store, article('b', FLOOD, 'Floods in Chile force evacuations', '2024-04-17'), loose);
  assert.notEqual(a.storyId, b.storyId, 'a drill and a flood start two stories');
  const c = await ingest(store, article('c', `${DRILL}\n\n${FLOOD}`, 'Drills and floods', '2024-04-18'), loose);
  assert.equal(c.storyId, a.storyId, 'the older story survives');
  assert.deepEqual((await store.getStory(a.storyId))?.articleIds, ['a', 'b', 'c']);
  assert.equal(await store.getStory(b.storyId), null);
  assert.equal(await store.getStoryProfile(b.storyId), null);
  assert.equal((await store.canonicalOfMention('a:10'))?.storyId, a.storyId);
  await store.close();
});

const dayOn = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: 'stated' as const, yearResolved: true, reason: null });
const khost = { name: 'Khost', admin1: 'Khost', country: 'AF', lat: 33.34, lon: 69.92, gazetteerId: 'gn:1444362', precision: 1 as const };
const kabul = { name: 'Kabul', admin1: 'Kabul', country: 'AF', lat: 34.53, lon: 69.17, gazetteerId: 'gn:1138958', precision: 1 as const };
const pakistan = { name: 'Pakistan', kbId: 'cty:PK', role: 'actor1' as const, country: 'PK' };

/** One article of a story already formed: its mentions go through event resolution as ingest sends them. */
async function report(store: SqliteStore, storyId: string, id: string, published: string, events: Event[]) {
  const story = (await store.getStory(storyId))!;
  await store.putStory({ ...story, articleIds: [...story.articleIds, id] });
  const ids = await resolveStoryEvents(store, storyId, { id, text: '', title: id, published, outlet: `${id}.example`, url: null }, events);
  await store.putMentions(id, events);
  return ids;
}

test('strikes on Khost in different years and bombings in Kabul a week apart stay apart; second reports of each merge', async () => {
  const store = SqliteStore.open(':memory:');
  await store.putStory({ id: 'st:af', title: 'Strikes and bombings', start: '2022-04-16', end: '2022-04-16', articleIds: [], eventIds: [] });
  const strike = (id: string, date: string) => handWrittenEvent(id, { type: 'air_drone_strike', location: khost, date: dayOn(date), actors: [pakistan], articleIds: [id.split(':')[0]] });
  const bombing = (id: string, date: string) => handWrittenEvent(id, { type: 'suicide_bomb', location: kabul, date: dayOn(date), actors: [], articleIds: [id.split(':')[0]] });
  await report(store, 'st:af', 'a', '2022-04-16', [strike('a:10', '2022-04-16'), bombing('a:400', '2024-01-01')]);
  await report(store, 'st:af', 'b', '2024-03-18', [strike('b:10', '2024-03-18'), bombing('b:300', '2024-01-08')]);
  await report(store, 'st:af', 'c', '2024-03-19', [strike('c:5', '2024-03-18'), bombing('c:90', '2024-01-08'), strike('c:700', '2022-04-16')]);
  const of = async (id: string) => (await store.canonicalOfMention(id))?.id;
  assert.notEqual(await of('a:10'), await of('b:10'), 'Khost 2022 and Khost 2024');
  assert.notEqual(await of('a:400'), await of('b:300'), 'Kabul on 1 and on 8 January');
  assert.equal(await of('c:5'), await of('b:10'));
  assert.equal(await of('c:90'), await of('b:300'));
  assert.equal(await of('c:700'), await of('a:10'), 'the 2022 strike recalled in a 2024 article');
  const story = (await store.getStory('st:af'))!;
  assert.equal(story.eventIds.length, 4);
  assert.deepEqual([story.start, story.end], ['2022-04-16', '2024-03-18'], 'the span covers every dated incident');
  await store.close();
});

test('in a story of sixty weekly strikes, a new report of the first still finds it through the merge index', async () => {
  const store = SqliteStore.open(':memory:');
  await store.putStory({ id: 'st:long', title: 'A year of strikes', start: '2023-01-02', end: '2023-01-02', articleIds: [], eventIds: [] });
  const week = (k: number) => new Date(Date.UTC(2023, 0, 2 + 7 * k)).toISOString().slice(0, 10);
  for (let k = 0; k < 60; k++) {
    await report(store, 'st:long', `w${k}`, week(k), [handWrittenEvent(`w${k}:10`, { type: 'air_drone_strike', location: khost, date: dayOn(week(k)), actors: [pakistan], articleIds: [`w${k}`] })]);
  }
  const ids = await report(store, 'st:long', 'late', week(60), [handWrittenEvent('late:10', { type: 'air_drone_strike', location: khost, date: dayOn(week(0)), actors: [pakistan], articleIds: ['late'] })]);
  assert.equal((await store.canonicalOfMention('late:10'))?.id, (await store.canonicalOfMention('w0:10'))?.id);
  assert.equal(ids.length, 60, 'no new event');
  await store.close();
});
