// Event resolve cost per article as one story grows (`npm run bench` calls benchEventResolve;
// `node --import tsx src/resolve/bench-events.ts [--sizes 10,100,1000]` runs it alone). A story
// is filled with synthetic articles, each stored with its mentions as ingest stores them, then
// more articles are resolved and timed. Every article reports the story's main attack (one
// canonical event that gains a mention per article), a strike in one of a few towns on one of
// a few days, a local arrest, a statement and a recalled background event, so both the event's
// mentions and the story's events grow with the story. The cost must stay near-constant.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Event, EventLocation } from '../model.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { resolveStoryEvents } from './resolve.ts';
import { rowLine, type ClusteringRow } from './bench.ts';

export const BENCH_STORY_SIZES = [10, 100, 1000];
/** Articles timed at each size: enough for a stable mean and 95th percentile. */
const MEASURED = 20;
/** Towns the story's strikes and arrests fall in, and the weeks its strikes are spread over (distinct incidents). */
const TOWNS = 12;
const STRIKE_WEEKS = 97;
/** Articles published per day of the story. */
const ARTICLES_PER_DAY = 40;
const STORY_START = Date.UTC(2024, 2, 22);

function dayOf(offset: number): string {
  return new Date(STORY_START + offset * 86_400_000).toISOString().slice(0, 10);
}

function town(k: number): EventLocation {
  return { name: `Town ${k}`, admin1: `Province ${k % 4}`, country: 'AF', lat: 31 + k * 0.9, lon: 62 + k * 0.8, gazetteerId: `gn:bench${k}`, precision: 1 };
}

function mention(articleId: string, offset: number, word: string, over: Partial<Event>): Event {
  return {
    id: `${articleId}:${offset}`, type: 'attack', tags: [], modality: 'occurred', main: false, background: false, actors: [], location: null, date: null,
    fatalities: null, injured: null, claims: [], evidence: { type: [{ articleId, start: offset, end: offset + word.length, text: word }] },
    provenance: { type: { rule: 'bench', basis: 'stated' } }, articleIds: [articleId], ...over,
  };
}

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: 'stated' as const, yearResolved: true, reason: null });

/** Article `i` of the story: its stored record and its mentions. */
export function storyArticle(i: number): { article: Article; events: Event[] } {
  const id = `art${i}`;
  const published = dayOf(Math.floor(i / ARTICLES_PER_DAY));
  const text = `Report ${i}. `.padEnd(3000, 'Officials described the attack and its aftermath in the province. ');
  const strikeTown = (i * 7) % TOWNS, arrestTown = (i * 5) % TOWNS;
  const events = [
    mention(id, 10, 'attack', {
      type: 'attack', main: true, tags: ['terrorism'], location: town(0), date: day(dayOf(0)),
      actors: [{ name: 'Islamic State Khorasan', kbId: 'grp:isis-k', role: 'actor1', country: null }],
      fatalities: { low: 40 + (i % 20), best: 40 + (i % 20), high: 40 + (i % 20), qualifier: 'exact' },
    }),
    mention(id, 400, 'strike', { type: 'air_drone_strike', location: town(strikeTown), date: day(dayOf(-(i % STRIKE_WEEKS) * 7)), actors: [{ name: 'Pakistan', kbId: 'cty:PK', role: 'actor1', country: 'PK' }] }),
    mention(id, 800, 'arrested', { type: 'arrest', location: town(arrestTown), date: day(published), actors: [{ name: 'police', kbId: null, role: 'actor1', country: 'AF' }] }),
    mention(id, 1200, 'warned', { type: 'statement_threat', actors: [{ name: `Minister ${i % 10}`, kbId: null, role: 'actor1', country: 'AF' }] }),
    mention(id, 1600, 'withdrew', { type: 'military_withdrawal', background: true, date: { start: '2021-08', end: '2021-08', precision: 'month', basis: 'stated', yearResolved: true, reason: null }, actors: [{ name: 'United States', kbId: 'cty:US', role: 'actor1', country: 'US' }] }),
  ];
  const article: Article = {
    id, url: `https://outlet${i % 30}.example/${id}`, canonicalUrl: null, title: `Report ${i}`, author: null, published, outlet: `outlet${i % 30}.example`,
    text, source: 'bench', cut: [], language: 'eng', fingerprint: '', duplicateOf: null, ingestedAt: published, error: null,
  };
  return { article, events };
}

async function addArticle(store: SqliteStore, storyId: string, i: number): Promise<void> {
  const { article, events } = storyArticle(i);
  await store.putArticle(article);
  const story = (await store.getStory(storyId))!;
  await store.putStory({ ...story, articleIds: [...story.articleIds, article.id] });
  await resolveStoryEvents(store, storyId, article, events);
  await store.putMentions(article.id, events);
}

export type EventResolveRow = ClusteringRow;

/** Milliseconds to resolve one article's events into a story that already has `size` articles. */
export async function benchEventResolve(size: number): Promise<EventResolveRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-events-'));
  const store = SqliteStore.open(path.join(dir, 'events.db'));
  const storyId = 'st:bench';
  await store.putStory({ id: storyId, title: 'bench story', start: dayOf(0), end: dayOf(0), articleIds: [], eventIds: [] });
  const t0 = performance.now();
  for (let i = 0; i < size; i++) await addArticle(store, storyId, i);
  const fillSeconds = (performance.now() - t0) / 1000;
  const latencies: number[] = [];
  const t1 = performance.now();
  for (let i = size; i < size + MEASURED; i++) {
    const t = performance.now();
    await addArticle(store, storyId, i);
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - t1) / 1000;
  const main = await store.canonicalOfMention(`art${size}:10`);
  const events = (await store.getStory(storyId))!.eventIds.length;
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    name: `event resolve per article, story of ${size.toLocaleString('en')} articles`, items: MEASURED, seconds, latencies,
    note: `story holds ${events} canonical events, the main attack ${main?.mentionIds.length ?? 0} mentions; story filled in ${fillSeconds.toFixed(0)} s (SQLite file)`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1].split(',').map(Number) : BENCH_STORY_SIZES;
  for (const n of sizes) {
    console.log(rowLine(await benchEventResolve(n)));
  }
}
