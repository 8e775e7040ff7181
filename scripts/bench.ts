// `npm run bench`: speed and memory, printed as a table. Never asserted in unit tests.
// Ingest: a generated corpus of pages with clutter (scripts/bench/corpus.ts) written to disk and
// ingested through the real pipeline into a fresh SQLite store, beside bare Readability on the same
// pages. Flags: --pages N (default 5000), --api-events N (default 100000; src/api/bench.ts),
// --story-stored N (stored articles for the story clustering row; default 10k and 100k, src/resolve/bench.ts);
// event resolve rows at story sizes 10, 100 and 1,000 come from src/resolve/bench-events.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { generateCorpus } from './bench/corpus.ts';
import { benchAnnotationIsolated } from './bench/annotation.ts';
import { hasNewsHistory, hasRealNews } from './bench/real-news.ts';
import { sharedDir } from '../src/eval/suite.ts';
import { printTable } from './table.ts';
import { loadConfig } from '../src/config.ts';
import { SqliteStore } from '../src/store/sqlite.ts';
import { readSources } from '../src/ingest/sources.ts';
import { runStages, STAGES, checkChain, stagesThrough } from '../src/pipeline.ts';
import { processItems } from '../src/workers/process.ts';
import { storeDoc } from '../src/cli/ingest.ts';
import { benchServe, DEFAULT_BENCH_EVENTS } from '../src/api/bench.ts';
import { benchClustering, BENCH_STORED } from '../src/resolve/bench.ts';
import { benchEventResolve, BENCH_STORY_SIZES } from '../src/resolve/bench-events.ts';

/** The issue asks for ≥ 5,000 pages; fewer would let start-up costs flatter the figures. */
const DEFAULT_PAGES = 5000;
/**
 * The whole pipeline (annotation, events, resolution) runs at tens of articles per second, so its
 * rows use the first 1,000 pages: enough to pass start-up and warm-up, and the bench stays minutes long.
 */
const DEFAULT_PIPELINE_PAGES = 1000;
/** VOA reports the steady-state annotation row warms up on: about a day of a busy feed, and nearly all of GMB's 3,197. */
const HISTORY_REPORTS = 3000;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

interface BenchRow {
  name: string;
  items: number;
  seconds: number;
  latencies: number[];
  note: string;
}

/**
 * The whole pipeline from HTML files on disk to stored events. With `workers` > 1 the stages run
 * in worker threads (src/workers); in process, per-stage milliseconds are measured too.
 */
async function benchIngest(dir: string, pagesDir: string, n: number, workers: number, upTo?: string): Promise<BenchRow> {
  const config = loadConfig({ db: path.join(dir, `bench-${workers}-${upTo ?? 'all'}.db`), workers });
  const store = SqliteStore.open(config.db);
  const stages = upTo ? stagesThrough(upTo) : STAGES;
  checkChain(stages);
  const latencies: number[] = [];
  const timings = new Map<string, number>();
  let stored = 0;
  const t0 = performance.now();
  let tItem = performance.now();
  const items = readSources([pagesDir], config);
  const results = workers > 1
    ? processItems(items, { config, store })
    : (async function* () {
        for await (const item of items) yield { item, doc: item.ok ? await runStages({ raw: item.raw }, stages, { config, store, timings }) : undefined };
      })();
  for await (const { doc } of results) {
    const t = performance.now();
    if (doc?.article && !doc.stop && (await storeDoc(store, doc))) stored++;
    timings.set('store', (timings.get('store') ?? 0) + performance.now() - t);
    const now = performance.now();
    latencies.push(now - tItem);
    tItem = now;
  }
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  // Stages without `usesStore` run only in the workers, without a store: name the ones the main thread reruns.
  const onMain = STAGES.filter((s) => s.usesStore).map((s) => s.name).join(', ');
  const perStage = workers > 1 ? `stages rerun with the store on the main thread: ${onMain}; per-stage times are in the in-process row` : 'ms/article: ' + [...timings].map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join(', ');
  const what = upTo ? `ingest through ${upTo} (foundation: HTML file → stored article)` : 'ingest, whole pipeline (HTML file → stored events)';
  return { name: `${what}, ${workers > 1 ? `main thread + ${workers - 1} worker thread(s)` : 'in process'}`, items: n, seconds, latencies, note: `${stored} stored; ${perStage}` };
}

