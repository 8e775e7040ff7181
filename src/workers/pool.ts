// Runs the pipeline on many documents across worker threads and the calling thread, in input
// order. Documents go in batches of up to BATCH_SIZE, which each thread runs stage by stage
// (runStagesBatch). A batch goes to a worker with a free slot; when none has one (all busy, or
// still loading their models, which takes seconds on a loaded machine), the calling thread runs it
// itself instead of waiting. Workers run every stage without a store (dedupe then only
// fingerprints); the caller runs the store stages after.
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';
import type { RawDocument } from '../model.ts';
import type { Doc } from '../stage.ts';
import type { BatchResult } from '../pipeline.ts';

/**
 * Documents a thread runs stage by stage at once: all of a batch through one stage keeps that
 * stage's tables in the CPU cache (tagger 12 MB, gazetteer, date parser). Annotation row, 5,000
 * bench articles, CPU: 1 → 667/s, 16 → 753, 32 → 791-792, 64 → 799-812, 128 → 778; 32 takes most
 * of the gain with half of 64's wait before a batch's first result and idle tail across threads.
 */
export const BATCH_SIZE = 32;
/**
 * Batches queued per worker before the calling thread takes one itself: the calling thread alone
 * runs the store stages (resolve ~13 ms/article), so it should take pure work only when the
 * worker is well behind. 1,000 bench pages, main + 1 worker: 2 → 16.5-17.4 s, 4 → 15.2-16.3 s
 * wall (per-document before batching: 15.9-16.8 s); results held stay small (no tokens).
 */
const IN_FLIGHT_PER_WORKER = 4;
/** Finished documents held back behind an unfinished head before the head is waited for. */
const MAX_QUEUED = 4 * BATCH_SIZE;

export type PoolResult<T> = { tag: T; doc: Doc } | { tag: T; error: string };

/** One document's outcome from a batch: its document, or why it has none. */
export type BatchOutcome = { doc: Doc; error?: undefined } | { doc?: undefined; error: string };

/** Runs a batch of documents on the calling thread, without a store; one outcome per document, in order. */
export type InProcess = (raws: RawDocument[]) => Promise<BatchOutcome[]>;

interface Pending<T> {
  tag: T;
  skip?: boolean;
  result?: PoolResult<T>;
  /** Handed to a thread (not still gathering its batch). */
  sent?: boolean;
  settled?: Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: number;
  /** Settles the documents in flight on this worker when it dies. */
  onExit?: () => void;
}

/**
 * One document of a batch as a thread hands it to the caller: tokens are the bulk of a document
 * and neither the store stages nor the caller read them (nor the raw input), so they stay behind.
 */
export function stripForCaller(r: BatchResult): BatchOutcome {
  if ('error' in r) return { error: r.error };
  delete r.sentences;
  delete r.raw;
  return { doc: r };
}

export class PipelinePool {
  private slots: Slot[] = [];
  private starts: Promise<void>[] = [];

  constructor(size: number, config: Config) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./bootstrap.mjs', import.meta.url), { workerData: { config } });
      const slot: Slot = { worker, ready: false, busy: 0 };
      let started = () => {};
      this.starts.push(new Promise((resolve) => (started = resolve)));
      const onMsg = (m: { ready?: boolean }) => {
        if (!m.ready) return;
        worker.off('message', onMsg);
        slot.ready = true;
        started();
      };
      worker.on('message', onMsg);
      // A worker that fails leaves its documents to the other threads; the run goes on.
      worker.once('error', (err) => {
        slot.ready = false;
        process.emitWarning(`pipeline worker failed, its documents run elsewhere: ${err.message}`);
      });
      worker.once('exit', () => {
        slot.ready = false;
        started();
        slot.onExit?.();
      });
      this.slots.push(slot);
    }
  }

  /** Resolves once every worker has loaded its models (or died). run() never needs to wait for it. */
  async started(): Promise<void> {
    await Promise.all(this.starts);
  }

  /** Processes `items` and yields results in input order. Items that are not documents pass through. */
  async *run<T>(items: AsyncIterable<{ tag: T; raw?: RawDocument }>, inProcess: InProcess): AsyncGenerator<PoolResult<T> | { tag: T; skip: true }> {
    const queue: Pending<T>[] = [];
    let seq = 0;
    const waiting = new Map<number, { slot: Slot; settle: (outcomes: BatchOutcome[] | { error: string }) => void }>();
    const onMessage = (m: { seq?: number; results?: BatchOutcome[]; error?: string }) => {
      if (m.seq === undefined) return;
      const w = waiting.get(m.seq);
      if (!w) return;
      waiting.delete(m.seq);
      w.slot.busy--;
      w.settle(m.results ?? { error: m.error ?? 'worker failed' });
    };
    for (const s of this.slots) {
      s.worker.on('message', onMessage);
      s.onExit = () => {
        for (const [k, w] of waiting) {
          if (w.slot !== s) continue;
          waiting.delete(k);
          w.settle({ error: 'pipeline worker exited' });
        }
      };
    }
    const emit = (head: Pending<T>) => (head.skip ? { tag: head.tag, skip: true as const } : head.result!);
    const freeSlot = () => {
      let best: Slot | null = null;
      for (const s of this.slots) if (s.ready && s.busy < IN_FLIGHT_PER_WORKER && (!best || s.busy < best.busy)) best = s;
      return best;
    };
    /** Gives each document of a batch its outcome; a whole-batch error applies to each. */
    const settle = (entries: Pending<T>[], outcomes: BatchOutcome[] | { error: string }) => {
      entries.forEach((e, i) => {
        const o: BatchOutcome | undefined = Array.isArray(outcomes) ? outcomes[i] : outcomes;
        e.result = o?.doc ? { tag: e.tag, doc: o.doc } : { tag: e.tag, error: o?.error ?? 'worker failed' };
      });
    };
    /** Documents read but not yet sent anywhere; they go once BATCH_SIZE are in, or at the end. */
    let batch: { entry: Pending<T>; raw: RawDocument }[] = [];
    const dispatch = async () => {
      if (!batch.length) return;
      const entries = batch.map((b) => b.entry);
      const raws = batch.map((b) => b.raw);
      batch = [];
      for (const e of entries) e.sent = true;
      const slot = freeSlot();
      if (slot) {
        const s = seq++;
        slot.busy++;
        const settled = new Promise<void>((resolve) => {
          waiting.set(s, { slot, settle: (o) => (settle(entries, o), resolve()) });
        });
        for (const e of entries) e.settled = settled;
        slot.worker.postMessage({ seq: s, raws });
      } else {
        try {
          settle(entries, await inProcess(raws));
        } catch (err) {
          settle(entries, { error: err instanceof Error ? err.message : String(err) });
        }
      }
    };
    try {
      for await (const item of items) {
        const entry: Pending<T> = { tag: item.tag };
        queue.push(entry);
        if (!item.raw) entry.skip = true;
        else {
          batch.push({ entry, raw: item.raw });
          if (batch.length >= BATCH_SIZE) await dispatch();
        }
        // Yield finished heads in order; block on a sent head only when too much is held back.
        while (queue.length && (queue[0].skip || queue[0].result || (queue[0].sent && queue.length >= MAX_QUEUED))) {
          const head = queue.shift()!;
          await head.settled;
          yield emit(head);
        }
      }
      await dispatch();
      for (const head of queue) {
        await head.settled;
        yield emit(head);
      }
    } finally {
      for (const s of this.slots) {
        s.worker.off('message', onMessage);
        s.onExit = undefined;
      }
    }
  }

  async close(): Promise<void> {
    for (const s of this.slots) s.ready = false;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
