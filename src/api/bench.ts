// API latency on a large store, and the UI's time to first map render: `npm run bench` calls
// benchServe; `node --import tsx src/api/bench.ts [--events N]` runs it alone. Synthetic events
// are inserted straight into a fresh SQLite store (mentions of synthetic articles), then every
// query goes through fastify in process (inject: routing, validation, store, serialisation).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Event } from '../model.ts';
import { loadConfig } from '../config.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { EVENT_TYPES } from '../events/taxonomy.ts';
import { buildServer } from './server.ts';
import { hasChromium, launchBrowser } from '../web/browser.ts';

/** The scale: p95 must stay under 50 ms at 100k events. */
export const DEFAULT_BENCH_EVENTS = 100_000;
const EVENTS_PER_ARTICLE = 50;
const QUERIES_PER_KIND = 60;
const RENDER_RUNS = 3;

const PLACES: [string, string, number, number][] = [
  ['Dushanbe', 'TJ', 38.54, 68.78], ['Kabul', 'AF', 34.53, 69.17], ['Moscow', 'RU', 55.75, 37.62], ['Bamako', 'ML', 12.65, -8.0],
  ['Kharkiv', 'UA', 49.99, 36.23], ['Khartoum', 'SD', 15.5, 32.56], ['Mogadishu', 'SO', 2.04, 45.34], ['Sanaa', 'YE', 15.37, 44.19],
  ['Goma', 'CD', -1.68, 29.22], ['Maiduguri', 'NG', 11.85, 13.16], ['Peshawar', 'PK', 34.01, 71.58], ['Aleppo', 'SY', 36.2, 37.16],
];
const ACTORS = ['Taliban', 'Islamic State Khorasan Province', 'Armed Forces of Tajikistan', 'al-Shabaab', 'Wagner Group', 'Rapid Support Forces', 'M23', 'Boko Haram'];

