// Greedy left-to-right decoding under BIO2 constraints, shared by the trainer and the tagger so
// both see exactly the same features.
import { DocumentContext } from './document.ts';
import { DYNAMIC_FEATURES, dynamicFeatures, tagFeatures, wordTagFeatures, type FeatureExtractor } from './features.ts';
import { TAG_COUNT, TAG_O, allowedAfter } from './labels.ts';
import type { WeightSource } from './weights.ts';
import type { WordInfo } from './words.ts';

/** Module-local copies: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;
const O = TAG_O;
/** ALLOWED[prev * NT + tag] is 1 when BIO2 lets tag follow prev. */
const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowedAfter(p, t) ? 1 : 0;
const dynamicOf = dynamicFeatures;

/**
 * Words whose summed scores are kept; the cache is emptied when it grows past this. An entry is
 * (1 + TAG_COUNT) rows of TAG_COUNT int32s, about 0.5 KB, so the cache stays under ~50 MB.
 */
const MAX_CACHED_WORDS = 100_000;
/** Entry layout: row 0 sums the word-only static features, row 1 + prev the word's features with previous tag prev. */
const ENTRY = NT + NT * NT;

/**
 * Summed scores of each word's word-only features, and of the dynamic features that pair the word
 * with the previous tag, valid for one fixed weight table. Quantised tables add integers, so the
 * sums are exact whatever the order: the decoder sees the very scores it would add feature by feature.
 */
export class WordScoreCache {
  /**
   * Keyed by the token's WordInfo, which stands for its word: a Map hashes an object by identity,
   * where a freshly sliced token string would be hashed and compared char by char again.
   */
  private readonly map = new Map<WordInfo, Int32Array>();
  /** Summed scores of the two tag-history features, at ((prev2 * NT) + prev) * NT. */
  readonly tagPairs = new Float64Array(NT * NT * NT);
  private readonly row = new Float64Array(NT);
  private readonly pair = new Uint32Array(2);

  constructor(readonly weights: WeightSource) {
    for (let p2 = 0; p2 < NT; p2++) for (let p = 0; p < NT; p++) {
      this.row.fill(0);
      tagFeatures(p, p2, this.pair);
      weights.add(this.pair[0], this.row);
      weights.add(this.pair[1], this.row);
      this.tagPairs.set(this.row, (p2 * NT + p) * NT);
    }
  }

  /** The entry of token i (extracted into x), computed on first sight of its word. */
  scoresOf(x: FeatureExtractor, i: number): Int32Array {
    const word = x.infos[i];
    let v = this.map.get(word);
    if (v) return v;
    v = new Int32Array(ENTRY);
    const row = this.row, w = this.weights;
    row.fill(0);
    for (let p = x.offsets[i], e = x.wordEnd[i]; p < e; p++) w.add(x.feats[p], row);
    v.set(row);
    for (let prev = 0; prev < NT; prev++) {
      row.fill(0);
      wordTagFeatures(x, i, prev, this.pair);
      w.add(this.pair[0], row);
      w.add(this.pair[1], row);
      v.set(row, NT + prev * NT);
    }
    if (this.map.size >= MAX_CACHED_WORDS) this.map.clear();
    this.map.set(word, v);
    return v;
  }
}

/** Reusable decoding buffers. */
export class Decoder {
  readonly scores = new Float64Array(TAG_COUNT);
  readonly dyn = new Uint32Array(DYNAMIC_FEATURES);
  private tagBuf = new Int32Array(64);
  private probBuf = new Float64Array(64);
  /**
   * Each token's scores from the last decode(), at [i * NT, (i + 1) * NT): confidences are worked
   * out from them when asked, and callers ask only about the tokens of entities.
   */
  private scoreRows = new Float64Array(64 * NT);
  /** Tokens of the last decode(), and whether probBuf holds all their confidences yet. */
  private decoded = 0;
  private probsReady = false;
  /** The softmax scale of the last decode(). */
  private probScale = 1;
  /** Softmax temperature for the reported confidences (calibrated on dev by the training script). */
  temperature = 1;

  /** Per-token softmax probability of the chosen tag, valid after decode(). */
  get probs(): Float64Array {
    if (!this.probsReady) {
      for (let i = 0; i < this.decoded; i++) this.probBuf[i] = this.probAt(i);
      this.probsReady = true;
    }
    return this.probBuf;
  }

