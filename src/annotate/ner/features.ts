// Feature extraction (Ratinov & Roth 2009 style): word, neighbours ±2, affixes, shapes,
// capitalisation flags, gazetteer marks, and previous predicted tags. Every feature is a 32-bit
// hash; buffers are reused across sentences so tagging allocates almost nothing per token.
import { feat1i as feat1Import, feat2i as feat2Import, feat3i as feat3Import, hashString as hashImport } from './hash.ts';
import { Gazetteer, GazetteerSet } from './gazetteer.ts';
import type { DocumentContext } from './document.ts';
import { CAP_INDICES, LIST_MARKS, ListMarkFeatures, capIndex } from './list-marks.ts';
import { capitalisedRuns } from './runs.ts';
import { F_ALL_CAPS, F_CAPS_SENTENCE, F_FIRST, F_INIT_CAP, F_NO_LETTER, MAX_AFFIX, wordInfo, type WordInfo } from './words.ts';

// Module-local copies: imported bindings cost a getter call in hot loops. Every feature is stored into
// a Uint32Array, so the signed forms (hash.ts), which are never boxed, give the very same features.
const feat1 = feat1Import, feat2 = feat2Import, feat3 = feat3Import, hashString = hashImport;

/** A sentence counts as a headline/table in capitals when this share of its words are ALL CAPS. */
const CAPS_SENTENCE_SHARE = 0.7;
/** ...and it has at least this many words of two or more letters. */
const CAPS_SENTENCE_MIN_WORDS = 3;
/** Upper bound on static features per token, for buffer sizing. */
export const MAX_STATIC_FEATURES = 128;

/**
 * How a tagger with a fixed weight table can score a context feature left in by contextOnly
 * extraction (FeatureExtractor.route): look it up, or take it from a small memo, as its values are
 * few (list marks, runs: ROUTE_MEMO; document features, whose mix changes from document to
 * document: ROUTE_DOC).
 */
export const ROUTE_LOOKUP = 0, ROUTE_MEMO = 1, ROUTE_DOC = 2;

// Template ids: stable numbers, because the committed weights are keyed by them.
const T = {
  bias: 0, w: 1, raw: 2, wm1: 3, wm2: 4, wp1: 5, wp2: 6, bigramL: 7, bigramR: 8,
  prefix: 9, suffix: 10, shape: 11, shapeM1: 12, shapeP1: 13, shape3: 14, wm1Shape: 15,
  shapeWp1: 16, flags: 17, firstCap: 18, gaz: 19, gazCap: 20, gazM1: 21, gazP1: 22,
  capsW: 23, len: 24, capsGaz: 25, trigramL: 26, runHead: 27, runFirst: 28, orgHead: 29, runLen: 30, placePrefix: 31, prev: 40, prev2: 41, prevW: 42, prevShape: 43,
} as const;

/** What stands for the words and shapes before a sentence's start and after its end. */
export const PAD_BEFORE = hashString('<s>');
export const PAD_AFTER = hashString('</s>');
/** The same, as signed ints, as lower and shape hold hashes: an int never needs boxing. */
const PAD_BEFORE_I = PAD_BEFORE | 0, PAD_AFTER_I = PAD_AFTER | 0;

/** Mark of a token outside every match of a list (GAZ_NONE, copied: imports cost a getter). */
const GAZ_NONE = 0;
/** Marks of a one-token match and of a longer match's first token (GAZ_UNIT, GAZ_BEGIN). */
const GAZ_UNIT = 4, GAZ_BEGIN = 1;
/** Name lists of places: a run that opens with one and goes on names a club, firm or body there. */
const PLACE_LISTS = new Set(['loc', 'country', 'geo']);
/** Longest tail after the place counted apart ("Boston Bruins" 1, "Atlantic City Hospital Trust" 2+). */
const MAX_PLACE_TAIL = 2;

