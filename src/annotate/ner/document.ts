// Non-local, document-level features (Ratinov & Roth 2009): what the rest of the document says
// about a word. Two kinds:
// - label-free, from the whole document: the word appears elsewhere inside a run of capitalised
//   words ("Vladimir Putin" ... "Putin said"), written in lowercase elsewhere (a common word
//   opening a sentence), or capitalised mid-sentence elsewhere (a name opening a sentence);
// - extended prediction history: the tags the tagger gave the same word in earlier sentences, and
//   acronyms of entities it found earlier ("Collective Security Treaty Organization" ... "CSTO").
// Training and tagging both walk a document's sentences in order and record each sentence's tags.
// Signed forms: the features go into a Uint32Array, which stores the same bits (hash.ts).
import { feat1i as feat1, feat2i as feat2, feat3i as feat3 } from './hash.ts';
import { TAG_COUNT, TAG_O } from './labels.ts';
import { tagsToSpans } from './spans.ts';
import { wordInfo, type WordInfo } from './words.ts';

/** Template ids of document features (past the sentence-level ones in features.ts). */
const T = { seqPos: 60, lowerElsewhere: 61, capMidElsewhere: 62, hist: 63, histOnlyO: 64, acronym: 65, histSeq: 66 } as const;
/** Position of a capitalised word in its run of capitalised words. */
const ALONE = 0, FIRST = 1, MIDDLE = 2, LAST = 3;
/** Prediction-history shares are bucketed so the feature means "mostly", "sometimes", "rarely". */
const SHARE_BUCKETS = 3;
/** Shortest acronym linked to an earlier entity (two letters are too often chance). */
const MIN_ACRONYM = 3;
/** Upper bound on document features per token, for buffer sizing. */
export const MAX_DOC_FEATURES = 24;

const infosOf = (tokens: readonly string[]) => tokens.map(wordInfo);

/** Writes the run positions of a sentence's capitalised tokens into pos from at (-1 for others). */
function runPositions(tokens: readonly WordInfo[], pos: Int8Array, at: number): void {
  const n = tokens.length;
  pos.fill(-1, at, at + n);
  let i = 0;
  while (i < n) {
    if (!tokens[i].capitalised) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && tokens[j + 1].capitalised) j++;
    if (i === j) pos[at + i] = ALONE;
    else {
      pos[at + i] = FIRST;
      for (let k = i + 1; k < j; k++) pos[at + k] = MIDDLE;
      pos[at + j] = LAST;
    }
    i = j + 1;
  }
}

/** Marks a token without a letter, which has no word statistics. */
const NO_KEY = -1;
/**
 * A key's counts in DocumentContext.counts, from id * KEY_STRIDE: occurrences at each run position
 * (ALONE..LAST, sentence-initial ones excluded), written entirely in lowercase, capitalised not
 * opening their sentence, whether a recorded sentence has counted it yet (before, it has no
 * history), then its tag counts in the sentences recorded so far.
 */
const RUNS = 0, LOWER = 4, CAP_MID = 5, RECORDED = 6, HISTORY = 7;
const KEY_STRIDE = HISTORY + TAG_COUNT;

/** log2 of the key table's first slot count; it doubles as documents need (twice their tokens at most). */
const FIRST_KEY_BITS = 10;

/**
 * Numbers a document's keys (gazKeys) in order of first sight. An open-addressing table over their
 * hashes (WordInfo.gaz), reused from document to document: a Map per document costs more in its
 * growth than in its lookups. Keys are compared whole where hashes meet. One instance serves every
 * DocumentContext, each numbering its keys within its constructor.
 */
class KeyNumbering {
  private bits = FIRST_KEY_BITS;
  private ids = new Int32Array(1 << FIRST_KEY_BITS);
  /** A slot holds an id of the current document only when its stamp is the document's. */
  private stamps = new Int32Array(1 << FIRST_KEY_BITS);
  private stamp = 0;
  private readonly keys: string[] = [];

  /** Starts a document of this many tokens. */
  start(tokens: number): void {
    if (2 * tokens > this.ids.length) {
      while (1 << this.bits < 2 * tokens) this.bits++;
      this.ids = new Int32Array(1 << this.bits);
      this.stamps = new Int32Array(1 << this.bits);
    }
    this.stamp++;
    this.keys.length = 0;
  }

