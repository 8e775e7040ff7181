// Averaged perceptron over the greedy decoder (Collins 2002; averaging by the lazy "w - u/c" trick
// of Daumé III). Trained with gold history: each token's previous-tag features use the gold tags.
import { Decoder } from '../decode.ts';
import { DocumentContext } from '../document.ts';
import { FeatureExtractor } from '../features.ts';
import { TAG_COUNT, TAG_O, tagType } from '../labels.ts';
import { BUCKET_MASK, BUCKET_BITS, type WeightSource } from '../weights.ts';
import type { TaggedSentence } from '../spans.ts';

/** A training sentence with the types its corpus leaves unannotated (as a bit mask). */
export interface TrainingSentence extends TaggedSentence {
  unannotatedMask: number;
}

/** Module-local copy: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;

export class DenseWeights implements WeightSource {
  readonly scale = 1;
  constructor(readonly w: Float32Array) {}
  add(feature: number, scores: Float64Array): void {
    const base = (feature & BUCKET_MASK) * NT;
    for (let t = 0; t < NT; t++) scores[t] += this.w[base + t];
  }
}

export class AveragedPerceptron {
  readonly weights = new Float32Array((1 << BUCKET_BITS) * TAG_COUNT);
  /** Sum of c * update, for averaging. */
  private readonly acc = new Float64Array((1 << BUCKET_BITS) * TAG_COUNT);
  private c = 1;
  private readonly live = new DenseWeights(this.weights);
  private readonly decoder = new Decoder();

  constructor(private readonly x: FeatureExtractor) {}

  /**
   * One pass over a document's sentences in order; each sentence's predicted tags become the
   * prediction history of the later ones, as when tagging. Returns the number of token mistakes.
   */
  trainDocument(doc: TrainingSentence[]): number {
    const ctx = new DocumentContext(doc.map((s) => s.tokens), undefined, this.decoder.documentBuffers);
    let mistakes = 0;
    doc.forEach((s, si) => {
      ctx.prepare(si);
      mistakes += this.trainSentence(s, ctx);
      ctx.record(si, this.predicted.subarray(0, s.tokens.length));
    });
    return mistakes;
  }

  /** Tags predicted in the last trainSentence (under gold history). */
  private predicted = new Int32Array(64);

  /** One pass over a sentence; returns the number of token mistakes. */
  trainSentence(s: TrainingSentence, doc?: DocumentContext): number {
    const x = this.x, d = this.decoder, n = s.tokens.length;
    x.extract(s.tokens, doc);
    if (this.predicted.length < n) this.predicted = new Int32Array(n * 2);
    let mistakes = 0;
    let prev = TAG_O, prev2 = TAG_O;
    for (let i = 0; i < n; i++) {
      const gold = s.tags[i];
      const nd = d.score(x, this.live, i, prev, prev2);
      const pred = d.best(prev);
      this.predicted[i] = pred;
      const excused = gold === TAG_O && pred !== TAG_O && (s.unannotatedMask >> tagType(pred)) & 1;
      if (pred !== gold && !excused) {
        mistakes++;
        for (let p = x.offsets[i], e = x.offsets[i + 1]; p < e; p++) this.update(x.feats[p], gold, pred);
        for (let k = 0; k < nd; k++) this.update(d.dyn[k], gold, pred);
      }
      this.c++;
      prev2 = prev;
      // Gold history: training on predicted history scored 5 points lower on dev (BIO dead ends).
      prev = gold;
    }
    return mistakes;
  }

  private update(feature: number, gold: number, pred: number): void {
    const base = (feature & BUCKET_MASK) * NT;
    this.weights[base + gold] += 1;
    this.weights[base + pred] -= 1;
    this.acc[base + gold] += this.c;
    this.acc[base + pred] -= this.c;
  }

  /** The averaged weights as of now (a new array). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    const c = this.c;
    for (let i = 0; i < out.length; i++) out[i] = this.weights[i] - this.acc[i] / c;
    return out;
  }
}

/** Keeps buckets whose largest |weight| reaches minWeight; returns ascending ids and their rows. */
export function pruneWeights(w: Float32Array, minWeight: number): { buckets: Uint32Array; rows: Float32Array } {
  const nb = w.length / TAG_COUNT;
  const keep: number[] = [];
  for (let b = 0; b < nb; b++) {
    let m = 0;
    for (let t = 0; t < TAG_COUNT; t++) m = Math.max(m, Math.abs(w[b * TAG_COUNT + t]));
    if (m >= minWeight) keep.push(b);
  }
  const buckets = Uint32Array.from(keep);
  const rows = new Float32Array(keep.length * TAG_COUNT);
  keep.forEach((b, r) => rows.set(w.subarray(b * TAG_COUNT, (b + 1) * TAG_COUNT), r * TAG_COUNT));
  return { buckets, rows };
}

/** Smallest threshold keeping at most maxRows buckets (a histogram over row maxima). */
export function thresholdForRows(w: Float32Array, maxRows: number, floor: number): number {
  const nb = w.length / TAG_COUNT;
  const maxima = new Float32Array(nb);
  for (let b = 0; b < nb; b++) {
    let m = 0;
    for (let t = 0; t < TAG_COUNT; t++) m = Math.max(m, Math.abs(w[b * TAG_COUNT + t]));
    maxima[b] = m;
  }
  maxima.sort();
  const cut = maxima.length - maxRows;
  return Math.max(floor, cut > 0 ? maxima[cut] : 0);
}