/** Per-sentence feature buffers: static features for every token, plus what dynamic ones need. */
export class FeatureExtractor {
  private cap = 0;
  /**
   * Each token's lower and shape hashes, as signed ints: features hash their bits alike, and an int
   * handed to a call the compiler does not inline needs no heap number.
   */
  lower = new Int32Array(0);
  shape = new Int32Array(0);
  private gazKeys = new Uint32Array(0);
  /** Each token's GazetteerSet.firstEntry, kept on its WordInfo. */
  private gazFirst = new Int32Array(0);
  /** F_* flags of each token, the position ones included. */
  flags = new Uint32Array(0);
  private marks: Uint8Array[] = [];
  private runFirst = new Int32Array(0);
  private runLast = new Int32Array(0);
  private orgHead = new Uint8Array(0);
  /** Bit g set when list g marks some token of the sentence (GazetteerSet.mark). */
  private listsHit = 0;
  /** Lists whose marks array may hold marks (the last sentence's hits); the others' are all GAZ_NONE. */
  private marksDirty = 0;
  /**
   * Static features of token i are feats[offsets[i] .. offsets[i+1]); those before wordEnd[i]
   * depend on the token string alone.
   */
  offsets = new Int32Array(1);
  wordEnd = new Int32Array(0);
  feats = new Uint32Array(0);
  /** ROUTE_* of each context feature (feats past wordEnd), parallel to feats; set by contextOnly extraction. */
  route = new Uint8Array(0);
  /**
   * wordInfo of each token of the sentence: one string-keyed lookup per token, and an identity key
   * for what else is kept per word (the decoder's summed scores).
   */
  infos: WordInfo[] = [];

  private readonly gazSet: GazetteerSet;
  /** Indices of the place lists among the gazetteers. */
  private readonly placeLists: number[];

  private readonly listMarks: ListMarkFeatures;

  constructor(readonly gazetteers: Gazetteer[]) {
    this.gazSet = new GazetteerSet(gazetteers);
    this.listMarks = new ListMarkFeatures(gazetteers.length, T);
    this.placeLists = gazetteers.flatMap((g, k) => (PLACE_LISTS.has(g.name) ? [k] : []));
  }