/** A deterministic pseudo-random sequence, so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function syntheticEvent(articleId: string, i: number, r: () => number): Event {
  const [name, country, lat, lon] = PLACES[Math.floor(r() * PLACES.length)];
  const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 5 * 365) * 86400000).toISOString().slice(0, 10);
  const actor = ACTORS[Math.floor(r() * ACTORS.length)];
  const ev = (start: number, text: string) => [{ articleId, start, end: start + text.length, text }];
  return {
    id: `${articleId}:${i}`, type: EVENT_TYPES[Math.floor(r() * EVENT_TYPES.length)], tags: [],
    actors: [{ name: actor, kbId: null, role: 'actor1', country: null }],
    location: { name, admin1: null, country, lat: lat + (r() - 0.5), lon: lon + (r() - 0.5), gazetteerId: null, precision: 1 },
    date: { start: day, end: day, precision: 'day', basis: 'stated', yearResolved: true, reason: null },
    fatalities: r() < 0.3 ? { low: null, best: Math.floor(r() * 20), high: null, qualifier: 'exact' } : null, injured: null,
    claims: [], modality: 'occurred', main: i === 0, background: r() < 0.1,
    evidence: { type: ev(0, 'attack'), 'actors.0': ev(10, actor), location: ev(40, name), date: ev(60, day) },
    provenance: {}, articleIds: [articleId],
  };
}

export async function fill(store: SqliteStore, n: number): Promise<void> {
  const r = rng(42);
  for (let a = 0; a * EVENTS_PER_ARTICLE < n; a++) {
    const id = `bench${String(a).padStart(6, '0')}`;
    const article: Article = {
      id, url: `https://bench.example/${id}`, canonicalUrl: null, title: `Synthetic report ${a}`, published: '2024-01-01', author: null,
      outlet: 'Bench Wire', source: 'bench', text: 'Synthetic article text. '.repeat(40), cut: [], language: 'eng', fingerprint: '',
      duplicateOf: null, ingestedAt: new Date().toISOString(), error: null,
    };
    await store.putArticle(article);
    const count = Math.min(EVENTS_PER_ARTICLE, n - a * EVENTS_PER_ARTICLE);
    await store.putMentions(id, Array.from({ length: count }, (_, i) => syntheticEvent(id, i, r)));
  }
}

export interface LatencyRow {
  name: string;
  items: number;
  seconds: number;
  latencies: number[];
  note: string;
}

/** Event-query latencies through the API on `n` synthetic events, and the UI's first map render. */
export async function benchServe(n = DEFAULT_BENCH_EVENTS): Promise<LatencyRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-api-'));
  const config = loadConfig({ db: process.env.SITREP_BENCH_KEEP ?? path.join(dir, 'api.db') });
  const store = SqliteStore.open(config.db);
  const t0 = performance.now();
  await fill(store, n);
  console.error(`bench: ${n} synthetic events stored in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const app = await buildServer(store, { config });
  const r = rng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const year = () => 2020 + Math.floor(r() * 5);
  const kinds: [string, () => string][] = [
    ['newest 100 (full records)', () => '/api/events'],
    ['by type', () => `/api/events?type=${pick(EVENT_TYPES)}`],
    ['by country + date range', () => { const y = year(); return `/api/events?country=${pick(PLACES)[1]}&since=${y}-03-01&until=${y + 1}-02-28`; }],
    ['by bounding box', () => { const [, , lat, lon] = pick(PLACES); return `/api/events?bbox=${lon - 2},${lat - 2},${lon + 2},${lat + 2}`; }],
    ['by actor', () => `/api/events?actor=${encodeURIComponent(pick(ACTORS))}`],
    ['full text', () => `/api/events?q=${pick(PLACES)[0]}`],
    ['type + text + page 5', () => `/api/events?type=${pick(EVENT_TYPES)}&q=${pick(PLACES)[0]}&offset=400`],
    ['map view: 5,000 summaries', () => `/api/events?view=summary&limit=5000&type=${pick(EVENT_TYPES)},${pick(EVENT_TYPES)},${pick(EVENT_TYPES)}`],
  ];
  const rows: LatencyRow[] = [];
  await app.inject('/api/events'); // warm-up: statement cache, JIT
  for (const [name, url] of kinds) {
    const latencies: number[] = [];
    const start = performance.now();
    for (let i = 0; i < QUERIES_PER_KIND; i++) {
      const t = performance.now();
      const res = await app.inject(url());
      if (res.statusCode !== 200) throw new Error(`bench: ${res.statusCode} ${res.body}`);
      latencies.push(performance.now() - t);
    }
    rows.push({ name: `API /api/events ${name}`, items: QUERIES_PER_KIND, seconds: (performance.now() - start) / 1000, latencies, note: `${n.toLocaleString('en')} events, in process` });
  }
  if (hasChromium()) {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const browser = await launchBrowser();
    const latencies: number[] = [];
    for (let i = 0; i < RENDER_RUNS; i++) {
      const page = await browser.context.newPage();
      await page.goto(url + '/');
      await page.waitForSelector('#map[data-rendered="true"]', { timeout: 60000 });
      latencies.push(await page.evaluate(() => performance.getEntriesByName('sitrep:map-rendered')[0].startTime));
      await page.close();
    }
    await browser.close();
    rows.push({ name: 'UI: navigation to first map render', items: RENDER_RUNS, seconds: latencies.reduce((s, x) => s + x, 0) / 1000, latencies, note: 'chromium, 5,000 newest markers, countries 1:50m' });
  } else {
    console.error('bench: no /usr/bin/chromium; the UI render time is not measured');
  }
  await app.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return rows;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const n = args.includes('--events') ? parseInt(args[args.indexOf('--events') + 1], 10) : DEFAULT_BENCH_EVENTS;
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
  for (const row of await benchServe(n)) console.log(`${row.name.padEnd(50)} p50 ${q(row.latencies, 0.5).toFixed(1).padStart(7)} ms  p95 ${q(row.latencies, 0.95).toFixed(1).padStart(7)} ms  (${row.note})`);
}
