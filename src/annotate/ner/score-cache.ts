// Summed feature scores kept across tokens and documents, for tagging with one fixed quantised weight
// table. Most of a token's features are either its own word's (kept per word), a neighbour's word
// (kept with that word), the shapes around it with its flags, or one of few values (list marks,
// runs, document features): the last two are kept in small memos, so only word-pair features still
// probe the large weight table. Quantised tables add integers, so the sums are exact whatever the
// order: the decoder sees the very scores it would add feature by feature.
import {
  MAX_WORD_FEATURES, PAD_AFTER, PAD_BEFORE, ROUTE_LOOKUP, ROUTE_MEMO, neighbourFeatures, shapeFeatures, tagFeatures, wordFeatures,
  wordTagFeatures, type FeatureExtractor,
} from './features.ts';
import { TAG_COUNT } from './labels.ts';
import { FeatureMemo, ListMemo, RowMemo } from './memo.ts';
import type { CompactWeights } from './weights.ts';
import { withRoom } from '../../growable.ts';

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
 * number a few thousand each, and 8K slots of NT int32s (~360 KB) stay in the CPU's cache. Keyed by
 * both (contexts, ~690 KB), about one token in ten of unseen news text finds no row yet.
 */
const MEMO_BITS = 13;
/**
 * Entries past which the arena starts over (~70 MB, as many as words.ts keeps words). The arena is
 * reserved whole at once: the system maps its pages as they are first written, and an arena grown by
 * doubling instead copied itself (46 MB at its last step) and its growth set off full collections
 * of the whole heap ("external memory pressure", ~100 ms) while a feed was running.
 */
const MAX_ENTRIES = 100_000;
/** Features an entry sums at most: the word's own, its four neighbour ones, two per previous tag. */
const FRESH_PER_WORD = MAX_WORD_FEATURES + 4 + 2 * NT;
/** Offsets in the arena of the pads' entries. */
const PAD_BEFORE_AT = 0, PAD_AFTER_AT = ENTRY;
/** Words of a contexts key taken by the shape context (shape before, shape, shape after, flags). */
const SHAPE_KEY = 4;
/** The pads' shapes as signed ints, as FeatureExtractor.shape holds them: the key stores the same bits. */
const PAD_BEFORE_I = PAD_BEFORE | 0, PAD_AFTER_I = PAD_AFTER | 0;

export class WordScoreCache {
  /** Summed scores of the two tag-history features, at ((prev2 * NT) + prev) * NT (integers, as the table's). */
  readonly tagPairs = new Int32Array(NT * NT * NT);
  /** Rows of single few-valued features, keyed by the feature. */
  private readonly single: FeatureMemo;
  /** Rows of shapeFeatures, keyed by (shape before, shape, shape after, flags). */
  private readonly shapes: RowMemo;
  /**
   * A token's shape row and its few-valued features' rows summed, keyed by (shape before, shape,
   * shape after, flags, those features in order): one probe and one row per token. Filled from the
   * two memos above, so a miss costs little more than summing them would.
   */
  private readonly contexts: ListMemo;
  /** The contexts key of the token being summed. */
  private readonly contextKey = new Uint32Array(ListMemo.MAX_KEY);
  /**
   * Every entry, ENTRY int32s each, in one array: the pads' first (entries standing for the padding
   * either side of a sentence, only their neighbour rows set), then words' in order of first sight.
   * One array keeps a sentence's entries close together and read through one base. Room for
   * maxEntries words; it grows only for a sentence of more distinct words than that.
   */
  arena: Int32Array;
  private used = 2 * ENTRY;
  /** End of the furthest entry ever claimed: the arena past it has never been written (zeros). */
  private claimedEnd = 2 * ENTRY;
  /** Marks the words whose entries the arena holds (WordInfo.scoresOwner); a new one when it starts over. */
  private generation = {};
  /** Offset in arena of each token's entry, for the sentence last passed to staticScores. */
  entryAt = new Int32Array(64);
  /** Scratch row for a feature's or an entry's sums. */
  private readonly row = new Float64Array(NT);
  private readonly feats = new Uint32Array(MAX_WORD_FEATURES);
  /** A sentence's features looked up in the table, and the row of out each goes to. */
  private lookups = new Uint32Array(1024);
  private lookupAt = new Int32Array(1024);
  /** The features of the sentence's words first seen, and the arena row each goes to (entryOf). */
  private fresh = new Uint32Array(64 * FRESH_PER_WORD);
  private freshAt = new Int32Array(64 * FRESH_PER_WORD);
  private freshCount = 0;

  /**
   * Over a quantised table: its integer weights make every sum exact, whatever the order.
   * maxEntries: entries past which the arena starts over.
   */
  constructor(readonly weights: CompactWeights, private readonly maxEntries = MAX_ENTRIES) {
    this.arena = new Int32Array(2 * ENTRY + maxEntries * ENTRY);
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
    this.contexts = new ListMemo(MEMO_BITS, (key, length, row) => {
      const sh = this.shapes.rowOf(key[0], key[1], key[2], key[3]), shapeRows = this.shapes.rows;
      for (let t = 0; t < NT; t++) row[t] += shapeRows[sh + t];
      for (let k = SHAPE_KEY; k < length; k++) this.single.add(key[k], row, 0);
    });
    const f = this.feats;
    neighbourFeatures(PAD_BEFORE, f);
    for (const [k, at] of [[0, AS_PREV], [1, AS_PREV2]]) this.arena.set(this.rowOf(f[k]), PAD_BEFORE_AT + at);
    neighbourFeatures(PAD_AFTER, f);
    for (const [k, at] of [[2, AS_NEXT], [3, AS_NEXT2]]) this.arena.set(this.rowOf(f[k]), PAD_AFTER_AT + at);
  }