  /** Keys numbered so far in this document. */
  get count(): number {
    return this.keys.length;
  }

  /** The id of info's key, numbered on first sight. */
  idOf(info: WordInfo): number {
    const mask = this.ids.length - 1, ids = this.ids, stamps = this.stamps, key = info.key;
    for (let slot = Math.imul(info.gaz, 0x9e3779b1) >>> (32 - this.bits); ; slot = (slot + 1) & mask) {
      if (stamps[slot] !== this.stamp) {
        stamps[slot] = this.stamp;
        ids[slot] = this.keys.length;
        this.keys.push(key);
        return ids[slot];
      }
      if (this.keys[ids[slot]] === key) return ids[slot];
    }
  }
}
const keyNumbering = new KeyNumbering();

/**
 * The arrays of a DocumentContext, kept by a caller that tags document after document (a Decoder),
 * so that a document costs no new arrays: a context built over them is valid until the next one is.
 */
export class DocumentBuffers {
  firstToken = new Int32Array(64);
  runPos = new Int8Array(1024);
  keyOf = new Int32Array(1024);
  counts = new Int32Array(1024 * KEY_STRIDE);
  feats = new Uint32Array(0);
  offsets = new Int32Array(1);
}

/** An array of at least length elements: array itself when it is long enough, else a new one of twice that. */
function atLeast<A extends Int32Array | Int8Array>(array: A, length: number, make: (length: number) => A): A {
  return array.length >= length ? array : make(2 * length);
}

/**
 * Per-word (per gazKey) counts over a whole document, gathered before tagging it. Each key of the
 * document has an id, and all keys' counts sit in one typed array: a document costs a few arrays,
 * not a few objects per word.
 */
export class DocumentContext {
  /** Every key's counts, KEY_STRIDE int32s each (RUNS ... HISTORY). */
  private readonly counts: Int32Array;
  /** Acronym (upper case) -> entity type of the earlier multi-word entity it abbreviates. */
  private readonly acronyms = new Map<string, number>();
  /** Index of sentence si's first token in the per-token arrays below. */
  private readonly firstToken: Int32Array;
  /** Run position of every token. */
  private readonly runPos: Int8Array;
  /** Key id of every token (NO_KEY for tokens without a letter), so tagging needs no string lookups. */
  private readonly keyOf: Int32Array;
  /** wordInfo of every token, looked up once. */
  private readonly infos: WordInfo[][];
  /** wordInfo of each token of the sentence last prepared. */
  sentenceInfos: readonly WordInfo[] = [];
  /** Features of the current sentence: token i owns feats[offsets[i] .. offsets[i+1]). */
  feats = new Uint32Array(0);
  offsets = new Int32Array(1);

  /**
   * infos, when given, are the tokens' wordInfo already looked up (sentences[si][i] is infos[si][i].word).
   * buffers lend the context their arrays (and keep those it grows), so it is valid only until the
   * next context is built over them; a caller that tags document after document passes its own.
   */
  constructor(readonly sentences: readonly (readonly string[])[], infos?: WordInfo[][], private readonly buffers = new DocumentBuffers()) {
    const all = (this.infos = infos ?? sentences.map(infosOf));
    const b = buffers;
    this.firstToken = b.firstToken = atLeast(b.firstToken, sentences.length + 1, (k) => new Int32Array(k));
    let tokens = 0;
    for (let si = 0; si < sentences.length; si++) {
      this.firstToken[si] = tokens;
      tokens += all[si].length;
    }
    this.firstToken[sentences.length] = tokens;
    const runPos = (this.runPos = b.runPos = atLeast(b.runPos, tokens, (k) => new Int8Array(k)));
    const keyOf = (this.keyOf = b.keyOf = atLeast(b.keyOf, tokens, (k) => new Int32Array(k)));
    // Keys numbered first, so the counts take one array of the document's size.
    const ids = keyNumbering;
    ids.start(tokens);
    for (let si = 0, t = 0; si < sentences.length; si++) {
      for (const info of all[si]) keyOf[t++] = info.hasLetter ? ids.idOf(info) : NO_KEY;
    }
    const size = ids.count * KEY_STRIDE;
    // Lent arrays hold an earlier document's counts: only this one's keys' are cleared.
    const counts = (this.counts = b.counts = atLeast(b.counts, size, (k) => new Int32Array(k)));
    counts.fill(0, 0, size);
    this.feats = b.feats;
    this.offsets = b.offsets;
    for (let si = 0; si < sentences.length; si++) {
      const row = all[si], at = this.firstToken[si];
      runPositions(row, runPos, at);
      for (let i = 0; i < row.length; i++) {
        const id = keyOf[at + i];
        if (id === NO_KEY) continue;
        const c = id * KEY_STRIDE, run = runPos[at + i];
        if (row[i].isKey) counts[c + LOWER]++;
        if (run >= 0 && i > 0) {
          counts[c + RUNS + run]++;
          counts[c + CAP_MID]++;
        }
      }
    }
  }

