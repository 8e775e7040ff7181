// Trains the event-mention filter (src/events/event-filter.ts) and writes models/events/event-filter.json.
//
//   node --import tsx scripts/train-event-filter.ts [--shared DIR] [--epochs N]
//
// Data: ECB+ (../shared/data/ecbplus, CC BY 3.0): in every sentence with an annotated event action,
// tagged by our sentence splitter, each candidate the model will judge (after the rule refiners, those
// no rule decides: noun-only triggers and CAMEO patterns) is an event when it overlaps an
// ACTION_* / NEG_ACTION_* mention, else not. Training topics: all but the Cybulska & Vossen (2015) dev topics, which are
// held out and scored here (accuracy against always saying "event").
import fs from 'node:fs';
import path from 'node:path';
import { findTriggers } from '../src/events/triggers/index.ts';
import { sentenceWords } from '../src/events/triggers/match.ts';
import { candidateFeatures, EVENT_FILTER_FILE, judgedByModel, score, type EventFilterModel } from '../src/events/event-filter.ts';
import { refineCandidates } from '../src/events/filters.ts';
import { splitSentences } from '../src/annotate/sentences.ts';
import { sharedDir } from '../src/eval/suite.ts';
import { mulberry32 } from '../src/seeded-random.ts';

/** The dev topics of the usual ECB+ split: held out for the score printed here. */
const DEV_TOPICS = new Set([2, 5, 12, 18, 21, 23, 34, 35]);
/** Passes over the training candidates; few are needed for a few thousand examples. */
const DEFAULT_EPOCHS = 8;
/** Features seen fewer times than this in training carry no weight (kept out of the file). */
const MIN_COUNT = 2;
/** Seed of the shuffle between epochs: regeneration is reproducible. */
const SEED = 20240512;

interface Example { features: string[]; event: boolean; topic: number }

interface EcbDoc {
  topic: number;
  sentences: string[][];
  mentions: { type: string; t_ids: number[] }[];
}

function examplesOf(doc: EcbDoc): Example[] {
  const action = new Set<number>();
  for (const m of doc.mentions) if (m.type.includes('ACTION')) for (const t of m.t_ids) action.add(t);
  const out: Example[] = [];
  let before = 0;
  for (const toks of doc.sentences) {
    const firstId = before + 1;
    before += toks.length;
    if (!toks.some((_, i) => action.has(firstId + i))) continue;
    const text = toks.join(' ');
    // ECB+ token i of the sentence sits at tokenAt[i]: the gold actions are marked on these.
    let o = 0;
    const tokenAt = toks.map((t) => {
      const span = { start: o, end: o + t.length };
      o += t.length + 1;
      return span;
    });
    // Tagged as the pipeline tags articles, so the model learns exactly the candidates it will judge:
    // the trigger layer's, after the rule refiners, that no rule decides (nouns only, CAMEO patterns).
    const sentence = { start: 0, end: text.length, tokens: splitSentences(text).flatMap((x) => x.tokens) };
    const words = sentenceWords(text, sentence);
    for (const c of refineCandidates(text, sentence, findTriggers(text, sentence))) {
      if (!judgedByModel(text, sentence, c)) continue;
      const event = tokenAt.some((t, i) => t.start < c.end && c.start < t.end && action.has(firstId + i));
      out.push({ features: candidateFeatures(words, c), event, topic: doc.topic });
    }
  }
  return out;
}

/** Binary averaged perceptron: the returned weights are the average over every step. */
function train(examples: Example[], epochs: number): Record<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 0;
  const rand = mulberry32(SEED);
  const order = examples.map((_, i) => i);
  const settle = (f: string) => total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * (w.get(f) ?? 0));
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      step++;
      const x = examples[k];
      const s = x.features.reduce((a, f) => a + (w.get(f) ?? 0), 0);
      const y = x.event ? 1 : -1;
      if (y * s > 0) continue;
      for (const f of x.features) {
        settle(f);
        stamp.set(f, step);
        w.set(f, (w.get(f) ?? 0) + y);
      }
    }
  }
  const out: Record<string, number> = {};
  for (const f of w.keys()) {
    settle(f);
    stamp.set(f, step);
    const avg = total.get(f)! / step;
    if (Math.abs(avg) > 1e-4) out[f] = +avg.toFixed(4);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const shared = args.includes('--shared') ? args[args.indexOf('--shared') + 1] : sharedDir();
  const epochs = args.includes('--epochs') ? Number(args[args.indexOf('--epochs') + 1]) : DEFAULT_EPOCHS;
  if (!shared) throw new Error('train-event-filter: ../shared is absent (set SITREP_SHARED or --shared)');
  const lines = fs.readFileSync(path.join(shared, 'data/ecbplus/ecbplus_docs.jsonl'), 'utf8').split('\n').filter(Boolean);
  const all = lines.flatMap((l) => examplesOf(JSON.parse(l) as EcbDoc));
  const trainSet = all.filter((x) => !DEV_TOPICS.has(x.topic));
  const dev = all.filter((x) => DEV_TOPICS.has(x.topic));
  const counts = new Map<string, number>();
  for (const x of trainSet) for (const f of x.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const pruned = trainSet.map((x) => ({ ...x, features: x.features.filter((f) => counts.get(f)! >= MIN_COUNT) }));
  const weights = train(pruned, epochs);
  const model: EventFilterModel = { weights, meta: {} };
  const acc = (xs: Example[]) => xs.filter((x) => (score(model, x.features) > 0) === x.event).length / xs.length;
  const share = (xs: Example[]) => xs.filter((x) => x.event).length / xs.length;
  const negRecall = dev.filter((x) => !x.event && score(model, x.features) <= 0).length / Math.max(1, dev.filter((x) => !x.event).length);
  model.meta = {
    data: 'ECB+ 1.0 (Cybulska & Vossen 2014, CC BY 3.0): the candidates no rule decides (noun-only triggers, CAMEO patterns, after the refiners) in sentences with annotated event actions',
    trainTopics: 'all but dev', devTopics: [...DEV_TOPICS], epochs, minCount: MIN_COUNT,
    train: { n: trainSet.length, eventShare: +share(trainSet).toFixed(4), accuracy: +acc(trainSet).toFixed(4) },
    dev: { n: dev.length, eventShare: +share(dev).toFixed(4), accuracy: +acc(dev).toFixed(4), nonEventRecall: +negRecall.toFixed(4) },
  };
  fs.mkdirSync(path.dirname(EVENT_FILTER_FILE), { recursive: true });
  const sorted = Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : 1)));
  fs.writeFileSync(EVENT_FILTER_FILE, JSON.stringify({ meta: model.meta, weights: sorted }, null, 1) + '\n');
  console.log(JSON.stringify(model.meta, null, 2));
  console.log(`train-event-filter: ${Object.keys(weights).length} weights → ${path.relative(process.cwd(), EVENT_FILTER_FILE)}`);
}

main();
