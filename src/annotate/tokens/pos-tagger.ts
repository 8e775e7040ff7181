// Greedy averaged-perceptron part-of-speech tagger with Universal POS tags (weights in
// models/pos, trained by scripts/train-pos.ts). A word's features are summed once per role (itself,
// one or two before, one or two after) and kept as int16 cells, so tagging a token adds five kept
// rows, the tag-history row (for the first token, with what its capital adds at a sentence's start)
// and the word's previous-tag row, and picks the best tag: in a WebAssembly SIMD kernel
// (pos-kernel.ts) whose memory holds the cells, with the same loop in JS where it cannot run. Words
// are looked up straight from the text's spans (span-table.ts): no string per token.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { UPOS } from './pos-corpora.ts';
import { isUpperCode, isWordCode } from './chars.ts';
import {
  ADJ_TAG, MARK_TAG, MIN_TITLE_WORDS, PROPN_TAG, TITLE_WORD_LENGTH, hasCapital, isCapitalisedWord, isMarks, isTitleCase, lowerCapitalised, marksTag,
} from './pos-words.ts';
import { SpanTable } from './span-table.ts';
import { RoleRows } from './pos-role-rows.ts';
import { type PosWeights, parseWeights, storeShortRow, storeShorts } from './pos-weights.ts';
import {
  AT_BYTES, CELLS_BYTES, MAX_KERNEL_TOKENS, PREVIOUS_OF_BYTES, ROW_BYTES, STRIDE, TAGS_BYTES, type KernelShape, decodeKernel,
} from './pos-kernel.ts';
import {
  AFTER, AS_NEXT, AS_NEXT2, AS_PREV, AS_PREV2, BEFORE, OWN, ROLES, START_TAG, TAG_COUNT, capitalFeature, historyFeatures,
  previousTagWordFeature,
} from './pos-features.ts';

export { type PosWeights, formatWeights, parseWeights } from './pos-weights.ts';
export { asPipelineTags, isTitleCase } from './pos-words.ts';

export const POS_MODEL_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../models/pos/weights.txt.gz');
/** Words whose sums are kept; past this the cache starts again (a day of news repeats far fewer). */
const MAX_CACHED_WORDS = 200_000;
const NT = TAG_COUNT;
/** previousTagWordFeature's prefix, "ptw <tag> <word>": the tagger gathers these by word. */
const PREVIOUS_TAG_WORD = previousTagWordFeature(0, '').slice(0, 4);
const HISTORY = START_TAG + 1;
/** Cells kept per word: its ROLES rows of STRIDE cells. */
const ENTRY = ROLES * STRIDE;
/**
 * After the history rows, the first token's: the "no tag yet" row with what a capital (or its
 * absence) adds at a sentence's start in place of inside one, for a word without and with a capital.
 */
const FIRST_ROWS = HISTORY * HISTORY * STRIDE;
/** Where the previous-tag rows start, after the history rows: first a block of zeros, for words with none. */
const PREVIOUS_ROWS = FIRST_ROWS + 2 * STRIDE;
/**
 * Spare cells of an entry's own row (past its TAG_COUNT scores, padding the kernel masks out): the
 * number of the word's previous-tag block, and 1 when it has a capital (its first-token row).
 */
const PREVIOUS_BLOCK_CELL = NT, CAPITAL_CELL = NT + 1;
if (CAPITAL_CELL >= STRIDE) throw new Error(`a row of ${STRIDE} cells has no spare cells past ${NT} tags`);
/** Previous-tag blocks an int16 cell can number. */
const MAX_PREVIOUS_BLOCK = 32767;
/** Where previous-tag block `block` starts in cells. */
const previousRows = (block: number) => PREVIOUS_ROWS + block * HISTORY * STRIDE;
/** Entries 0 and 1 are the stand-ins before a sentence's start and after its end; kept words follow. */
const BEFORE_ENTRY = 0, AFTER_ENTRY = 1, FIRST_WORD_ENTRY = 2;
/** Entries room is made for at first; memory grows as words come. */
const INITIAL_ENTRIES = 4096;
/** WebAssembly's page: the kernel's memory grows by whole pages. */
const PAGE_BYTES = 65536;