  /** Fills feats/offsets for sentence si, from the document and the history recorded so far. */
  prepare(si: number): void {
    const toks = this.sentences[si], infos = this.infos[si], n = toks.length, at = this.firstToken[si];
    const keyOf = this.keyOf, runPos = this.runPos, counts = this.counts;
    this.sentenceInfos = infos;
    if (this.feats.length < n * MAX_DOC_FEATURES) this.feats = new Uint32Array(n * MAX_DOC_FEATURES * 2);
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(n * 2 + 1);
    this.buffers.feats = this.feats;
    this.buffers.offsets = this.offsets;
    const F = this.feats;
    let p = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = p;
      const info = infos[i];
      const id = keyOf[at + i];
      if (id === NO_KEY) continue;
      const own = runPos[at + i], c = id * KEY_STRIDE;
      const cap = info.capitalised;
      if (cap) {
        // Counts over the rest of the document: this occurrence's own counts taken out.
        const ownRun = own >= 0 && i > 0 ? own : -1;
        for (let r = ALONE; r <= LAST; r++) if (counts[c + RUNS + r] - (r === ownRun ? 1 : 0) > 0) F[p++] = feat2(T.seqPos, own + 1, r);
        if (counts[c + LOWER] - (info.isKey ? 1 : 0) > 0) F[p++] = feat2(T.lowerElsewhere, i === 0 ? 1 : 0, own);
        if (i === 0 && counts[c + CAP_MID] - (ownRun >= 0 ? 1 : 0) > 0) F[p++] = feat1(T.capMidElsewhere, own);
      }
      if (cap && counts[c + RECORDED]) {
        const h = c + HISTORY;
        let total = 0, entity = 0;
        for (let t = 0; t < TAG_COUNT; t++) total += counts[h + t];
        for (let t = 0; t < TAG_COUNT; t++) {
          if (t === TAG_O || !counts[h + t]) continue;
          entity += counts[h + t];
          const bucket = Math.min(SHARE_BUCKETS - 1, Math.floor((counts[h + t] / total) * SHARE_BUCKETS));
          F[p++] = feat2(T.hist, t, bucket);
          F[p++] = feat3(T.histSeq, t, bucket, own + 1);
        }
        if (!entity) F[p++] = feat1(T.histOnlyO, own + 1);
      }
      if (info.allCaps) {
        const type = this.acronyms.get(toks[i].replace(/[.&-]/g, ''));
        if (type !== undefined) F[p++] = feat1(T.acronym, type);
      }
    }
    this.offsets[n] = p;
  }

  /** Records the tags given to sentence si, for the prediction history of later sentences. */
  record(si: number, tags: ArrayLike<number>): void {
    const toks = this.sentences[si], infos = this.infos[si], at = this.firstToken[si], keyOf = this.keyOf;
    for (let i = 0; i < toks.length; i++) {
      const id = keyOf[at + i];
      if (id === NO_KEY) continue;
      const c = id * KEY_STRIDE;
      this.counts[c + HISTORY + tags[i]]++;
      this.counts[c + RECORDED] = 1;
    }
    for (const sp of tagsToSpans(tags)) {
      if (sp.end - sp.start < 2) continue;
      let initials = '';
      for (let k = sp.start; k < sp.end; k++) if (infos[k].capitalised) initials += toks[k][0];
      if (initials.length >= MIN_ACRONYM) this.acronyms.set(initials.toUpperCase(), sp.type);
    }
  }
}