  /**
   * Last token of the longest place-list match opening the run at r0 (-1 when none does). Marks
   * carry no lengths, so a match is walked to its end: GAZ_UNIT is one token, GAZ_BEGIN runs to
   * the next non-inside mark.
   */
  private placeEnd(r0: number, r1: number): number {
    let end = -1;
    for (const g of this.placeLists) {
      const m = this.marks[g];
      if (m[r0] === GAZ_UNIT) end = Math.max(end, r0);
      else if (m[r0] === GAZ_BEGIN) {
        let k = r0 + 1;
        while (k < r1 && m[k] !== 3 /* GAZ_LAST */) k++;
        end = Math.max(end, k);
      }
    }
    return end;
  }

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 64);
    this.cap = c;
    this.lower = new Int32Array(c);
    this.shape = new Int32Array(c);
    this.gazKeys = new Uint32Array(c);
    this.gazFirst = new Int32Array(c);
    this.flags = new Uint32Array(c);
    this.marks = this.gazetteers.map(() => new Uint8Array(c));
    this.marksDirty = 0;
    this.runFirst = new Int32Array(c);
    this.runLast = new Int32Array(c);
    this.orgHead = new Uint8Array(c);
    this.offsets = new Int32Array(c + 1);
    this.wordEnd = new Int32Array(c);
    this.feats = new Uint32Array(c * MAX_STATIC_FEATURES);
    this.route = new Uint8Array(c * MAX_STATIC_FEATURES);
  }

  /**
   * Fills the buffers for one sentence of raw token strings; with a document context prepared for
   * this sentence, its document features are added to each token's. contextOnly leaves out what a
   * tagger keeps sums of: the word-only features (offsets[i] = wordEnd[i]), those of the words
   * around (neighbourFeatures) and those of the shapes around and the flags (shapeFeatures).
   */
  extract(tokens: readonly string[], doc?: DocumentContext, contextOnly = false): void {
    const n = tokens.length;
    this.ensure(n);
    // The document context has looked every token up already.
    const known = doc?.sentenceInfos;
    let words = 0, capsWords = 0;
    for (let i = 0; i < n; i++) {
      const w = tokens[i];
      const info = known ? known[i] : wordInfo(w);
      this.infos[i] = info;
      this.lower[i] = info.lower;
      this.shape[i] = info.shape;
      this.gazKeys[i] = info.gaz;
      if (info.gazOwner !== this.gazSet) (info.gazFirst = this.gazSet.firstEntry(info.gaz)), (info.gazOwner = this.gazSet);
      this.gazFirst[i] = info.gazFirst;
      const f = info.flags | (i === 0 ? F_FIRST : 0);
      this.flags[i] = f;
      if (!(f & F_NO_LETTER) && w.length >= 2) {
        words++;
        if (f & F_ALL_CAPS) capsWords++;
      }
      this.orgHead[i] = info.orgHead ? 1 : 0;
    }
    const capsSentence = words >= CAPS_SENTENCE_MIN_WORDS && capsWords >= CAPS_SENTENCE_SHARE * words;
    if (capsSentence) for (let i = 0; i < n; i++) this.flags[i] |= F_CAPS_SENTENCE;
    this.listsHit = this.marksDirty = this.gazSet.mark(this.gazKeys, n, this.marks, this.gazFirst, this.marksDirty);
    capitalisedRuns(tokens, n, this.runFirst, this.runLast);
    this.fillStatic(n, capsSentence, contextOnly, doc);
  }

  private fillStatic(n: number, capsSentence: boolean, contextOnly: boolean, doc?: DocumentContext): void {
    const L = this.lower, S = this.shape, F = this.feats, R = this.route;
    let p = 0;
    /** Last token of the place opening the current run of capitalised words, -1 for none. */
    let placeAt = -1;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = p;
      const lm1 = i > 0 ? L[i - 1] : PAD_BEFORE_I, lm2 = i > 1 ? L[i - 2] : PAD_BEFORE_I;
      const lp1 = i + 1 < n ? L[i + 1] : PAD_AFTER_I, lp2 = i + 2 < n ? L[i + 2] : PAD_AFTER_I;
      const sm1 = i > 0 ? S[i - 1] : PAD_BEFORE_I, sp1 = i + 1 < n ? S[i + 1] : PAD_AFTER_I;
      const f = this.flags[i];
      // Features of the word alone first: the tagger keeps their summed scores per word.
      if (!contextOnly) p = wordFeatures(this.infos[i], F, p);
      this.wordEnd[i] = p;
      // Each context feature's route is written before it. The order is the trainer's: its float
      // sums depend on it. The tagger keeps sums of the words and shapes around (score-cache.ts).
      if (!contextOnly) {
        F[p++] = feat1(T.wm1, lm1);
        F[p++] = feat1(T.wm2, lm2);
        F[p++] = feat1(T.wp1, lp1);
        F[p++] = feat1(T.wp2, lp2);
      }
      R[p] = ROUTE_LOOKUP, F[p++] = feat2(T.bigramL, lm1, L[i]);
      R[p] = ROUTE_LOOKUP, F[p++] = feat2(T.bigramR, L[i], lp1);
      R[p] = ROUTE_LOOKUP, F[p++] = feat3(T.trigramL, lm2, lm1, L[i]);
      if (!contextOnly) {
        F[p++] = feat1(T.shapeM1, sm1);
        F[p++] = feat1(T.shapeP1, sp1);
        F[p++] = feat3(T.shape3, sm1, S[i], sp1);
      }
      R[p] = ROUTE_LOOKUP, F[p++] = feat2(T.wm1Shape, lm1, S[i]);
      R[p] = ROUTE_LOOKUP, F[p++] = feat2(T.shapeWp1, S[i], lp1);
      if (!contextOnly) F[p++] = feat1(T.flags, f);
      if (f & F_FIRST && f & F_INIT_CAP) R[p] = ROUTE_LOOKUP, F[p++] = feat2(T.firstCap, L[i], 1);
      if (capsSentence) R[p] = ROUTE_LOOKUP, F[p++] = feat1(T.capsW, L[i]);
      // Lists without a match in the sentence add nothing: only the others are read, in list order.
      for (let lists = this.listsHit; lists; lists &= lists - 1) {
        const g = 31 - Math.clz32(lists & -lists);
        const m = this.marks[g], at = g * LIST_MARKS, lm = this.listMarks;
        if (m[i] !== GAZ_NONE) {
          R[p] = ROUTE_MEMO, F[p++] = lm.gaz[at + m[i]];
          R[p] = ROUTE_MEMO, F[p++] = lm.gazCap[(at + m[i]) * CAP_INDICES + capIndex(f)];
          if (capsSentence) R[p] = ROUTE_MEMO, F[p++] = lm.capsGaz[at + m[i]];
        }
        if (i > 0 && m[i - 1] !== GAZ_NONE) R[p] = ROUTE_MEMO, F[p++] = lm.gazM1[at + m[i - 1]];
        if (i + 1 < n && m[i + 1] !== GAZ_NONE) R[p] = ROUTE_MEMO, F[p++] = lm.gazP1[at + m[i + 1]];
      }
      const r0 = this.runFirst[i], r1 = this.runLast[i];
      if (r0 >= 0) {
        const at = (i === r0 ? 1 : 0) | (i === r1 ? 2 : 0);
        if (i === r0) placeAt = this.placeEnd(r0, r1);
        if (placeAt >= r0 && placeAt < r1)
          R[p] = ROUTE_MEMO, F[p++] = feat3(T.placePrefix, i <= placeAt ? 0 : 1, Math.min(r1 - placeAt, MAX_PLACE_TAIL), this.orgHead[r1]);
        R[p] = ROUTE_LOOKUP, F[p++] = feat2(T.runHead, L[r1], at);
        R[p] = ROUTE_LOOKUP, F[p++] = feat2(T.runFirst, L[r0], at);
        R[p] = ROUTE_MEMO, F[p++] = feat2(T.runLen, Math.min(r1 - r0 + 1, 5), at);
        if (this.orgHead[r1]) R[p] = ROUTE_MEMO, F[p++] = feat2(T.orgHead, at, f & F_FIRST);
      } else if (this.orgHead[i] && f & F_INIT_CAP) R[p] = ROUTE_MEMO, F[p++] = feat2(T.orgHead, 4, f & F_FIRST);
      // Document features take few values each (document.ts).
      if (doc) for (let q = doc.offsets[i], e = doc.offsets[i + 1]; q < e; q++) R[p] = ROUTE_DOC, F[p++] = doc.feats[q];
    }
    this.offsets[n] = p;
  }
}

