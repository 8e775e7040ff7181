// Summed feature scores kept across tokens and documents, for tagging with one fixed quantised weight
// table. Most of a token's features are either its own word's (kept per word), a neighbour's word
// (kept with that word), the shapes around it with its flags, or one of few values (list marks,
// runs, document features): the last two are kept in small memos, so only word-pair features still
// probe the large weight table. Quantised tables add integers, so the sums are exact whatever the
// order: the decoder sees the very scores it would add feature by feature.
import {
  MAX_WORD_FEATURES, PAD_AFTER, PAD_BEFORE, ROUTE_MEMO, neighbourFeatures, shapeFeatures, tagFeatures, wordFeatures,
  wordTagFeatures, type FeatureExtractor,
} from './features.ts';
import { TAG_COUNT } from './labels.ts';
import { FeatureMemo, RowMemo } from './memo.ts';
import type { CompactWeights } from './weights.ts';

/** Module-local copy: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;
/**
 * Entry layout, in rows of NT: the word's word-only features; the features naming it as the
 * previous word, the one before that, the next word and the one after that (neighbourFeatures'
 * order); then row BY_PREV + prev of its features with previous tag prev.
 */
const AS_PREV = NT, AS_PREV2 = 2 * NT, AS_NEXT = 3 * NT, AS_NEXT2 = 4 * NT, BY_PREV = 5 * NT;
const ENTRY = BY_PREV + NT * NT;
/**
 * log2 of the memo slots: the few-valued features of a corpus, and its shape-and-flags contexts,
 * number a few thousand each, and 8K slots of NT int32s (~360 KB) stay in the CPU's cache.
 */
const MEMO_BITS = 13;

export class WordScoreCache {
  /** Summed scores of the two tag-history features, at ((prev2 * NT) + prev) * NT. */
  readonly tagPairs = new Float64Array(NT * NT * NT);
  /** Rows of single few-valued features, keyed by the feature. */
  private readonly single: FeatureMemo;
  /** Rows of shapeFeatures, keyed by (shape before, shape, shape after, flags). */
  private readonly shapes: RowMemo;
  /** Entries standing for the padding either side of a sentence (only their neighbour rows are set). */
  private readonly padBefore = new Int32Array(ENTRY);
  private readonly padAfter = new Int32Array(ENTRY);
  /** Scratch row for a feature's or an entry's sums. */
  private readonly row = new Float64Array(NT);
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
    const sum = (feats: Uint32Array, count: number, row: Float64Array) => {
      for (let k = 0; k < count; k++) weights.add(feats[k], row);
    };
    this.single = new FeatureMemo(MEMO_BITS, (feature, row) => weights.add(feature, row));
    const shapeFeats = new Uint32Array(4);
    this.shapes = new RowMemo(MEMO_BITS, (key, row) => {
      shapeFeatures(key[0], key[1], key[2], key[3], shapeFeats);
      sum(shapeFeats, 4, row);
    });
    const f = this.feats;
    neighbourFeatures(PAD_BEFORE, f);
    for (const [k, at] of [[0, AS_PREV], [1, AS_PREV2]]) this.padBefore.set(this.rowOf(f[k]), at);
    neighbourFeatures(PAD_AFTER, f);
    for (const [k, at] of [[2, AS_NEXT], [3, AS_NEXT2]]) this.padAfter.set(this.rowOf(f[k]), at);
  }

  /** One feature's weights, in the scratch row. */
  private rowOf(feature: number): Float64Array {
    this.row.fill(0);
    this.weights.add(feature, this.row);
    return this.row;
  }

  /**
   * The entry of token i (extracted into x), computed on first sight of its word. It is kept on the
   * word's WordInfo, so there are as many as words.ts keeps (an entry is (5 + TAG_COUNT) rows of
   * TAG_COUNT int32s, about 0.7 KB).
   */
  private entryOf(x: FeatureExtractor, i: number): Int32Array {
    const word = x.infos[i];
    if (word.scoresOwner === this) return word.scores!;
    const v = new Int32Array(ENTRY);
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
    word.scores = v;
    word.scoresOwner = this;
    return v;
  }

  /**
   * Writes each of the n tokens' summed static features into out[i * NT ..], and their entries
   * into this.entries. x must be extracted contextOnly: what it leaves out is summed here.
   */
  staticScores(x: FeatureExtractor, n: number, out: Float64Array): void {
    const entries = this.entries, F = x.feats, R = x.route, S = x.shape, flags = x.flags;
    for (let i = 0; i < n; i++) entries[i] = this.entryOf(x, i);
    if (this.lookups.length < x.offsets[n]) {
      this.lookups = new Uint32Array(x.offsets[n] * 2);
      this.lookupAt = new Int32Array(x.offsets[n] * 2);
    }
    const lookups = this.lookups, lookupAt = this.lookupAt, shapes = this.shapes, shapeRows = shapes.rows;
    let count = 0;
    for (let i = 0; i < n; i++) {
      // One pass writes the token's own row, its neighbours' rows naming it and its shape row.
      const at = i * NT, own = entries[i];
      const m1 = i > 0 ? entries[i - 1] : this.padBefore, m2 = i > 1 ? entries[i - 2] : this.padBefore;
      const p1 = i + 1 < n ? entries[i + 1] : this.padAfter, p2 = i + 2 < n ? entries[i + 2] : this.padAfter;
      const sh = shapes.rowOf(i > 0 ? S[i - 1] : PAD_BEFORE, S[i], i + 1 < n ? S[i + 1] : PAD_AFTER, flags[i]);
      for (let t = 0; t < NT; t++)
        out[at + t] = own[t] + m1[AS_PREV + t] + m2[AS_PREV2 + t] + p1[AS_NEXT + t] + p2[AS_NEXT2 + t] + shapeRows[sh + t];
      for (let p = x.wordEnd[i], e = x.offsets[i + 1]; p < e; p++) {
        if (R[p] === ROUTE_MEMO) this.single.add(F[p], out, at);
        else (lookups[count] = F[p]), (lookupAt[count++] = at);
      }
    }
    this.weights.addEach(lookups, lookupAt, count, out);
  }

  /** Offset in an entry of the row for previous tag prev. */
  static byPrev(prev: number): number {
    return BY_PREV + prev * NT;
  }
}
