// Greedy left-to-right decoding under BIO2 constraints, shared by the trainer and the tagger so
// both see exactly the same features.
import { DocumentBuffers, DocumentContext } from './document.ts';
import { DYNAMIC_FEATURES, dynamicFeatures, type FeatureExtractor } from './features.ts';
import { TAG_COUNT, TAG_O, allowedAfter } from './labels.ts';
import { WordScoreCache } from './score-cache.ts';
import type { WeightSource } from './weights.ts';
import type { WordInfo } from './words.ts';

export { WordScoreCache };

/** Module-local copies: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;
const O = TAG_O;
/** ALLOWED[prev * NT + tag] is 1 when BIO2 lets tag follow prev. */
const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowedAfter(p, t) ? 1 : 0;
const dynamicOf = dynamicFeatures;

/** Reusable decoding buffers. */
export class Decoder {
  readonly scores = new Float64Array(TAG_COUNT);
  readonly dyn = new Uint32Array(DYNAMIC_FEATURES);
  private tagBuf = new Int32Array(64);
  /** Views of tagBuf's first n tags at [n], made once each: a view per sentence would be garbage. */
  private tagViews: Int32Array[] = [];
  private probBuf = new Float64Array(64);
  /**
   * Each token's scores from the last decode(), at [i * NT, (i + 1) * NT): confidences are worked
   * out from them when asked, and callers ask only about the tokens of entities. Decoding with a
   * cache, scores are integers (quantised units) and sum in int32 rows, which are exact and half the
   * bytes; rows is whichever the last decode() wrote.
   */
  private scoreRows = new Float64Array(64 * NT);
  private cachedRows = new Int32Array(64 * NT);
  private rows: Float64Array | Int32Array = this.scoreRows;
  /** Tokens of the last decode(), and whether probBuf holds all their confidences yet. */
  private decoded = 0;
  private probsReady = false;
  /** The softmax scale of the last decode(). */
  private probScale = 1;
  /** The arrays of the document being decoded (decodeSentences), reused from document to document. */
  readonly documentBuffers = new DocumentBuffers();
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
    return softmaxOf(this.rows, i * NT, tag, prev, this.probScale);
  }

  /** Scores token i given the previous two tags into this.scores; returns the dynamic count. */
  score(x: FeatureExtractor, w: WeightSource, i: number, prev: number, prev2: number): number {
    const s = this.scores;
    s.fill(0);
    for (let p = x.offsets[i], e = x.offsets[i + 1]; p < e; p++) w.add(x.feats[p], s);
    const nd = dynamicOf(x, i, prev, prev2, this.dyn);
    for (let d = 0; d < nd; d++) w.add(this.dyn[d], s);
    return nd;
  }

  /** Best tag allowed after prev, from this.scores. */
  best(prev: number): number {
    return bestIn(this.scores, 0, prev);
  }

  /**
   * Tags n tokens already extracted into x; returns a reused Int32Array view. With a cache built
   * over the same (quantised) weights, scores are summed from what it keeps.
   */
  decode(x: FeatureExtractor, w: WeightSource, n: number, cache?: WordScoreCache): Int32Array {
    if (this.tagBuf.length < n) {
      this.tagBuf = new Int32Array(n * 2);
      this.tagViews = [];
      this.probBuf = new Float64Array(n * 2);
      this.scoreRows = new Float64Array(n * 2 * NT);
      this.cachedRows = new Int32Array(n * 2 * NT);
    }
    this.decoded = n;
    this.probsReady = false;
    this.probScale = w.scale / this.temperature;
    this.rows = cache ? this.cachedRows : this.scoreRows;
    if (cache) this.decodeCached(x, n, cache);
    else {
      let prev = O, prev2 = O;
      for (let i = 0; i < n; i++) {
        this.score(x, w, i, prev, prev2);
        const tag = this.best(prev);
        this.tagBuf[i] = tag;
        this.scoreRows.set(this.scores, i * NT);
        prev2 = prev;
        prev = tag;
      }
    }
    return (this.tagViews[n] ??= this.tagBuf.subarray(0, n));
  }

  /**
   * decode() with each token's row summed in place: its static sum (staticScores), then the
   * cache's sums of its word with the previous tag and of the tag history.
   */
  private decodeCached(x: FeatureExtractor, n: number, cache: WordScoreCache): void {
    const rows = this.cachedRows, pairs = cache.tagPairs;
    cache.staticScores(x, n, rows);
    const arena = cache.arena, entryAt = cache.entryAt;
    let prev = O, prev2 = O;
    for (let i = 0; i < n; i++) {
      const at = i * NT, wordAt = entryAt[i] + WordScoreCache.byPrev(prev), pairAt = (prev2 * NT + prev) * NT;
      for (let t = 0; t < NT; t++) rows[at + t] += arena[wordAt + t] + pairs[pairAt + t];
      const tag = bestIn(rows, at, prev);
      this.tagBuf[i] = tag;
      prev2 = prev;
      prev = tag;
    }
  }
}

/** Best tag allowed after prev, from scores s[at .. at + NT). */
function bestIn(s: Float64Array | Int32Array, at: number, prev: number): number {
  let bestTag = O, bestScore = -Infinity;
  const row = prev * NT;
  for (let t = 0; t < NT; t++) {
    if (!ALLOWED[row + t]) continue;
    if (s[at + t] > bestScore) {
      bestScore = s[at + t];
      bestTag = t;
    }
  }
  return bestTag;
}

/** Probability of tag among the tags allowed after prev (a confidence, not calibrated), from scores s[at .. at + NT). */
function softmaxOf(s: Float64Array | Int32Array, at: number, tag: number, prev: number, scale: number): number {
  const top = s[at + tag];
  let z = 0;
  for (let t = 0; t < NT; t++) if (ALLOWED[prev * NT + t]) z += Math.exp((s[at + t] - top) * scale);
  return 1 / z;
}

/**
 * Tags a document's sentences in order, each seeing the document's features and the tags given to
 * earlier sentences; onSentence sees each sentence's tags (and d.probs) before the next is tagged,
 * and the tags are returned, a copy per sentence. infos, when given, are the tokens' wordInfo
 * already looked up.
 */
export function decodeDocument(
  d: Decoder, x: FeatureExtractor, w: WeightSource, sentences: readonly (readonly string[])[],
  cache?: WordScoreCache, onSentence?: (si: number, tags: Int32Array) => void, infos?: WordInfo[][],
): Int32Array[] {
  const out: Int32Array[] = [];
  decodeSentences(d, x, w, sentences, (si, tags) => {
    onSentence?.(si, tags);
    out.push(tags.slice());
  }, cache, infos);
  return out;
}

/**
 * decodeDocument without the copies: onSentence sees each sentence's tags in the decoder's reused
 * buffer, valid until the next sentence is tagged (a tagger reading spans off them needs no copy).
 */
export function decodeSentences(
  d: Decoder, x: FeatureExtractor, w: WeightSource, sentences: readonly (readonly string[])[],
  onSentence: (si: number, tags: Int32Array) => void, cache?: WordScoreCache, infos?: WordInfo[][],
): void {
  const doc = new DocumentContext(sentences, infos, d.documentBuffers);
  for (let si = 0; si < sentences.length; si++) {
    const toks = sentences[si];
    doc.prepare(si);
    x.extract(toks, doc, cache !== undefined);
    const tags = d.decode(x, w, toks.length, cache);
    onSentence(si, tags);
    doc.record(si, tags);
  }
}
