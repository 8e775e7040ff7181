// A worker thread that runs the pipeline's stages on documents without a store. The main thread
// sends {seq, raw}; the worker answers {seq, doc} or {seq, error}.
import { parentPort, workerData } from 'node:worker_threads';
import { runStages, STAGES } from '../pipeline.ts';
import type { Config } from '../config.ts';
import type { RawDocument } from '../model.ts';

const config = workerData.config as Config;

parentPort!.on('message', async (msg: { seq: number; raw: RawDocument }) => {
  try {
    const doc = await runStages({ raw: msg.raw }, STAGES, { config });
    // Tokens are the bulk of a document and nothing after the workers reads them: don't copy them back.
    delete doc.sentences;
    delete doc.raw;
    parentPort!.postMessage({ seq: msg.seq, doc });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
