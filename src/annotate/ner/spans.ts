// Entity spans over token sequences: BIO2 conversion, title stripping and CoNLL-style scoring.
import { ENTITY_TYPES, TAG_O, isInside, tagB, tagI, tagType } from './labels.ts';

/** A sentence as token strings with one BIO2 tag index per token. */
export interface TaggedSentence {
  tokens: string[];
  tags: number[];
}

/** Entity span over tokens [start, end) of one type index. */
export interface TokenEntity {
  start: number;
  end: number;
  type: number;
}

/** Spans from BIO2 tags; a stray I-X opens a new span (lenient, as conlleval does). */
export function tagsToSpans(tags: ArrayLike<number>): TokenEntity[] {
  const out: TokenEntity[] = [];
  let cur: TokenEntity | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const type = tagType(tag);
    if (cur && (tag === TAG_O || !isInside(tag) || type !== cur.type)) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (tag !== TAG_O && !cur) cur = { start: i, end: i + 1, type };
  }
  if (cur) {
    cur.end = tags.length;
    out.push(cur);
  }
  return out;
}

export function spansToTags(n: number, spans: TokenEntity[]): number[] {
  const tags = new Array<number>(n).fill(TAG_O);
  for (const s of spans) {
    tags[s.start] = tagB(s.type);
    for (let i = s.start + 1; i < s.end; i++) tags[i] = tagI(s.type);
  }
  return tags;
}

/**
 * Words that open a person mention but are not part of the name (CoNLL convention: "President
 * [Emomali Rahmon]"). GMB puts them inside person spans; we strip them in conversion and decoding.
 */
export const TITLE_WORDS = new Set(
  (
    'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. president vice prime minister premier chancellor ' +
    'secretary secretary-general general gen gen. lt lt. lieutenant col col. colonel maj maj. major ' +
    'capt capt. captain sgt sgt. sergeant adm adm. admiral commander cmdr. brig. brigadier marshal ' +
    'senator sen sen. sen. rep rep. representative governor gov gov. mayor ambassador envoy judge justice ' +
    'king queen pope emir sheikh sheik ayatollah cardinal bishop archbishop reverend rev rev. father ' +
    'foreign defense defence interior state finance chief deputy acting former late opposition leader ' +
    'spokesman spokeswoman minister-president professor administrator director chairman of the'
  ).split(' '),
);

/** Drops leading title words from a person span; keeps at least one token. */
export function stripTitles(tokens: string[], span: TokenEntity): TokenEntity {
  let start = span.start;
  while (start < span.end - 1 && TITLE_WORDS.has(tokens[start].toLowerCase())) start++;
  return { start, end: span.end, type: span.type };
}

/** Per-type true positive, predicted and gold counts; exact span and type match. */
export interface SpanCounts {
  tp: number[];
  pred: number[];
  gold: number[];
}

export function emptyCounts(): SpanCounts {
  const z = () => new Array<number>(ENTITY_TYPES.length).fill(0);
  return { tp: z(), pred: z(), gold: z() };
}

/** Adds one sentence's comparison, scoring only the given types. */
export function countSpans(c: SpanCounts, gold: TokenEntity[], pred: TokenEntity[], scored: Set<number>): void {
  const key = (s: TokenEntity) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.filter((s) => scored.has(s.type)).map(key));
  for (const s of gold) if (scored.has(s.type)) c.gold[s.type]++;
  for (const s of pred) {
    if (!scored.has(s.type)) continue;
    c.pred[s.type]++;
    if (goldKeys.has(key(s))) c.tp[s.type]++;
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
}

function prf(tp: number, pred: number, gold: number): Prf {
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold };
}

export function typeScore(c: SpanCounts, type: number): Prf {
  return prf(c.tp[type], c.pred[type], c.gold[type]);
}

/** Micro-averaged over the given types. */
export function microScore(c: SpanCounts, types: Iterable<number>): Prf {
  let tp = 0, pred = 0, gold = 0;
  for (const t of types) {
    tp += c.tp[t];
    pred += c.pred[t];
    gold += c.gold[t];
  }
  return prf(tp, pred, gold);
}