export class PosTagger {
  /** Rows for a capital or not, at the sentence start or not: (capital * 2 + first) * NT. */
  private readonly capitals = new Float32Array(4 * NT);
  /** Kept words by their text; word id k has entry FIRST_WORD_ENTRY + k. */
  private readonly words = new SpanTable();
  /** The weights gathered by what each feature reads of a word, for a new word's entry. */
  private readonly roleRows: RoleRows;
  /** Lowercased word → the number of its block of previous-tag rows (previousRows); 0, the zeros, for a word with none. */
  private readonly previousBlock = new Map<string, number>();
  /** Where the entries start in cells, after the previous-tag blocks. */
  private readonly entries: number;
  /** Entries the memory has room for (computeEntry grows it past this). */
  private entryRoom = 0;
  /** Holds the kernel's token arrays and, from CELLS_BYTES, every row a token reads (pos-kernel.ts). */
  private readonly memory: WebAssembly.Memory;
  private readonly kernel: ((n: number, firstHistory: number) => void) | null;
  /** Views of the memory, made again when it grows. */
  private cells!: Int16Array;
  private kernelAt!: Int32Array;
  private kernelPreviousOf!: Int32Array;
  private kernelTags!: Uint8Array;
  /**
   * Per token of the sentence being tagged, as byte offsets into the cells: its entry (shifted by
   * two, the stand-ins either side) and its previous-tag block; then its tag. The kernel's views, or
   * arrays of the JS loop's own for a sentence too long for them.
   */
  private at!: Int32Array;
  private previousOf!: Int32Array;
  private tags!: Uint8Array;
  /** The history row of the sentence's first token, in bytes. */
  private firstHistory = 0;

  /** `useKernel: false` decodes with the JS loop alone (the kernel's tests compare the two). */
  constructor(private readonly weights: PosWeights, { useKernel = true } = {}) {
    this.roleRows = new RoleRows(weights);
    for (const [word, first, at] of [['a', false, 0], ['a', true, 1], ['A', false, 2], ['A', true, 3]] as const) {
      this.addFeatures([capitalFeature(word, first)], this.capitals, at * NT);
    }
    const gathered: [string, number, Float32Array][] = [];
    for (const [feature, row] of weights) {
      if (!feature.startsWith(PREVIOUS_TAG_WORD)) continue;
      const space = feature.indexOf(' ', PREVIOUS_TAG_WORD.length);
      const word = feature.slice(space + 1);
      if (!this.previousBlock.has(word)) this.previousBlock.set(word, this.previousBlock.size + 1);
      gathered.push([word, +feature.slice(PREVIOUS_TAG_WORD.length, space), row]);
    }
    this.entries = PREVIOUS_ROWS + (this.previousBlock.size + 1) * HISTORY * STRIDE;
    this.memory = new WebAssembly.Memory({ initial: Math.ceil((CELLS_BYTES + (this.entries + INITIAL_ENTRIES * ENTRY) * 2) / PAGE_BYTES) });
    this.viewMemory();
    this.noteEntryRoom();
    this.useKernelArrays();
    const roles = [OWN, AS_PREV, AS_PREV2, AS_NEXT, AS_NEXT2].map((r) => r * ROW_BYTES) as KernelShape['roles'];
    this.kernel = useKernel ? decodeKernel(this.memory, { tagCount: NT, history: HISTORY, startTag: START_TAG, roles }) : null;
    if (this.previousBlock.size > MAX_PREVIOUS_BLOCK) throw new Error(`${this.previousBlock.size} words with previous-tag rows: an entry's int16 cell holds at most ${MAX_PREVIOUS_BLOCK}`);
    for (const [word, previous, row] of gathered) storeShorts(row, this.cells, previousRows(this.previousBlock.get(word)!) + previous * STRIDE);
    const history = new Float64Array(STRIDE);
    for (let p2 = 0; p2 < HISTORY; p2++) for (let p = 0; p < HISTORY; p++) {
      this.addFeatures(historyFeatures(p2, p), history.fill(0), 0);
      storeShorts(history.subarray(0, NT), this.cells, (p2 * HISTORY + p) * STRIDE);
    }
    const opening = (START_TAG * HISTORY + START_TAG) * STRIDE;
    for (let c = 0; c < 2; c++) {
      for (let t = 0; t < NT; t++) history[t] = this.cells[opening + t] + this.capitals[(c * 2 + 1) * NT + t] - this.capitals[c * 2 * NT + t];
      storeShorts(history.subarray(0, NT), this.cells, FIRST_ROWS + c * STRIDE);
    }
    this.computeEntry(BEFORE, BEFORE_ENTRY);
    this.computeEntry(AFTER, AFTER_ENTRY);
  }

