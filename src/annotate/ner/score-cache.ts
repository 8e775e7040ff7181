// Summed feature scores kept across tokens and documents, for tagging with one fixed quantised weight
// table. Most of a token's features are either its own word's (kept per word), a neighbour's word
// (kept with that word) or one of few values (shapes, flags, list marks, document features: kept in
// a small memo), so only word-pair features still probe the large weight table. Quantised tables add
// integers, so the sums are exact whatever the order: the decoder sees the very scores it would add
// feature by feature.
import {
  MAX_WORD_FEATURES, ROUTE_MEMO, ROUTE_NEIGHBOUR, neighbourFeatures, tagFeatures, wordFeatures, wordTagFeatures, type FeatureExtractor,
} from './features.ts';
import { TAG_COUNT } from './labels.ts';
import type { CompactWeights } from './weights.ts';
import type { WordInfo } from './words.ts';

/** Module-local copy: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;
/**
 * Words whose summed scores are kept; the cache is emptied when it grows past this. An entry is
 * (5 + TAG_COUNT) rows of TAG_COUNT int32s, about 0.7 KB, so the cache stays under ~70 MB.
 */
const MAX_CACHED_WORDS = 100_000;
/**
 * Entry layout, in rows of NT: the word's word-only features; the features naming it as the
 * previous word, the one before that, the next word and the one after that (neighbourFeatures'
 * order); then row BY_PREV + prev of its features with previous tag prev.
 */
const AS_PREV = NT, AS_PREV2 = 2 * NT, AS_NEXT = 3 * NT, AS_NEXT2 = 4 * NT, BY_PREV = 5 * NT;
const ENTRY = BY_PREV + NT * NT;
/**
 * Memo slots (a power of two), direct-mapped by the feature's low bits: the few-valued features
 * of a corpus number a few thousand, and 8K slots of NT int32s (~360 KB) stay in the CPU's cache.
 */
const MEMO_BITS = 13;
const MEMO_MASK = (1 << MEMO_BITS) - 1;

export class WordScoreCache {
  /**
   * Keyed by the token's WordInfo, which stands for its word: a Map hashes an object by identity,
   * where a freshly sliced token string would be hashed and compared char by char again.
   */
  private readonly map = new Map<WordInfo, Int32Array>();
  /** Summed scores of the two tag-history features, at ((prev2 * NT) + prev) * NT. */
  readonly tagPairs = new Float64Array(NT * NT * NT);
  private readonly memoKeys = new Uint32Array(1 << MEMO_BITS);
  private readonly memoFilled = new Uint8Array(1 << MEMO_BITS);
  private readonly memoRows = new Int32Array(NT << MEMO_BITS);
  /** Scratch rows: one for a feature's or an entry's sums, one for a token's static sum. */
  private readonly row = new Float64Array(NT);
  private readonly sum = new Float64Array(NT);
  private readonly feats = new Uint32Array(MAX_WORD_FEATURES);
  /** Entries of the tokens of the sentence last passed to staticScores. */
  entries: Int32Array[] = [];
  /** A sentence's features looked up in the table, and the row of out each goes to. */
  private lookups = new Uint32Array(1024);
  private lookupAt = new Int32Array(1024);

  /** Over a quantised table: its integer weights make every sum exact, whatever the order. */
  constructor(readonly weights: CompactWeights) {
    for (let p2 = 0; p2 < NT; p2++) for (let p = 0; p < NT; p++) {
      this.row.fill(0);
      tagFeatures(p, p2, this.feats);
      weights.add(this.feats[0], this.row);
      weights.add(this.feats[1], this.row);
      this.tagPairs.set(this.row, (p2 * NT + p) * NT);
    }
  }

  /** The entry of token i (extracted into x), computed on first sight of its word. */
  private entryOf(x: FeatureExtractor, i: number): Int32Array {
    const word = x.infos[i];
    let v = this.map.get(word);
    if (v) return v;
    v = new Int32Array(ENTRY);
    const row = this.row, w = this.weights, f = this.feats;
    row.fill(0);
    for (let p = 0, e = wordFeatures(word, f, 0); p < e; p++) w.add(f[p], row);
    v.set(row);
    neighbourFeatures(word.lower, f);
    for (let k = 0; k < 4; k++) {
      row.fill(0);
      w.add(f[k], row);
      v.set(row, AS_PREV + k * NT);
    }
    for (let prev = 0; prev < NT; prev++) {
      row.fill(0);
      wordTagFeatures(x, i, prev, f);
      w.add(f[0], row);
      w.add(f[1], row);
      v.set(row, BY_PREV + prev * NT);
    }
    if (this.map.size >= MAX_CACHED_WORDS) this.map.clear();
    this.map.set(word, v);
    return v;
  }

  /** Adds a few-valued feature's weights into s, from the memo (filled on a miss). */
  private addMemo(feature: number, s: Float64Array): void {
    const slot = feature & MEMO_MASK, rows = this.memoRows, at = slot * NT;
    if (!this.memoFilled[slot] || this.memoKeys[slot] !== feature) {
      const row = this.row;
      row.fill(0);
      this.weights.add(feature, row);
      for (let t = 0; t < NT; t++) rows[at + t] = row[t];
      this.memoKeys[slot] = feature;
      this.memoFilled[slot] = 1;
    }
    for (let t = 0; t < NT; t++) s[t] += rows[at + t];
  }

  /**
   * Writes each of the n tokens' summed static features into out[i * NT ..], and their entries
   * into this.entries: word-only ones from the entries, so x may be extracted contextOnly.
   */
  staticScores(x: FeatureExtractor, n: number, out: Float64Array): void {
    const entries = this.entries, s = this.sum, F = x.feats, R = x.route;
    for (let i = 0; i < n; i++) entries[i] = this.entryOf(x, i);
    if (this.lookups.length < x.offsets[n]) {
      this.lookups = new Uint32Array(x.offsets[n] * 2);
      this.lookupAt = new Int32Array(x.offsets[n] * 2);
    }
    const lookups = this.lookups, lookupAt = this.lookupAt;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = entries[i];
      for (let t = 0; t < NT; t++) s[t] = v[t];
      if (i > 0) addRow(s, entries[i - 1], AS_PREV);
      if (i > 1) addRow(s, entries[i - 2], AS_PREV2);
      if (i + 1 < n) addRow(s, entries[i + 1], AS_NEXT);
      if (i + 2 < n) addRow(s, entries[i + 2], AS_NEXT2);
      for (let p = x.wordEnd[i], e = x.offsets[i + 1]; p < e; p++) {
        const r = R[p];
        if (r === ROUTE_MEMO) this.addMemo(F[p], s);
        else if (r !== ROUTE_NEIGHBOUR) (lookups[count] = F[p]), (lookupAt[count++] = i * NT);
      }
      out.set(s, i * NT);
    }
    this.weights.addEach(lookups, lookupAt, count, out);
  }

  /** Offset in an entry of the row for previous tag prev. */
  static byPrev(prev: number): number {
    return BY_PREV + prev * NT;
  }
}

function addRow(s: Float64Array, v: Int32Array, at: number): void {
  for (let t = 0; t < NT; t++) s[t] += v[at + t];
}
