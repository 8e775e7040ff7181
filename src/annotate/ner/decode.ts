// Greedy left-to-right decoding under BIO2 constraints, shared by the trainer and the tagger so
// both see exactly the same features.
import { DocumentContext } from './document.ts';
import { DYNAMIC_FEATURES, dynamicFeatures, type FeatureExtractor } from './features.ts';
import { TAG_COUNT, TAG_O, allowedAfter } from './labels.ts';
import type { WeightSource } from './weights.ts';

/** Module-local copies: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;
const O = TAG_O;
/** ALLOWED[prev * NT + tag] is 1 when BIO2 lets tag follow prev. */
const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowedAfter(p, t) ? 1 : 0;
const dynamicOf = dynamicFeatures;

/** Words whose summed word-only scores are kept; the cache is emptied when it grows past this. */
const MAX_CACHED_WORDS = 200_000;

/** Summed scores of each word's word-only features, valid for one fixed weight table. */
export class WordScoreCache {
  private readonly map = new Map<string, Float64Array>();
  constructor(readonly weights: WeightSource) {}

  scoresOf(word: string, x: FeatureExtractor, i: number): Float64Array {
    let v = this.map.get(word);
    if (v) return v;
    v = new Float64Array(NT);
    for (let p = x.offsets[i], e = x.wordEnd[i]; p < e; p++) this.weights.add(x.feats[p], v);
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
  /** Softmax temperature for the reported confidences (calibrated on dev by the training script). */
  temperature = 1;

  /** Per-token softmax probability of the chosen tag, valid after decode(). */
  get probs(): Float64Array {
    return this.probBuf;
  }

  /** Scores token i given the previous two tags into this.scores; returns the dynamic count. */
  score(x: FeatureExtractor, w: WeightSource, i: number, prev: number, prev2: number, words?: readonly string[], cache?: WordScoreCache): number {
    const s = this.scores;
    let p = x.offsets[i];
    if (cache && words) {
      s.set(cache.scoresOf(words[i], x, i));
      p = x.wordEnd[i];
    } else s.fill(0);
    for (const e = x.offsets[i + 1]; p < e; p++) w.add(x.feats[p], s);
    const nd = dynamicOf(x, i, prev, prev2, this.dyn);
    for (let d = 0; d < nd; d++) w.add(this.dyn[d], s);
    return nd;
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
    }
    let prev = O, prev2 = O;
    for (let i = 0; i < n; i++) {
      this.score(x, w, i, prev, prev2, words, cache);
      const tag = this.best(prev);
      this.tagBuf[i] = tag;
      this.probBuf[i] = this.softmaxOf(tag, prev, w.scale / this.temperature);
      prev2 = prev;
      prev = tag;
    }
    return this.tagBuf.subarray(0, n);
  }

  /** Probability of tag among the tags allowed after prev (a confidence, not calibrated). */
  private softmaxOf(tag: number, prev: number, scale: number): number {
    const s = this.scores;
    const top = s[tag];
    let z = 0;
    for (let t = 0; t < NT; t++) if (ALLOWED[prev * NT + t]) z += Math.exp((s[t] - top) * scale);
    return 1 / z;
  }
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
