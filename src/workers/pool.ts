// Runs the pipeline on many documents across worker threads and the calling thread, in input
// order. A document goes to a worker with a free slot; when none has one (all busy, or still
// loading their models, which takes seconds on a loaded machine), the calling thread runs it
// itself instead of waiting. Workers run every stage without a store (dedupe then only
// fingerprints); the caller runs the store stages after.
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';
import type { RawDocument } from '../model.ts';
import type { Doc } from '../stage.ts';

/** Documents in flight per worker: enough to hide message latency, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;
/** Finished documents held back behind an unfinished head before the head is waited for. */
const MAX_QUEUED = 64;

export type PoolResult<T> = { tag: T; doc: Doc } | { tag: T; error: string };

/** Runs one document on the calling thread, without a store. */
export type InProcess = (raw: RawDocument) => Promise<Doc>;

interface Pending<T> {
  tag: T;
  skip?: boolean;
  result?: PoolResult<T>;
  settled?: Promise<void>;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: number;
  /** Settles the documents in flight on this worker when it dies. */
  onExit?: () => void;
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
    const waiting = new Map<number, { slot: Slot; settle: (r: { doc?: Doc; error?: string }) => void }>();
    const onMessage = (m: { seq?: number; doc?: Doc; error?: string }) => {
      if (m.seq === undefined) return;
      const w = waiting.get(m.seq);
      if (!w) return;
      waiting.delete(m.seq);
      w.slot.busy--;
      w.settle(m);
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
    try {
      for await (const item of items) {
        const entry: Pending<T> = { tag: item.tag };
        queue.push(entry);
        const slot = item.raw ? freeSlot() : null;
        if (!item.raw) {
          entry.skip = true;
        } else if (slot) {
          const s = seq++;
          slot.busy++;
          entry.settled = new Promise((resolve) => {
            waiting.set(s, {
              slot,
              settle: (r) => {
                entry.result = r.doc ? { tag: item.tag, doc: r.doc } : { tag: item.tag, error: r.error ?? 'worker failed' };
                resolve();
              },
            });
          });
          slot.worker.postMessage({ seq: s, raw: item.raw });
        } else {
          try {
            entry.result = { tag: item.tag, doc: await inProcess(item.raw) };
          } catch (err) {
            entry.result = { tag: item.tag, error: err instanceof Error ? err.message : String(err) };
          }
        }
        // Yield finished heads in order; block on the head only when too much is held back.
        while (queue.length && (queue[0].skip || queue[0].result || queue.length >= MAX_QUEUED)) {
          const head = queue.shift()!;
          await head.settled;
          yield emit(head);
        }
      }
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
