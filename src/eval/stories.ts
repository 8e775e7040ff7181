// Story clustering on the dev halves: news-cluster (articles fed in publication order) and ECB+
// topics 1-35 (same-type, different-incident stories). Documents run through the full pipeline
// (events included), then `resolveArticle` into a fresh in-memory SQLite store, as ingest does.
// Order dependence is measured by re-running on shuffled orders and reporting the B³ F1 spread.
import type { EvalRow, EvalSuite } from './suite.ts';
import type { CanonicalEvent } from '../model.ts';
import { eventMergeScores } from './event-merge.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { resolveArticle } from '../resolve/resolve.ts';
import { CLUSTER_DEFAULTS, type ClusterOptions } from '../resolve/stories.ts';
import { clusterScores } from './cluster-metrics.ts';
import { analyse, readEcbPlus, readNewsCluster, type LabelledInput } from './story-sets.ts';

/** Shuffled re-runs for the order spread: enough to see it, cheap since analysis is reused. */
const SHUFFLES = 5;

/** A small seeded generator (mulberry32), so the shuffled orders are the same on every run. */
function shuffled<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Resolves the inputs in order into a fresh store, as ingest would; returns each input's story and the canonical events. */
export async function resolveInOrder(inputs: LabelledInput[], o: ClusterOptions = CLUSTER_DEFAULTS): Promise<{ stories: string[]; canonical: CanonicalEvent[] }> {
  const store = SqliteStore.open(':memory:');
  const pred = new Map<LabelledInput, string>();
  const byArticle = new Map<string, string>();
  for (const x of inputs) {
    // Identical clean texts are one article to Sitrep (ingest stops them as already stored): same story.
    const seen = byArticle.get(x.input.article.id);
    if (seen) {
      pred.set(x, seen);
      continue;
    }
    // Extraction can still emit two mentions with one id (one offset); the store keeps one of each.
    const events = [...new Map(x.input.events.map((e) => [e.id, e])).values()];
    pred.set(x, (await resolveArticle(store, { ...x.input, events }, o)).storyId);
    byArticle.set(x.input.article.id, pred.get(x)!);
    await store.putMentions(x.input.article.id, events);
  }
  const canonical = await store.queryCanonical({ limit: 1_000_000 });
  // Scored on the stories as they stand at the end (what a reader sees): later merges and splits
  // move articles after they were placed.
  const final = new Map<string, string>();
  for (const s of await store.listStories({ limit: 1_000_000 })) for (const a of s.articleIds) final.set(a, s.id);
  await store.close();
  return { stories: inputs.map((x) => final.get(x.input.article.id) ?? pred.get(x)!), canonical };
}

export async function clusterInOrder(inputs: LabelledInput[], o: ClusterOptions = CLUSTER_DEFAULTS): Promise<string[]> {
  return (await resolveInOrder(inputs, o)).stories;
}

/**
 * B³ F1 on each half of the gold stories (split by a digest of their ids, as the held-back halves
 * are split from the dev ones): a weight tuned on the whole set should hold on both halves.
 */
function halfF1s(inputs: LabelledInput[], predicted: string[]): number[] {
  const half = (gold: string) => [...gold].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 0) % 2;
  return [0, 1].map((k) => {
    const at = inputs.flatMap((x, i) => (half(x.gold) === k ? [i] : []));
    return clusterScores(at.map((i) => inputs[i].gold), at.map((i) => predicted[i])).b3F1;
  });
}

async function scoreSet(suite: string, inputs: LabelledInput[], dropped: number): Promise<EvalRow[]> {
  const resolved = await resolveInOrder(inputs);
  const s = clusterScores(inputs.map((x) => x.gold), resolved.stories);
  const halves = halfF1s(inputs, resolved.stories);
  const n = inputs.length;
  const f1s: number[] = [];
  for (let i = 1; i <= SHUFFLES; i++) {
    const order = shuffled(inputs, i);
    f1s.push(clusterScores(order.map((x) => x.gold), await clusterInOrder(order)).b3F1);
  }
  const note = dropped ? `${dropped} documents the cleaner rejected left out` : undefined;
  return [
    { suite, metric: 'b3-precision', value: s.b3Precision, n, note },
    { suite, metric: 'b3-recall', value: s.b3Recall, n },
    { suite, metric: 'b3-f1', value: s.b3F1, n },
    { suite, metric: 'pairwise-f1', value: s.pairF1, n },
    { suite, metric: 'b3-f1-shuffled-min', value: Math.min(...f1s), n, note: `${SHUFFLES} shuffled orders; max ${Math.max(...f1s).toFixed(3)}` },
    { suite, metric: 'b3-f1-half-min', value: Math.min(...halves), n, note: `B³ F1 on each half of the gold stories: ${halves.map((f) => f.toFixed(3)).join(' / ')}` },
    ...mergeRows(suite, inputs, resolved.canonical),
  ];
}

/** Event merge precision and recall where the set has gold event mentions (ECB+). */
function mergeRows(suite: string, inputs: LabelledInput[], canonical: CanonicalEvent[]): EvalRow[] {
  if (!inputs.some((x) => x.goldActions)) return [];
  const m = eventMergeScores(inputs, canonical);
  const note = `pairs of our mentions from different articles matched to gold event mentions (${m.matched} of ${m.mentions} matched)`;
  return [
    { suite, metric: 'event-merge-precision', value: m.precision, n: m.matched, note },
    { suite, metric: 'event-merge-recall', value: m.recall, n: m.matched },
  ];
}

export const newsClusterStories: EvalSuite = {
  name: 'stories/news-cluster',
  data: ['news-cluster'],
  async run(shared) {
    const { inputs, dropped } = await analyse(readNewsCluster(shared));
    return scoreSet(this.name, inputs, dropped);
  },
};

export const ecbPlusStories: EvalSuite = {
  name: 'stories/ecbplus',
  data: ['ecbplus'],
  async run(shared) {
    const { inputs, dropped } = await analyse(readEcbPlus(shared));
    return scoreSet(this.name, inputs, dropped);
  },
};
