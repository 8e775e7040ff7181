// Runs the pipeline over a stream of ingested items: on the main thread plus worker threads for
// large batches, on the main thread alone for small ones (a worker loads the knowledge base,
// gazetteer and tagger, ~2-5 s, which a handful of articles never repays). The main thread is one
// of the pipelines, so `workers` = 2 starts one worker thread: a worker thread beside an idle main
// thread loaded every model twice and left a core to the store work, and was slower than one
// thread. With the pool, every thread runs the store-less stages stage by stage over batches
// (pool.ts, BATCH_SIZE) and the calling thread then runs the store stages per document, in input
// order. In process alone, documents still run one by one through every stage with the store:
// there the store's dedupe stops a duplicate before it is annotated at all. Results come out in
// input order either way.
import os from 'node:os';
import type { IngestItem } from '../ingest/sources.ts';
import type { RawDocument } from '../model.ts';
import { runStages, runStagesBatch, STAGES } from '../pipeline.ts';
import type { Doc, StageContext } from '../stage.ts';
import { PipelinePool, stripForCaller } from './pool.ts';

/** Below this many items a batch runs in process: worker start-up would cost more than it saves. */
const POOL_MIN_ITEMS = 24;

export interface Processed {
  item: IngestItem;
  doc?: Doc;
  error?: string;
}

async function* chain<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
}

export function workerCount(configured: number): number {
  return configured > 0 ? configured : os.availableParallelism();
}

export async function* processItems(items: AsyncIterable<IngestItem>, ctx: StageContext & { store: NonNullable<StageContext['store']> }): AsyncGenerator<Processed> {
  const it = items[Symbol.asyncIterator]();
  const head: IngestItem[] = [];
  let ended = false;
  const workers = workerCount(ctx.config.workers);
  while (workers > 1 && head.length < POOL_MIN_ITEMS) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
  }
  if (workers <= 1 || ended) {
    for await (const item of chain(head, it)) {
      if (!item.ok) yield { item };
      else {
        try {
          yield { item, doc: await runStages({ raw: item.raw }, STAGES, ctx) };
        } catch (err) {
          yield { item, error: (err as Error).message };
        }
      }
    }
    return;
  }
  const storeStages = STAGES.filter((s) => s.usesStore);
  const pool = new PipelinePool(workers - 1, ctx.config);
  // As on a worker: the batch stage by stage without a store, handed back as a worker hands it.
  const inProcess = async (raws: RawDocument[]) =>
    (await runStagesBatch(raws.map((raw) => ({ raw })), STAGES, { config: ctx.config })).map(stripForCaller);
  try {
    async function* tagged() {
      for await (const item of chain(head, it)) yield { tag: item, raw: item.ok ? item.raw : undefined };
    }
    for await (const r of pool.run(tagged(), inProcess)) {
      if ('skip' in r) yield { item: r.tag };
      else if ('error' in r) yield { item: r.tag, error: r.error };
      else {
        try {
          yield { item: r.tag, doc: await runStages(r.doc, storeStages, ctx) };
        } catch (err) {
          yield { item: r.tag, error: (err as Error).message };
        }
      }
    }
  } finally {
    await pool.close();
  }
}
