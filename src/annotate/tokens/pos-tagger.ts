// Greedy averaged-perceptron part-of-speech tagger with Universal POS tags (weights in
// models/pos, trained by scripts/train-pos.ts). A word's features are summed once per role (itself,
// one or two before, one or two after) and kept, so tagging a token adds five kept rows, the
// tag-history row and the capital-at-start row, and picks the best tag.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { UPOS } from './pos-corpora.ts';
import { isUpperCode, isWordCode } from './chars.ts';
import {
  AFTER, AS_NEXT, AS_NEXT2, AS_PREV, AS_PREV2, BEFORE, ROLES, START_TAG, TAG_COUNT, capitalFeature, historyFeatures,
  previousTagWordFeature, roleFeatures,
} from './pos-features.ts';

export const POS_MODEL_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models/pos/weights.txt.gz');
/** Words whose sums are kept; past this the cache starts again (a day of news repeats far fewer). */
const MAX_CACHED_WORDS = 200_000;
const NT = TAG_COUNT;
/** previousTagWordFeature's prefix, "ptw <tag> <word>": the tagger gathers these by word. */
const PREVIOUS_TAG_WORD = previousTagWordFeature(0, '').slice(0, 4);
const HISTORY = START_TAG + 1;
/** Words this long or longer count when telling a title-case headline ("Man Charged With Shooting Outside Bar"). */
const TITLE_WORD_LENGTH = 4;
/** A headline needs this many such words, all capitalised (a caption of names has fewer; prose has lowercase ones). */
const MIN_TITLE_WORDS = 5;
/** Tags a token of marks alone may keep ("&" is a conjunction); any other becomes PUNCT or SYM. */
const MARK_TAGS = new Set(['PUNCT', 'SYM', 'CCONJ']);
const SYMBOLS = new Set(['$', '%', '+', '=', '<', '>', '^', '~', '|', '©', '®', '°', '€', '£', '¥', '#', '*', '/', '&', '§']);

/** Feature weights, one row of TAG_COUNT per feature. */
export type PosWeights = Map<string, Float32Array>;

/**
 * Weights file: one feature a line, "feature<TAB>tag:weight tag:weight…" (integers, zeros left out).
 * Read by character codes into views of one buffer: the model loads at every process start.
 */
export function parseWeights(text: string): PosWeights {
  const weights: PosWeights = new Map();
  let lines = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lines++;
  const buffer = new Float32Array((lines + 1) * NT);
  let at = 0, rows = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const tab = text.lastIndexOf('\t', end);
    if (tab > at) {
      const row = buffer.subarray(rows * NT, ++rows * NT);
      let k = tab + 1;
      while (k < end) {
        let tag = 0, value = 0, sign = 1;
        for (let c = text.charCodeAt(k); c !== 0x3a; c = text.charCodeAt(++k)) tag = tag * 10 + c - 48;
        if (text.charCodeAt(++k) === 0x2d) { sign = -1; k++; }
        for (let c = text.charCodeAt(k); k < end && c !== 0x20; c = text.charCodeAt(++k)) value = value * 10 + c - 48;
        row[tag] = sign * value;
        k++;
      }
      weights.set(text.slice(at, tab), row);
    }
    at = end + 1;
  }
  return weights;
}