  /**
   * Universal POS tags of a sentence's words. In a title-case headline the capitals mark no names,
   * so its capitalised words are read lowercased ("Charged", "Shooting" as the verb and noun they are).
   */
  tag(sentence: string[]): string[] {
    const n = sentence.length;
    this.prepare(n);
    const title = isTitleCase(sentence);
    for (let i = 0; i < n; i++) {
      const word = title ? lowerCapitalised(sentence[i]) : sentence[i];
      this.readWord(i, word, 0, word.length);
    }
    const tags = this.decode(n);
    const out: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const word = sentence[i];
      out[i] = UPOS[!MARK_TAG[tags[i]] && isMarks(word, 0, word.length) ? marksTag(word, 0, word.length) : tags[i]];
    }
    return out;
  }

  /**
   * The pipeline's tags (indices into UPOS) of tokens from..to of a text, one sentence: what
   * asPipelineTags(words, tag(words)) gives for their words, read from the text without slicing
   * them. The array is scratch: its first to - from cells hold the tags until the next call.
   */
  tagSpans(text: string, start: Int32Array, end: Int32Array, from: number, to: number): Uint8Array {
    const n = to - from;
    this.prepare(n);
    // isTitleCase counted in the same pass as the lookups; a headline's capitalised words are read again lowercased.
    let long = 0, capitalised = 0;
    for (let i = 0; i < n; i++) {
      const s = start[from + i], e = end[from + i];
      this.readWord(i, text, s, e);
      const c = text.charCodeAt(s);
      if (e - s < TITLE_WORD_LENGTH || !isWordCode(c)) continue;
      long++;
      if (isUpperCode(c)) capitalised++;
    }
    const title = long >= MIN_TITLE_WORDS && capitalised === long;
    if (title) {
      for (let i = 0; i < n; i++) {
        const s = start[from + i], e = end[from + i];
        if (!isCapitalisedWord(text, s, e)) continue;
        const lower = text.slice(s, e).toLowerCase();
        this.readWord(i, lower, 0, lower.length);
      }
    }
    const tags = this.decode(n);
    for (let i = 0; i < n; i++) {
      const s = start[from + i], e = end[from + i];
      if (!MARK_TAG[tags[i]] && isMarks(text, s, e)) tags[i] = marksTag(text, s, e);
      else if (i > 0 && !title && tags[i] === ADJ_TAG && isCapitalisedWord(text, s, e)) tags[i] = PROPN_TAG;
    }
    return tags;
  }

  /** Makes room for a sentence of n tokens; forgets every kept word if they would pass MAX_CACHED_WORDS. */
  private prepare(n: number): void {
    if (n <= MAX_KERNEL_TOKENS) this.useKernelArrays();
    else if (this.at.length < n + 4 || this.at === this.kernelAt) {
      this.at = new Int32Array(n * 2 + 4);
      this.previousOf = new Int32Array(n * 2);
      this.tags = new Uint8Array(n * 2);
    }
    // Only between sentences: a sentence's tokens point into the entries. A headline may add each word twice.
    if (this.words.size + 2 * n > MAX_CACHED_WORDS) this.words.clear();
  }

  /** Points token i at the entry of text[start, end), computing the entry when the word is new. */
  private readWord(i: number, text: string, start: number, end: number): void {
    const id = this.words.findOrAdd(text, start, end);
    const entry = FIRST_WORD_ENTRY + id;
    if (this.words.isNew) this.computeEntry(start === 0 && end === text.length ? text : text.slice(start, end), entry);
    // The word's previous-tag block and capital sit in its own row's spare cells: the kernel reads that line anyway.
    const at = this.entries + entry * ENTRY, cells = this.cells;
    this.at[i + 2] = at * 2;
    if (i === 0) this.firstHistory = (FIRST_ROWS + cells[at + CAPITAL_CELL] * STRIDE) * 2;
    this.previousOf[i] = previousRows(cells[at + PREVIOUS_BLOCK_CELL]) * 2;
  }

  /** Greedy tags (indices into UPOS) of the n tokens prepared in `at` and `previousOf`. */
  private decode(n: number): Uint8Array {
    const at = this.at;
    at[0] = at[1] = (this.entries + BEFORE_ENTRY * ENTRY) * 2;
    at[n + 2] = at[n + 3] = (this.entries + AFTER_ENTRY * ENTRY) * 2;
    if (this.kernel !== null && at === this.kernelAt) {
      this.kernel(n, this.firstHistory);
      return this.tags;
    }
    // The same sums one tag at a time, in cells rather than bytes.
    const cells = this.cells, previousOf = this.previousOf, tags = this.tags;
    let p2 = START_TAG, p = START_TAG;
    for (let i = 0; i < n; i++) {
      const own = at[i + 2] >> 1;
      const prev = (at[i + 1] >> 1) + AS_PREV * STRIDE, prev2 = (at[i] >> 1) + AS_PREV2 * STRIDE;
      const next = (at[i + 3] >> 1) + AS_NEXT * STRIDE, next2 = (at[i + 4] >> 1) + AS_NEXT2 * STRIDE;
      const h = i === 0 ? this.firstHistory >> 1 : (p2 * HISTORY + p) * STRIDE;
      const bp = (previousOf[i] >> 1) + p * STRIDE;
      let best = 0, bestScore = -Infinity;
      for (let t = 0; t < NT; t++) {
        const v = cells[own + t] + cells[prev + t] + cells[prev2 + t] + cells[next + t] + cells[next2 + t] + cells[h + t] + cells[bp + t];
        // Strictly greater: ties go to the earlier tag, as in training.
        if (v > bestScore) { bestScore = v; best = t; }
      }
      tags[i] = best;
      p2 = p;
      p = best;
    }
    return tags;
  }

  /** Sums the word's features per role into entry `entry`, with its capital's rows. */
  private computeEntry(word: string, entry: number): void {
    if (entry >= this.entryRoom) this.growMemory(entry);
    const sums = this.entrySums;
    const capital = hasCapital(word) ? 1 : 0;
    // The capital's row starts the own role's sums; the other roles start from zero.
    const capitals = this.capitals, capitalAt = capital * 2 * NT;
    for (let t = 0; t < NT; t++) sums[t] = capitals[capitalAt + t];
    sums.fill(0, NT);
    const lower = this.roleRows.addTo(word, sums);
    const at = this.entries + entry * ENTRY;
    for (let role = 0; role < ROLES; role++) storeShortRow(sums, role * NT, NT, this.cells, at + role * STRIDE);
    this.cells[at + CAPITAL_CELL] = capital;
    this.cells[at + PREVIOUS_BLOCK_CELL] = this.previousBlock.get(lower) ?? 0;
  }

  /** Grows the memory to hold entry `entry` (at least doubling it), and notes how many entries it holds. */
  private growMemory(entry: number): void {
    const needed = CELLS_BYTES + (this.entries + (entry + 1) * ENTRY) * 2;
    const bytes = this.memory.buffer.byteLength;
    if (needed > bytes) {
      this.memory.grow(Math.ceil(Math.max(needed, bytes * 2) / PAGE_BYTES) - bytes / PAGE_BYTES);
      this.viewMemory();
    }
    this.noteEntryRoom();
  }

  /** Entries the memory holds: computeEntry asks the memory only past this. */
  private noteEntryRoom(): void {
    this.entryRoom = Math.floor(((this.memory.buffer.byteLength - CELLS_BYTES) / 2 - this.entries) / ENTRY);
  }

  /** Views of the memory: after it grows, the old ones see nothing. */
  private viewMemory(): void {
    const buffer = this.memory.buffer;
    const kernelArrays = this.at === undefined || this.at === this.kernelAt;
    this.cells = new Int16Array(buffer, CELLS_BYTES);
    this.kernelAt = new Int32Array(buffer, AT_BYTES, MAX_KERNEL_TOKENS + 4);
    this.kernelPreviousOf = new Int32Array(buffer, PREVIOUS_OF_BYTES, MAX_KERNEL_TOKENS);
    this.kernelTags = new Uint8Array(buffer, TAGS_BYTES, MAX_KERNEL_TOKENS);
    if (kernelArrays) this.useKernelArrays();
  }

  private useKernelArrays(): void {
    this.at = this.kernelAt;
    this.previousOf = this.kernelPreviousOf;
    this.tags = this.kernelTags;
  }

  /** Scratch for an entry's sums before they are stored as int16. */
  private readonly entrySums = new Float64Array(ROLES * NT);

  private addFeatures(features: string[], into: Float64Array | Float32Array, at: number): void {
    for (const f of features) {
      const row = this.weights.get(f);
      if (row) for (let t = 0; t < NT; t++) into[at + t] += row[t];
    }
  }
}

/** The committed weights, read from models/pos. */
export function readPosWeights(): PosWeights {
  return parseWeights(zlib.gunzipSync(fs.readFileSync(POS_MODEL_FILE)).toString('utf8'));
}

let shared: PosTagger | undefined;
/** The tagger over the committed weights, read once. */
export function posTagger(): PosTagger {
  shared ??= new PosTagger(readPosWeights());
  return shared;
}
