// Non-local, document-level features (Ratinov & Roth 2009): what the rest of the document says
// about a word. Two kinds:
// - label-free, from the whole document: the word appears elsewhere inside a run of capitalised
//   words ("Vladimir Putin" ... "Putin said"), written in lowercase elsewhere (a common word
//   opening a sentence), or capitalised mid-sentence elsewhere (a name opening a sentence);
// - extended prediction history: the tags the tagger gave the same word in earlier sentences, and
//   acronyms of entities it found earlier ("Collective Security Treaty Organization" ... "CSTO").
// Training and tagging both walk a document's sentences in order and record each sentence's tags.
import { feat1, feat2, feat3 } from './hash.ts';
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

/** Run positions of every capitalised token in a sentence (-1 for others). */
function runPositions(tokens: readonly WordInfo[]): Int8Array {
  const pos = new Int8Array(tokens.length).fill(-1);
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].capitalised) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].capitalised) j++;
    if (i === j) pos[i] = ALONE;
    else {
      pos[i] = FIRST;
      for (let k = i + 1; k < j; k++) pos[k] = MIDDLE;
      pos[j] = LAST;
    }
    i = j + 1;
  }
  return pos;
}

/** Per-word (per gazKey) counts over a whole document, gathered before tagging it. */
// Plain arrays, not typed ones: a document allocates a few hundred, and small typed arrays cost more to make.
interface WordStats {
  /** Occurrences at each run position (ALONE..LAST), sentence-initial ones excluded. */
  runs: number[];
  /** Occurrences written entirely in lowercase. */
  lower: number;
  /** Capitalised occurrences that do not open their sentence. */
  capMid: number;
  /** Tag counts in the sentences recorded so far (null before the first). */
  history: number[] | null;
}

export class DocumentContext {
  private readonly stats = new Map<string, WordStats>();
  /** Acronym (upper case) -> entity type of the earlier multi-word entity it abbreviates. */
  private readonly acronyms = new Map<string, number>();
  private readonly runPos: Int8Array[];
  /** wordInfo of every token, looked up once. */
  private readonly infos: WordInfo[][];
  /** Each token's WordStats (null for tokens without a letter), so tagging needs no string lookups. */
  private readonly statsOf: (WordStats | null)[][];
  /** wordInfo of each token of the sentence last prepared. */
  sentenceInfos: readonly WordInfo[] = [];
  /** Features of the current sentence: token i owns feats[offsets[i] .. offsets[i+1]). */
  feats = new Uint32Array(0);
  offsets = new Int32Array(1);

  /** infos, when given, are the tokens' wordInfo already looked up (sentences[si][i] is infos[si][i].word). */
  constructor(readonly sentences: readonly (readonly string[])[], infos?: WordInfo[][]) {
    this.infos = infos ?? sentences.map(infosOf);
    this.runPos = this.infos.map(runPositions);
    this.statsOf = this.infos.map((infos, si) => infos.map((info, i) => this.count(info, i, this.runPos[si][i])));
  }

  /** Counts one occurrence; returns its word's stats. */
  private count(info: WordInfo, i: number, run: number): WordStats | null {
    if (!info.hasLetter) return null;
    const k = info.key;
    let s = this.stats.get(k);
    if (!s) this.stats.set(k, (s = { runs: [0, 0, 0, 0], lower: 0, capMid: 0, history: null }));
    if (info.isKey) s.lower++;
    if (run >= 0 && i > 0) {
      s.runs[run]++;
      s.capMid++;
    }
    return s;
  }

  /** Fills feats/offsets for sentence si, from the document and the history recorded so far. */
  prepare(si: number): void {
    const toks = this.sentences[si], infos = this.infos[si], stats = this.statsOf[si], n = toks.length;
    this.sentenceInfos = infos;
    if (this.feats.length < n * MAX_DOC_FEATURES) this.feats = new Uint32Array(n * MAX_DOC_FEATURES * 2);
    if (this.offsets.length < n + 1) this.offsets = new Int32Array(n * 2 + 1);
    const F = this.feats;
    let p = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = p;
      const info = infos[i];
      const s = stats[i];
      if (!s) continue;
      const own = this.runPos[si][i];
      const cap = info.capitalised;
      if (cap) {
        // Counts over the rest of the document: this occurrence's own counts taken out.
        const ownRun = own >= 0 && i > 0 ? own : -1;
        for (let r = ALONE; r <= LAST; r++) if (s.runs[r] - (r === ownRun ? 1 : 0) > 0) F[p++] = feat2(T.seqPos, own + 1, r);
        if (s.lower - (info.isKey ? 1 : 0) > 0) F[p++] = feat2(T.lowerElsewhere, i === 0 ? 1 : 0, own);
        if (i === 0 && s.capMid - (ownRun >= 0 ? 1 : 0) > 0) F[p++] = feat1(T.capMidElsewhere, own);
      }
      const h = s.history;
      if (h && cap) {
        let total = 0, entity = 0;
        for (let t = 0; t < TAG_COUNT; t++) total += h[t];
        for (let t = 0; t < TAG_COUNT; t++) {
          if (t === TAG_O || !h[t]) continue;
          entity += h[t];
          const bucket = Math.min(SHARE_BUCKETS - 1, Math.floor((h[t] / total) * SHARE_BUCKETS));
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
    const toks = this.sentences[si], infos = this.infos[si], stats = this.statsOf[si];
    for (let i = 0; i < toks.length; i++) {
      const s = stats[i];
      if (s) (s.history ??= new Array<number>(TAG_COUNT).fill(0))[tags[i]]++;
    }
    for (const sp of tagsToSpans(tags)) {
      if (sp.end - sp.start < 2) continue;
      let initials = '';
      for (let k = sp.start; k < sp.end; k++) if (infos[k].capitalised) initials += toks[k][0];
      if (initials.length >= MIN_ACRONYM) this.acronyms.set(initials.toUpperCase(), sp.type);
    }
  }
}