export function formatWeights(weights: [string, ArrayLike<number>][]): string {
  const lines: string[] = [];
  for (const [feature, row] of weights) {
    const cells: string[] = [];
    for (let t = 0; t < NT; t++) if (row[t] !== 0) cells.push(`${t}:${row[t]}`);
    if (cells.length) lines.push(`${feature}\t${cells.join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

/**
 * A word's kept sums: in `roles`, its features in each role (its own row with its
 * capital-inside-a-sentence feature added), then at AT_START what its capital adds at a sentence's
 * start instead (one array: the rows a token reads sit together); its features by the tag before
 * it (null: the model has none).
 */
interface Entry {
  roles: Float32Array;
  byPrevious: Float32Array | null;
}
const AT_START = ROLES * NT;

export class PosTagger {
  /** Summed history rows at (prev2 * HISTORY + prev) * NT. */
  private readonly history = new Float32Array(HISTORY * HISTORY * NT);
  /** Rows for a capital or not, at the sentence start or not: (capital * 2 + first) * NT. */
  private readonly capitals = new Float32Array(4 * NT);
  private readonly entries = new Map<string, Entry>();
  private readonly found: Entry[] = [];
  private readonly rows: Float32Array[] = [];
  private readonly before: Float32Array;
  private readonly after: Float32Array;
  /** Each word's previous-tag rows, gathered once from the weights (a word has up to HISTORY of them). */
  private readonly byPrevious = new Map<string, Float32Array>();

  constructor(private readonly weights: PosWeights) {
    for (let p2 = 0; p2 < HISTORY; p2++) for (let p = 0; p < HISTORY; p++) {
      this.addFeatures(historyFeatures(p2, p), this.history, (p2 * HISTORY + p) * NT);
    }
    for (const [word, first, at] of [['a', false, 0], ['a', true, 1], ['A', false, 2], ['A', true, 3]] as const) {
      this.addFeatures([capitalFeature(word, first)], this.capitals, at * NT);
    }
    for (const [feature, row] of weights) {
      if (!feature.startsWith(PREVIOUS_TAG_WORD)) continue;
      const space = feature.indexOf(' ', PREVIOUS_TAG_WORD.length);
      const previous = +feature.slice(PREVIOUS_TAG_WORD.length, space), word = feature.slice(space + 1);
      let rows = this.byPrevious.get(word);
      if (!rows) this.byPrevious.set(word, (rows = new Float32Array(HISTORY * NT)));
      rows.set(row, previous * NT);
    }
    this.before = this.computeEntry(BEFORE).roles;
    this.after = this.computeEntry(AFTER).roles;
  }

  /**
   * Universal POS tags of a sentence's words. In a title-case headline the capitals mark no names,
   * so its capitalised words are read lowercased ("Charged", "Shooting" as the verb and noun they are).
   */
  tag(sentence: string[]): string[] {
    const words = isTitleCase(sentence) ? sentence.map(lowerCapitalised) : sentence;
    const n = words.length;
    // Scratch kept between sentences: a sentence's arrays were a good share of the garbage.
    const found = this.found, entries = this.rows;
    for (let i = 0; i < n; i++) {
      found[i] = this.entry(words[i]);
      entries[i] = found[i].roles;
    }
    const out: string[] = new Array(n);
    // Locals: property loads inside the per-tag loop cost more than the adds.
    const history = this.history, before = this.before, after = this.after;
    let p2 = START_TAG, p = START_TAG;
    for (let i = 0; i < n; i++) {
      const own = entries[i];
      const prev = i > 0 ? entries[i - 1] : before, prev2 = i > 1 ? entries[i - 2] : before;
      const next = i + 1 < n ? entries[i + 1] : after, next2 = i + 2 < n ? entries[i + 2] : after;
      const h = (p2 * HISTORY + p) * NT;
      const first = i === 0;
      const byPrevious = found[i].byPrevious;
      const bp = p * NT;
      let best = 0, bestScore = -Infinity;
      for (let t = 0; t < NT; t++) {
        let v = own[t] + prev[AS_PREV * NT + t] + prev2[AS_PREV2 * NT + t] + next[AS_NEXT * NT + t] +
          next2[AS_NEXT2 * NT + t] + history[h + t];
        if (byPrevious !== null) v += byPrevious[bp + t];
        if (first) v += own[AT_START + t];
        // Strictly greater: ties go to the earlier tag, as in training.
        if (v > bestScore) { bestScore = v; best = t; }
      }
      out[i] = isMarks(words[i]) && !MARK_TAGS.has(UPOS[best]) ? (SYMBOLS.has(words[i]) ? 'SYM' : 'PUNCT') : UPOS[best];
      p2 = p;
      p = best;
    }
    return out;
  }

  private entry(word: string): Entry {
    let e = this.entries.get(word);
    if (e === undefined) {
      if (this.entries.size >= MAX_CACHED_WORDS) this.entries.clear();
      e = this.computeEntry(word);
      this.entries.set(word, e);
    }
    return e;
  }

  private computeEntry(word: string): Entry {
    const roles = new Float32Array(AT_START + NT);
    for (let role = 0; role < ROLES; role++) this.addFeatures(roleFeatures(word, role), roles, role * NT);
    const capital = capitalRow(word) * NT;
    for (let t = 0; t < NT; t++) {
      roles[t] += this.capitals[capital + t];
      roles[AT_START + t] = this.capitals[capital + NT + t] - this.capitals[capital + t];
    }
    return { roles, byPrevious: this.byPrevious.get(word.toLowerCase()) ?? null };
  }

  private addFeatures(features: string[], into: Float32Array, at: number): void {
    for (const f of features) {
      const row = this.weights.get(f);
      if (row) for (let t = 0; t < NT; t++) into[at + t] += row[t];
    }
  }
}

/** Whether a sentence is a title-case headline: MIN_TITLE_WORDS or more long words, every one capitalised. */
export function isTitleCase(words: string[]): boolean {
  let long = 0, capitalised = 0;
  for (const w of words) {
    if (w.length < TITLE_WORD_LENGTH || !isWordCode(w.charCodeAt(0))) continue;
    long++;
    if (isUpperCode(w.charCodeAt(0))) capitalised++;
  }
  return long >= MIN_TITLE_WORDS && capitalised === long;
}

/** "Shooting" → "shooting"; all-capital words ("IMPD", "CBS") and others stay as they are. */
function lowerCapitalised(word: string): string {
  return word.length > 1 && isUpperCode(word.charCodeAt(0)) && !isUpperCode(word.charCodeAt(1)) ? word.toLowerCase() : word;
}

/** Whether a token is marks alone ("|", "--", "»"): the model saw few of them. */
function isMarks(word: string): boolean {
  if (isWordCode(word.charCodeAt(0))) return false;
  for (let i = 0; i < word.length; i++) if (isWordCode(word.charCodeAt(i))) return false;
  return true;
}

/** The first of capitalFeature's two rows for the word (inside a sentence; the next is at its start). */
function capitalRow(word: string): number {
  const c = word.charCodeAt(0);
  const capital = (c >= 65 && c <= 90) || (c >= 128 && word[0] !== word[0].toLowerCase());
  return capital ? 2 : 0;
}

/**
 * The tags as the pipeline reads them: a capitalised adjective inside a prose sentence ("the Afghan
 * army", "a frightened and intimidated Christian community") is PROPN, as wink-nlp tagged it and the
 * event rules were written to expect (a name before the noun it describes); UD tags it ADJ.
 */
export function asPipelineTags(words: string[], tags: string[]): string[] {
  if (isTitleCase(words)) return tags;
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] === 'ADJ' && isUpperCode(words[i].charCodeAt(0)) && words[i].length > 1 && !isUpperCode(words[i].charCodeAt(1))) tags[i] = 'PROPN';
  }
  return tags;
}

let shared: PosTagger | undefined;
/** The tagger over the committed weights, read once. */
export function posTagger(): PosTagger {
  shared ??= new PosTagger(parseWeights(zlib.gunzipSync(fs.readFileSync(POS_MODEL_FILE)).toString('utf8')));
  return shared;
}
