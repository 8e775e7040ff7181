// A worker thread that runs the pipeline's stages on documents without a store. The main thread
// sends {seq, raws}, a batch; the worker runs it stage by stage and answers {seq, results}, one
// {doc} or {error} per document in order, or {seq, error} for the whole batch. It says it is ready only once
// its models are loaded, so the main thread does not queue documents behind seconds of loading.
import { parentPort, workerData } from 'node:worker_threads';
import { runStages, runStagesBatch, STAGES } from '../pipeline.ts';
import { stripForCaller } from './pool.ts';
import type { Config } from '../config.ts';
import type { RawDocument } from '../model.ts';

const config = workerData.config as Config;

/**
 * A short made-up report run once at start-up: the stages load their knowledge base, gazetteer,
 * tagger and trigger lexicon on first use, and this is where that use happens.
 */
const WARM_UP: RawDocument = {
  source: 'worker warm-up',
  kind: 'text',
  body: 'Police detained 12 protesters near the central market in Nairobi, Kenya, on Monday, April 15, 2024, officials said.\n' +
    'Soldiers clashed with armed men in the north, killing three people and wounding 20.',
  given: { published: '2024-04-16' },
};

try {
  await runStages({ raw: WARM_UP }, STAGES, { config });
} catch {
  // A failed warm-up only means the first real document pays the loading; its own error is reported then.
}

parentPort!.on('message', async (msg: { seq: number; raws: RawDocument[] }) => {
  try {
    const results = await runStagesBatch(msg.raws.map((raw) => ({ raw })), STAGES, { config });
    parentPort!.postMessage({ seq: msg.seq, results: results.map(stripForCaller) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort!.postMessage({ ready: true });