function benchReadability(pages: { html: string }[]): BenchRow {
  const latencies: number[] = [];
  const t0 = performance.now();
  for (const p of pages) {
    const t = performance.now();
    const { document } = parseHTML(p.html);
    new Readability(document as unknown as Document).parse();
    latencies.push(performance.now() - t);
  }
  return { name: 'bare Readability + linkedom (parse only)', items: pages.length, seconds: (performance.now() - t0) / 1000, latencies, note: 'no clutter filter, no store' };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const n = args.includes('--pages') ? parseInt(args[args.indexOf('--pages') + 1], 10) : DEFAULT_PAGES;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-'));
  const pages = generateCorpus(n);
  const pipelinePages = Math.min(n, args.includes('--pipeline-pages') ? parseInt(args[args.indexOf('--pipeline-pages') + 1], 10) : DEFAULT_PIPELINE_PAGES);
  fs.mkdirSync(path.join(dir, 'pages'));
  fs.mkdirSync(path.join(dir, 'pipeline-pages'));
  pages.forEach((p, i) => {
    fs.writeFileSync(path.join(dir, 'pages', p.name), p.html);
    if (i < pipelinePages) fs.writeFileSync(path.join(dir, 'pipeline-pages', p.name), p.html);
  });
  console.error(`bench: ${n} generated pages in ${dir} (${os.cpus().length} cores, node ${process.version})`);

  const cores = os.availableParallelism();
  // First, in a child process: after the heavy rows this process holds GBs and the figure swung run to run.
  const annotationRow = await benchAnnotationIsolated(n);
  // The same layer on real reports it has never seen, when ../shared is beside the repo (see real-news.ts).
  const shared = sharedDir();
  const realRow = shared && hasRealNews(shared) ? await benchAnnotationIsolated(n, shared) : null;
  if (!realRow) console.error('bench: ../shared is absent (set SITREP_SHARED): no real-news annotation row');
  // And after a day's feed: a long-running process has met the common words and names of news.
  const steadyRow = realRow && hasNewsHistory(shared!) ? await benchAnnotationIsolated(n, shared!, HISTORY_REPORTS) : null;
  if (realRow && !steadyRow) console.error('bench: ../shared has no GMB (data/ner-gmb-kaggle): no steady-state annotation row');
  const rows: BenchRow[] = [
    benchReadability(pages),
    await benchIngest(dir, path.join(dir, 'pages'), n, 1, 'dedupe'),
    await benchIngest(dir, path.join(dir, 'pipeline-pages'), pipelinePages, 1),
    await benchIngest(dir, path.join(dir, 'pipeline-pages'), pipelinePages, cores),
    annotationRow,
    ...(realRow ? [realRow] : []),
    ...(steadyRow ? [steadyRow] : []),
    // API event-query latency on 100k synthetic events (issue target: p95 < 50 ms) and the UI's first map render.
    ...(await benchServe(args.includes('--api-events') ? parseInt(args[args.indexOf('--api-events') + 1], 10) : DEFAULT_BENCH_EVENTS)),
  ];
  // Story clustering cost per article at 10k and 100k stored articles (issue 5: must stay near-constant).
  for (const stored of args.includes('--story-stored') ? [parseInt(args[args.indexOf('--story-stored') + 1], 10)] : BENCH_STORED) rows.push(await benchClustering(stored));
  // Event resolve cost per article as one story grows to 10, 100 and 1,000 articles (issue 5: near-constant).
  for (const size of BENCH_STORY_SIZES) rows.push(await benchEventResolve(size));
  printTable(
    ['measure', 'items', 'items/s', 'p50 ms', 'p95 ms', 'note'],
    rows.map((r) => [r.name, String(r.items), (r.items / r.seconds).toFixed(0), quantile(r.latencies, 0.5).toFixed(2), quantile(r.latencies, 0.95).toFixed(2), r.note]),
  );
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