  /** Softmax probability of the tag chosen for token i in the last decode() (probs[i]). */
  probAt(i: number): number {
    const tag = this.tagBuf[i], prev = i > 0 ? this.tagBuf[i - 1] : O;
    return softmaxOf(this.scoreRows, i * NT, tag, prev, this.probScale);
  }

  /** Scores token i given the previous two tags into this.scores; returns the dynamic count. */
  score(x: FeatureExtractor, w: WeightSource, i: number, prev: number, prev2: number, words?: readonly string[], cache?: WordScoreCache): number {
    const s = this.scores;
    if (cache && words) return this.scoreCached(x, w, i, prev, prev2, cache);
    s.fill(0);
    for (let p = x.offsets[i], e = x.offsets[i + 1]; p < e; p++) w.add(x.feats[p], s);
    const nd = dynamicOf(x, i, prev, prev2, this.dyn);
    for (let d = 0; d < nd; d++) w.add(this.dyn[d], s);
    return nd;
  }

  /** score() with the word's and the tag history's summed scores read from the cache. */
  private scoreCached(x: FeatureExtractor, w: WeightSource, i: number, prev: number, prev2: number, cache: WordScoreCache): number {
    const s = this.scores;
    const v = cache.scoresOf(x, i);
    const pairs = cache.tagPairs, at = (prev2 * NT + prev) * NT, wordAt = NT + prev * NT;
    for (let t = 0; t < NT; t++) s[t] = v[t] + v[wordAt + t] + pairs[at + t];
    for (let p = x.wordEnd[i], e = x.offsets[i + 1]; p < e; p++) w.add(x.feats[p], s);
    return DYNAMIC_FEATURES;
  }

  /** Best tag allowed after prev, from this.scores. */
  best(prev: number): number {
    let bestTag = O, bestScore = -Infinity;
    const row = prev * NT;
    for (let t = 0; t < NT; t++) {
      if (!ALLOWED[row + t]) continue;
      if (this.scores[t] > bestScore) {
        bestScore = this.scores[t];
        bestTag = t;
      }
    }
    return bestTag;
  }

  /**
   * Tags n tokens already extracted into x; returns a reused Int32Array view. With words and a
   * cache built over the same weights, word-only features are looked up once per distinct word.
   */
  decode(x: FeatureExtractor, w: WeightSource, n: number, words?: readonly string[], cache?: WordScoreCache): Int32Array {
    if (this.tagBuf.length < n) {
      this.tagBuf = new Int32Array(n * 2);
      this.probBuf = new Float64Array(n * 2);
      this.scoreRows = new Float64Array(n * 2 * NT);
    }
    this.decoded = n;
    this.probsReady = false;
    this.probScale = w.scale / this.temperature;
    let prev = O, prev2 = O;
    for (let i = 0; i < n; i++) {
      this.score(x, w, i, prev, prev2, words, cache);
      const tag = this.best(prev);
      this.tagBuf[i] = tag;
      this.scoreRows.set(this.scores, i * NT);
      prev2 = prev;
      prev = tag;
    }
    return this.tagBuf.subarray(0, n);
  }
}

/** Probability of tag among the tags allowed after prev (a confidence, not calibrated), from scores s[at .. at + NT). */
function softmaxOf(s: Float64Array, at: number, tag: number, prev: number, scale: number): number {
  const top = s[at + tag];
  let z = 0;
  for (let t = 0; t < NT; t++) if (ALLOWED[prev * NT + t]) z += Math.exp((s[at + t] - top) * scale);
  return 1 / z;
}

/**
 * Tags a document's sentences in order, each seeing the document's features and the tags given to
 * earlier sentences; onSentence sees each sentence's tags (and d.probs) before the next is tagged.
 */
export function decodeDocument(
  d: Decoder, x: FeatureExtractor, w: WeightSource, sentences: readonly (readonly string[])[],
  cache?: WordScoreCache, onSentence?: (si: number, tags: Int32Array) => void,
): Int32Array[] {
  const doc = new DocumentContext(sentences);
  return sentences.map((toks, si) => {
    doc.prepare(si);
    x.extract(toks, doc);
    const tags = d.decode(x, w, toks.length, toks, cache);
    onSentence?.(si, tags);
    doc.record(si, tags);
    return tags.slice();
  });
}