  /** One feature's weights, in the scratch row. */
  private rowOf(feature: number): Float64Array {
    this.row.fill(0);
    this.weights.add(feature, this.row);
    return this.row;
  }

  /**
   * Offset in arena of the entry of token i (extracted into x). On first sight of its word the entry
   * (5 + TAG_COUNT rows of TAG_COUNT int32s, about 0.7 KB) is claimed and zeroed, and its features
   * queued in this.fresh for one addEach per sentence: a new word's ~40 weight lookups miss the
   * CPU's cache, and queued together their misses overlap instead of coming one after another.
   * The arena may grow meanwhile: read it after.
   */
  private entryOf(x: FeatureExtractor, i: number): number {
    const word = x.infos[i];
    if (word.scoresOwner === this.generation) return word.scoresAt;
    this.arena = withRoom(this.arena, this.used + ENTRY);
    const at = this.used;
    this.used += ENTRY;
    // Past a start-over the slot may hold an old word's sums; past the furthest claim it is still zero.
    if (at < this.claimedEnd) this.arena.fill(0, at, Math.min(at + ENTRY, this.claimedEnd));
    if (this.used > this.claimedEnd) this.claimedEnd = this.used;
    this.fresh = withRoom(this.fresh, this.freshCount + FRESH_PER_WORD);
    this.freshAt = withRoom(this.freshAt, this.freshCount + FRESH_PER_WORD);
    const fresh = this.fresh, freshAt = this.freshAt, f = this.feats;
    let q = this.freshCount;
    for (let p = 0, e = wordFeatures(word, f, 0); p < e; p++) (fresh[q] = f[p]), (freshAt[q++] = at);
    neighbourFeatures(word.lower, f);
    for (let k = 0; k < 4; k++) (fresh[q] = f[k]), (freshAt[q++] = at + AS_PREV + k * NT);
    for (let prev = 0; prev < NT; prev++) {
      wordTagFeatures(x, i, prev, f);
      const row = at + BY_PREV + prev * NT;
      (fresh[q] = f[0]), (freshAt[q++] = row);
      (fresh[q] = f[1]), (freshAt[q++] = row);
    }
    this.freshCount = q;
    word.scoresAt = at;
    word.scoresOwner = this.generation;
    return at;
  }

  /**
   * Writes each of the n tokens' summed static features into out[i * NT ..], and the offsets of their
   * entries into this.entryAt. x must be extracted contextOnly: what it leaves out is summed here.
   */
  staticScores(x: FeatureExtractor, n: number, out: Int32Array): void {
    const F = x.feats, R = x.route, S = x.shape, flags = x.flags;
    // Full: start over between sentences, never within one (its entries must stay where they are).
    if (this.used + n * ENTRY > this.maxEntries * ENTRY) {
      this.used = 2 * ENTRY;
      this.generation = {};
    }
    if (this.entryAt.length < n) this.entryAt = new Int32Array(2 * n);
    const entryAt = this.entryAt;
    this.freshCount = 0;
    for (let i = 0; i < n; i++) entryAt[i] = this.entryOf(x, i);
    const A = this.arena;
    if (this.freshCount > 0) this.weights.addEach(this.fresh, this.freshAt, this.freshCount, A);
    if (this.lookups.length < x.offsets[n]) {
      this.lookups = new Uint32Array(x.offsets[n] * 2);
      this.lookupAt = new Int32Array(x.offsets[n] * 2);
    }
    const lookups = this.lookups, lookupAt = this.lookupAt, contexts = this.contexts, contextRows = contexts.slots;
    const key = this.contextKey;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const at = i * NT;
      key[0] = i > 0 ? S[i - 1] : PAD_BEFORE_I;
      key[1] = S[i];
      key[2] = i + 1 < n ? S[i + 1] : PAD_AFTER_I;
      key[3] = flags[i];
      let length = SHAPE_KEY, more = -1;
      for (let p = x.wordEnd[i], e = x.offsets[i + 1]; p < e; p++) {
        const route = R[p];
        if (route === ROUTE_LOOKUP) (lookups[count] = F[p]), (lookupAt[count++] = at);
        else if (route === ROUTE_MEMO && length < ListMemo.MAX_KEY) key[length++] = F[p];
        else if (more < 0) more = p;
      }
      // One pass writes the token's own row, its neighbours' rows naming it and its contexts row.
      const own = entryAt[i], ctx = contexts.rowOf(key, length);
      const m1 = (i > 0 ? entryAt[i - 1] : PAD_BEFORE_AT) + AS_PREV, m2 = (i > 1 ? entryAt[i - 2] : PAD_BEFORE_AT) + AS_PREV2;
      const p1 = (i + 1 < n ? entryAt[i + 1] : PAD_AFTER_AT) + AS_NEXT, p2 = (i + 2 < n ? entryAt[i + 2] : PAD_AFTER_AT) + AS_NEXT2;
      for (let t = 0; t < NT; t++) out[at + t] = A[own + t] + A[m1 + t] + A[m2 + t] + A[p1 + t] + A[p2 + t] + contextRows[ctx + t];
      // Past the longest key (a capitals headline thick with list marks) the rest is added one by one.
      if (more >= 0) for (let p = more, e = x.offsets[i + 1]; p < e; p++) if (R[p] !== ROUTE_LOOKUP) this.single.add(F[p], out, at);
    }
    this.weights.addEach(lookups, lookupAt, count, out);
  }

  /** Offset in an entry of the row for previous tag prev. */
  static byPrev(prev: number): number {
    return BY_PREV + prev * NT;
  }
}