/** The features of a word alone, written into out from at; returns the end. */
export function wordFeatures(info: WordInfo, out: Uint32Array, at: number): number {
  let p = at;
  out[p++] = feat1(T.bias, 0);
  out[p++] = feat1(T.w, info.lower);
  out[p++] = feat1(T.raw, info.raw);
  const a = info.affixes;
  for (let k = 0; k < MAX_AFFIX; k++) {
    if (a[k]) out[p++] = feat2(T.prefix, k, a[k]);
    if (a[MAX_AFFIX + k]) out[p++] = feat2(T.suffix, k, a[MAX_AFFIX + k]);
  }
  out[p++] = feat1(T.shape, info.shape);
  out[p++] = feat1(T.len, Math.min(info.length, 12));
  return p;
}
/** Upper bound on wordFeatures' count. */
export const MAX_WORD_FEATURES = 5 + 2 * MAX_AFFIX;

/**
 * The context features that name token i's word when it is a neighbour: as the previous, the one
 * before that, the next and the one after that word of another token (fillStatic's wm1, wm2, wp1, wp2).
 */
export function neighbourFeatures(lower: number, out: Uint32Array): void {
  out[0] = feat1(T.wm1, lower);
  out[1] = feat1(T.wm2, lower);
  out[2] = feat1(T.wp1, lower);
  out[3] = feat1(T.wp2, lower);
}

/**
 * The features of the shapes of token i and the tokens either side (PAD_BEFORE/PAD_AFTER past the
 * sentence) and of its flags f (fillStatic's shapeM1, shapeP1, shape3, flags).
 */
export function shapeFeatures(sm1: number, s: number, sp1: number, f: number, out: Uint32Array): void {
  out[0] = feat1(T.shapeM1, sm1);
  out[1] = feat1(T.shapeP1, sp1);
  out[2] = feat3(T.shape3, sm1, s, sp1);
  out[3] = feat1(T.flags, f);
}

/** Features that depend on the previous two predicted tags; written into out, count returned. */
export function dynamicFeatures(x: FeatureExtractor, i: number, prev: number, prev2: number, out: Uint32Array): number {
  tagFeatures(prev, prev2, out);
  out[2] = feat2(T.prevW, prev, x.lower[i]);
  out[3] = feat2(T.prevShape, prev, x.shape[i]);
  return 4;
}
export const DYNAMIC_FEATURES = 4;

/** The dynamic features of the previous two tags alone (dynamicFeatures' first two), into out[0..2). */
export function tagFeatures(prev: number, prev2: number, out: Uint32Array): void {
  out[0] = feat1(T.prev, prev);
  out[1] = feat2(T.prev2, prev2, prev);
}

/** The dynamic features of token i's word with previous tag prev (dynamicFeatures' last two), into out[0..2). */
export function wordTagFeatures(x: FeatureExtractor, i: number, prev: number, out: Uint32Array): void {
  out[0] = feat2(T.prevW, prev, x.lower[i]);
  out[1] = feat2(T.prevShape, prev, x.shape[i]);
}
