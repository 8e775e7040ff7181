// Runs the pipeline on many documents across worker threads, in input order. Workers run every
// stage without a store (dedupe then only fingerprints); the caller runs the store stages after.
import { Worker } from 'node:worker_threads';
import type { Config } from '../config.ts';
import type { RawDocument } from '../model.ts';
import type { Doc } from '../stage.ts';

/** Documents in flight per worker: enough to hide message latency, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

export type PoolResult<T> = { tag: T; doc: Doc } | { tag: T; error: string };

interface Pending<T> {
  tag: T;
  skip?: boolean;
  result?: PoolResult<T>;
  settled?: Promise<void>;
}

export class PipelinePool {
  private workers: Worker[] = [];
  private ready: Promise<void>;
  private next = 0;

  constructor(size: number, config: Config) {
    const starts: Promise<void>[] = [];
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./bootstrap.mjs', import.meta.url), { workerData: { config } });
      starts.push(new Promise((resolve, reject) => {
        const onMsg = (m: { ready?: boolean }) => {
          if (m.ready) {
            w.off('message', onMsg);
            resolve();
          }
        };
        w.on('message', onMsg);
        w.once('error', reject);
      }));
      this.workers.push(w);
    }
    this.ready = Promise.all(starts).then(() => undefined);
  }

  /** Processes `items` and yields results in input order. Items that are not documents pass through. */
  async *run<T>(items: AsyncIterable<{ tag: T; raw?: RawDocument }>): AsyncGenerator<PoolResult<T> | { tag: T; skip: true }> {
    await this.ready;
    const queue: Pending<T>[] = [];
    let seq = 0;
    const waiting = new Map<number, (r: { doc?: Doc; error?: string }) => void>();
    const onMessage = (m: { seq?: number; doc?: Doc; error?: string }) => {
      if (m.seq === undefined) return;
      waiting.get(m.seq)?.(m);
      waiting.delete(m.seq);
    };
    for (const w of this.workers) w.on('message', onMessage);
    const limit = this.workers.length * IN_FLIGHT_PER_WORKER;
    const emit = (head: Pending<T>) => (head.skip ? { tag: head.tag, skip: true as const } : head.result!);
    try {
      for await (const item of items) {
        const entry: Pending<T> = { tag: item.tag };
        queue.push(entry);
        if (!item.raw) {
          entry.skip = true;
        } else {
          const s = seq++;
          const worker = this.workers[this.next++ % this.workers.length];
          entry.settled = new Promise((resolve) => {
            waiting.set(s, (r) => {
              entry.result = r.doc ? { tag: item.tag, doc: r.doc } : { tag: item.tag, error: r.error ?? 'worker failed' };
              resolve();
            });
          });
          worker.postMessage({ seq: s, raw: item.raw });
        }
        // Yield finished heads in order; block on the head only when too much is in flight.
        while (queue.length && (queue[0].skip || queue[0].result || queue.length >= limit)) {
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
      for (const w of this.workers) w.off('message', onMessage);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
