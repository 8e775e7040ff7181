// Clustering cost per article as the store grows (`npm run bench` calls benchClustering;
// `node --import tsx src/resolve/bench.ts` runs it alone). Synthetic stored articles are put
// straight into a fresh SQLite store as term counts and story profiles (five articles a story,
// spread over two years), then fresh articles, half of them follow-ups, are clustered one by one.
// The cost must stay near-constant: candidates come from the key index, never from a scan.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../store/sqlite.ts';
import { clusterArticle, grownProfile } from './stories.ts';
import type { ArticleProfile } from './profile.ts';
import { idf, sublinear } from './terms.ts';

export const BENCH_STORED = [10_000, 100_000];
/** Articles clustered per measurement: enough for a stable median and 95th percentile. */
const MEASURED = 300;
const ARTICLES_PER_STORY = 5;
const VOCABULARY = 30_000;
const WORDS_PER_ARTICLE = 80;
const STORY_DAYS = 730;

export function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Article `i` of story `story`: the story's own words, names and place, plus Zipf-distributed common words. */
export function syntheticArticle(id: string, story: number, r: () => number): ArticleProfile {
  const own = rng(story + 1);
  const counts = new Map<string, number>();
  const add = (t: string) => counts.set(t, (counts.get(t) ?? 0) + 1);
  for (let k = 0; k < WORDS_PER_ARTICLE; k++) {
    if (r() < 0.4) add('w' + Math.floor(own() * VOCABULARY));
    else add('w' + Math.floor(Math.pow(VOCABULARY, r())));
  }
  const keys = new Map<string, number>([[`e:person${story}`, 1], [`e:group${story % 500}`, 1], [`p:c${story % 150}`, 1], [`p:c${story % 150}/r${story % 3000}`, 1]]);
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(own() * STORY_DAYS) * 86_400_000).toISOString().slice(0, 10);
  return {
    articleId: id, title: `story ${story}`, day, terms: sublinear(counts), keys,
    anchors: { person: new Map([[`e:person${story}`, 1]]), region: new Map(), titled: { person: new Set([`e:person${story}`]), region: new Set() } },
  };
}

export async function fill(store: SqliteStore, n: number): Promise<void> {
  const r = rng(7);
  const w = (t: string) => idf(t.startsWith('w') ? Number(t.slice(1)) / 10 : 1, n);
  for (let story = 0; story * ARTICLES_PER_STORY < n; story++) {
    let profile = null;
    const ids: string[] = [];
    for (let k = 0; k < ARTICLES_PER_STORY && story * ARTICLES_PER_STORY + k < n; k++) {
      const a = syntheticArticle(`a${story}-${k}`, story, r);
      await store.addTermDocument(a.articleId, [...a.terms.keys(), ...a.keys.keys()]);
      profile = grownProfile(`st:${story}`, profile, a, w);
      ids.push(a.articleId);
    }
    await store.putStoryProfile(profile!);
    await store.putStory({ id: `st:${story}`, title: `story ${story}`, start: profile!.start, end: profile!.end, articleIds: ids, eventIds: [] });
  }
}

/** One timed row of the resolve benches (clustering, event resolve), as `npm run bench` prints it. */
export interface ClusteringRow {
  name: string;
  items: number;
  seconds: number;
  latencies: number[];
  note: string;
}

/** The one-line summary a bench file prints when run on its own. */
export function rowLine(row: ClusteringRow): string {
  const sorted = [...row.latencies].sort((a, b) => a - b);
  return `${row.name}: mean ${((row.seconds * 1000) / row.items).toFixed(2)} ms, p50 ${sorted[Math.floor(sorted.length / 2)].toFixed(2)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(2)} ms; ${row.note}`;
}

/** Milliseconds per clustered article with `stored` synthetic articles already in the store. */
export async function benchClustering(stored: number): Promise<ClusteringRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-stories-'));
  const store = SqliteStore.open(path.join(dir, 'stories.db'));
  const t0 = performance.now();
  await fill(store, stored);
  const fillSeconds = (performance.now() - t0) / 1000;
  const r = rng(11);
  const stories = Math.ceil(stored / ARTICLES_PER_STORY);
  const latencies: number[] = [];
  let joined = 0;
  const t1 = performance.now();
  for (let i = 0; i < MEASURED; i++) {
    // Half follow up a stored story, half report something new.
    const story = i % 2 ? Math.floor(r() * stories) : stories + i;
    const t = performance.now();
    const res = await clusterArticle(store, syntheticArticle(`new${i}`, story, r));
    latencies.push(performance.now() - t);
    if (!res.created && res.storyId === `st:${story}`) joined++;
  }
  const seconds = (performance.now() - t1) / 1000;
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    name: `story clustering per article, ${stored.toLocaleString('en')} stored articles`, items: MEASURED, seconds, latencies,
    note: `${joined}/${MEASURED / 2} follow-ups joined their story; store filled in ${fillSeconds.toFixed(0)} s (SQLite file)`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const n of process.argv.includes('--stored') ? [Number(process.argv[process.argv.indexOf('--stored') + 1])] : BENCH_STORED) {
    console.log(rowLine(await benchClustering(n)));
  }
}
