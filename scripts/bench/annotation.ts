// The annotation layer alone (sentences, entities, dates, quantities, geocode) on clean bench
// articles, one thread: articles/s per core. Articles run as the pipeline runs them (runStagesBatch):
// in batches of BATCH_SIZE, every article of a batch through one annotator before the next. Cleaning runs first and is not timed. The machine
// is shared, so the rate is given by CPU time (process.cpuUsage) as well as by wall clock.
// `npm run bench` runs it in a child process of its own (benchAnnotationIsolated), first.
import { spawn } from 'node:child_process';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/annotate/sentences.ts';
import { findEntities } from '../../src/annotate/entities.ts';
import { findDates } from '../../src/annotate/dates.ts';
import { findQuantities } from '../../src/annotate/quantities.ts';
import { geocodeStage } from '../../src/geocode/stage.ts';
import { runStages, stagesThrough } from '../../src/pipeline.ts';
import type { Config } from '../../src/config.ts';
import type { Doc } from '../../src/stage.ts';
import { BATCH_SIZE } from '../../src/workers/pool.ts';

/** How long to wait after the timed pass for the GC observer's last entries (setImmediate came too early). */
const GC_REPORT_WAIT_MS = 20;
/** Untimed passes first: the first few hundred articles run slower while V8 compiles the hot code. */
const WARM_UP_PASSES = 1;

export interface AnnotationRow {
  name: string;
  items: number;
  seconds: number;
  latencies: number[];
  note: string;
  /** CPU milliseconds per article for each annotator, for comparing runs part by part. */
  parts: Record<string, number>;
}

function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Mirrors annotateStage then geocodeStage over a batch, stage by stage, timing each annotator apart. */
function annotateBatch(batch: Doc[], config: Config, part: Map<string, number>): void {
  // Fresh working documents each pass, so a pass never reads an earlier pass's annotations.
  const docs: Doc[] = batch.map((d) => ({ article: d.article }));
  // CPU time, not wall time: on a shared machine the wall clock also counts other processes' turns.
  const time = (name: string, f: (d: Doc) => void) => {
    const t = cpuMs();
    for (const d of docs) f(d);
    part.set(name, (part.get(name) ?? 0) + cpuMs() - t);
  };
  time('sentences', (d) => (d.sentences = splitSentences(d.article!.text)));
  time('entities', (d) => (d.entities = findEntities(d.article!.text, d.sentences!)));
  time('dates', (d) => (d.dates = findDates(d.article!.text, d.article!.published, d.article!.url ?? d.article!.canonicalUrl)));
  time('quantities', (d) => (d.quantities = findQuantities(d.article!.text)));
  time('geocode', (d) => void geocodeStage.run(d, { config }));
}

/** The articles in batches of `size`, as the pipeline's threads take them. */
function batches(docs: Doc[], size: number): Doc[][] {
  const out: Doc[][] = [];
  for (let i = 0; i < docs.length; i += size) out.push(docs.slice(i, i + size));
  return out;
}

async function cleanPages(pages: { name: string; html: string }[], config: Config): Promise<Doc[]> {
  const clean = stagesThrough('language');
  const docs: Doc[] = [];
  for (const p of pages) {
    const d = await runStages({ raw: { source: p.name, kind: 'html', body: p.html, given: {} } }, clean, { config });
    if (d.article && !d.stop) docs.push(d);
  }
  return docs;
}

/**
 * Times the layer over `pages`. Without `warmUpOn` it warms up on the same pages (the generated
 * corpus: a steady stream of one kind); with it, it warms up on those and times one pass over
 * `pages` never seen before (real news: every word-keyed cache meets new words, as in a live feed).
 */
export async function benchAnnotation(pages: { name: string; html: string }[], config: Config, batchSize = BATCH_SIZE, warmUpOn?: { name: string; html: string }[], label = 'bench articles'): Promise<AnnotationRow> {
  const docs = await cleanPages(pages, config);
  const warm = warmUpOn ? await cleanPages(warmUpOn, config) : docs;
  for (let i = 0; i < WARM_UP_PASSES; i++) for (const b of batches(warm, batchSize)) annotateBatch(b, config, new Map());
  const part = new Map<string, number>();
  const latencies: number[] = [];
  // GC pauses fall on whichever annotator allocates when the heap fills; counted apart, they
  // show how much of each part's time is garbage left by all of them.
  const pauses: PerformanceEntry[] = [];
  const gc = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  gc.observe({ entryTypes: ['gc'] });
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const b of batches(docs, batchSize)) {
    const t = performance.now();
    annotateBatch(b, config, part);
    // An article waits for its whole batch; its share of the work is the batch's time over its size.
    const share = (performance.now() - t) / b.length;
    for (let i = 0; i < b.length; i++) latencies.push(share);
  }
  const t1 = performance.now();
  const seconds = (t1 - t0) / 1000;
  const cpu = cpuMs() - c0;
  await new Promise((resolve) => setTimeout(resolve, GC_REPORT_WAIT_MS));
  gc.disconnect();
  const gcMs = pauses.filter((e) => e.startTime >= t0 && e.startTime < t1).reduce((n, e) => n + e.duration, 0);
  const perStage = [...part].map(([k, v]) => `${k} ${(v / docs.length).toFixed(2)}`).join(', ');
  const chars = docs.reduce((n, d) => n + d.article!.text.length, 0) / docs.length;
  return {
    name: `annotation layer only (sentences+entities+dates+quantities+geocode) on ${label}, 1 thread, batches of ${batchSize}`,
    items: docs.length,
    seconds,
    latencies,
    parts: Object.fromEntries([...part].map(([k, v]) => [k, v / docs.length])),
    note: `${(docs.length / (cpu / 1000)).toFixed(0)} articles per CPU-second (one thread: per core); ${chars.toFixed(0)} characters per article; stage by stage over batches of ${batchSize} as the pipeline's threads run them, so an article's latency is its batch's wall time / ${batchSize}; after ${WARM_UP_PASSES} warm-up pass${warmUpOn ? ' over other pages' : ''}; CPU ms/article: ${perStage}; of all these, GC pauses ${(gcMs / docs.length).toFixed(2)}`,
  };
}

const ROW_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'annotation-row.ts');
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The same row measured in a fresh child process (scripts/bench/annotation-row.ts) on the first
 * `pages` bench pages, or with realNewsFrom (a ../shared folder) on its real news after warming up
 * on them (and on `history` reports of GMB's VOA news before them: a long-running feed's steady
 * state): its CPU time and memory are the layer's alone, whatever the caller has run.
 */
export function benchAnnotationIsolated(pages: number, realNewsFrom?: string, history = 0): Promise<AnnotationRow> {
  return new Promise((resolve, reject) => {
    const real = realNewsFrom ? ['--real', realNewsFrom, ...(history > 0 ? ['--history', String(history)] : [])] : [];
    // The child inherits the environment, so V8 flags given through NODE_OPTIONS apply to the row as well.
    const child = spawn(process.execPath, ['--import', 'tsx', ROW_SCRIPT, '--pages', String(pages), ...real], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`annotation bench child exited with code ${code}`));
      const row = JSON.parse(out.trim().split('\n').pop()!) as AnnotationRow;
      resolve({ ...row, name: `${row.name}, fresh process` });
    });
  });
}
