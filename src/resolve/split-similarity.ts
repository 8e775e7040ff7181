// How alike two members of one story are, for the split pass (story-split.ts). Inside a story
// every member shares the story's own words: two earthquakes both speak of a quake, a magnitude,
// rubble and a toll, two playoff games of the same team both of clinching a berth. Those words say
// nothing about which incident a member reports, yet with store-wide idf they dominate the cosine
// and blur the two incidents together. So each word is also weighted by how rare it is among the
// story's own members (a local idf): what only some members say (the town, the opponent, the
// victim's name, the score) is what groups them.
import type { MemberSketch } from './story-split.ts';
import { ANCHOR_KINDS, mainAnchors, type AnchorKind } from './anchors.ts';

export type Idf = (t: string) => number;

/** Share of member similarity from words; the rest from entity, place and event-type keys (as in stories.ts). */
const TEXT_WEIGHT = 0.8;
/** Similarity is multiplied by this per anchor kind on which two members' headline and main anchors differ. */
const MEMBER_CONFLICT: Record<AnchorKind, number> = { person: 0.3, region: 0.3, year: 0.2 };
/**
 * Added to a word's member count in the local idf, log((n + 1) / (count + LOCAL_SMOOTHING)): a word
 * every member holds keeps a small weight (log((n+1)/(n+0.5))), not none, so near-identical reports still compare.
 */
const LOCAL_SMOOTHING = 0.5;

/** A member ready for comparison: weighted vectors with their lengths, and its main anchors per kind. */
interface Prepared {
  terms: Map<string, number>;
  termNorm: number;
  keys: Map<string, number>;
  keyNorm: number;
  main: Set<string>[];
}

function weighted(v: Record<string, number>, w: Idf): [Map<string, number>, number] {
  const out = new Map<string, number>();
  let sq = 0;
  for (const [t, x] of Object.entries(v)) {
    const y = x * w(t);
    out.set(t, y);
    sq += y * y;
  }
  return [out, Math.sqrt(sq)];
}

function mainOf(s: MemberSketch, kind: AnchorKind): Set<string> {
  return new Set([...mainAnchors(s.anchors[kind] ?? {}), ...(s.titled[kind] ?? [])]);
}

function prepare(s: MemberSketch, w: Idf): Prepared {
  const [terms, termNorm] = weighted(s.terms, w), [keys, keyNorm] = weighted(s.keys, w);
  return { terms, termNorm, keys, keyNorm, main: ANCHOR_KINDS.map((kind) => mainOf(s, kind)) };
}

function cosine(a: Map<string, number>, na: number, b: Map<string, number>, nb: number): number {
  if (!na || !nb) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) dot += x * (large.get(t) ?? 0);
  return dot / (na * nb);
}

function preparedSimilarity(a: Prepared, b: Prepared): number {
  let f = 1;
  ANCHOR_KINDS.forEach((kind, k) => {
    const x = a.main[k], y = b.main[k];
    if (x.size && y.size && ![...x].some((key) => y.has(key))) f *= MEMBER_CONFLICT[kind];
  });
  return (TEXT_WEIGHT * cosine(a.terms, a.termNorm, b.terms, b.termNorm) + (1 - TEXT_WEIGHT) * cosine(a.keys, a.keyNorm, b.keys, b.keyNorm)) * f;
}

/** The store-wide weight times the word's rarity among these members (see the head of this file). */
export function localWeight(members: MemberSketch[], w: Idf): Idf {
  const count = new Map<string, number>();
  for (const m of members) for (const t of new Set([...Object.keys(m.terms), ...Object.keys(m.keys)])) count.set(t, (count.get(t) ?? 0) + 1);
  const n = members.length;
  return (t) => w(t) * Math.log((n + 1) / ((count.get(t) ?? 0) + LOCAL_SMOOTHING));
}

/**
 * Every pair's similarity among the members (a symmetric matrix, 1 on the diagonal): cosines of
 * locally weighted words and keys, cut per kind on which their main anchors share nothing.
 * Cost: n² sparse cosines over at most SKETCH_TERMS words each.
 */
export function memberSimilarities(members: MemberSketch[], w: Idf): number[][] {
  const lw = localWeight(members, w);
  const ready = members.map((m) => prepare(m, lw));
  const sim = ready.map(() => ready.map(() => 1));
  for (let i = 0; i < ready.length; i++) for (let j = i + 1; j < ready.length; j++) sim[i][j] = sim[j][i] = preparedSimilarity(ready[i], ready[j]);
  return sim;
}
