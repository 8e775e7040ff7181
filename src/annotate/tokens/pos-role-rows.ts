// A word's weight rows per role (pos-features.ts roleFeatures), read without building its feature
// strings. On news never seen before most words are new to the tagger, and building thirteen
// strings ("w bombing", "s3 ing", "pw bombing"…) and hashing each in the weights map was most of
// tagging. Here the features keyed by the whole word (w, pw, ppw, nw, nnw) sit in one map by the
// lowercased word, holding all five roles' rows; those keyed by its last three letters (s3, s2, s1,
// ps2, ns3) are summed once per suffix; prefix and shape rows are keyed by the bare prefix and shape.
// Every row lives in one of two flat arrays and the maps hold offsets: a new word's lookups then
// reach its numbers without a typed-array object in between (fewer cache misses on news never seen).
// The weights are integers, so the sums are exact in any order: every entry equals roleFeatures'.
import { AFTER, AS_NEXT, AS_NEXT2, AS_PREV, AS_PREV2, BEFORE, OWN, ROLES, TAG_COUNT, shape } from './pos-features.ts';
import type { PosWeights } from './pos-weights.ts';
import { withRoom } from '../../growable.ts';

const NT = TAG_COUNT;
/** Cells of a word's whole-word block: its ROLES rows. */
const WORD_CELLS = ROLES * NT;
/** The role of each whole-word feature kind. */
const WORD_ROLE = new Map([['w', OWN], ['pw', AS_PREV], ['ppw', AS_PREV2], ['nw', AS_NEXT], ['nnw', AS_NEXT2]]);
/** Suffix sums kept; past this the memo starts again (English news has a few thousand three-letter endings). */
const SUFFIX_MEMO_LIMIT = 20_000;
/** Suffix sums room is made for at first; the array doubles up to SUFFIX_MEMO_LIMIT. */
const INITIAL_SUFFIXES = 1024;
/** A suffix sum's rows: its own-role row (s3 + s2 + s1), then as the word before (ps2), then after (ns3). */
const SUFFIX_OWN = 0, SUFFIX_PREV = NT, SUFFIX_NEXT = 2 * NT, SUFFIX_CELLS = 3 * NT;
/** Offset of "no row": the maps' answer for a key the weights lack. */
const NONE = -1;

export class RoleRows {
  /** The weights' rows this reads: whole-word blocks (zeros where a role has none), prefix, shape and bias rows. */
  private readonly pool: Float32Array;
  /** Lowercased word → offset of its WORD_CELLS block in pool. */
  private readonly byWord = new Map<string, number>();
  /** First two letters → offset of their row in pool. */
  private readonly byPrefix = new Map<string, number>();
  /** Shape → offset of its row in pool. */
  private readonly byShape = new Map<string, number>();
  private readonly bias: number = NONE;
  /** Last three letters (fewer for a shorter word) → offset of their SUFFIX_CELLS summed rows in suffixSums. */
  private readonly bySuffix = new Map<string, number>();
  private suffixSums = new Float32Array(INITIAL_SUFFIXES * SUFFIX_CELLS);

  constructor(private readonly weights: PosWeights) {
    let cells = 0;
    const words = new Set<string>();
    for (const feature of weights.keys()) {
      const space = feature.indexOf(' ');
      if (space < 0) { if (feature === 'b') cells += NT; continue; }
      const kind = feature.slice(0, space), key = feature.slice(space + 1);
      if (WORD_ROLE.has(kind)) { if (!words.has(key)) { words.add(key); cells += WORD_CELLS; } }
      else if (kind === 'p2' || kind === 'sh') cells += NT;
    }
    this.pool = new Float32Array(cells);
    let at = 0;
    const bias = weights.get('b');
    if (bias) {
      this.pool.set(bias, at);
      this.bias = at;
      at += NT;
    }
    for (const [feature, row] of weights) {
      const space = feature.indexOf(' ');
      if (space < 0) continue;
      const kind = feature.slice(0, space), key = feature.slice(space + 1);
      const role = WORD_ROLE.get(kind);
      if (role !== undefined) {
        let block = this.byWord.get(key);
        if (block === undefined) {
          this.byWord.set(key, (block = at));
          at += WORD_CELLS;
        }
        this.pool.set(row, block + role * NT);
      } else if (kind === 'p2' || kind === 'sh') {
        (kind === 'p2' ? this.byPrefix : this.byShape).set(key, at);
        this.pool.set(row, at);
        at += NT;
      }
    }
  }

  /**
   * Adds the rows of every feature of `word` in every role to `sums` (ROLES rows of TAG_COUNT), as
   * roleFeatures names them; returns the word lowercased, as they read it.
   */
  addTo(word: string, sums: Float64Array): string {
    const lower = word === BEFORE || word === AFTER ? word : word.toLowerCase();
    const pool = this.pool;
    const whole = this.byWord.get(lower);
    if (whole !== undefined) for (let k = 0; k < WORD_CELLS; k++) sums[k] += pool[whole + k];
    const suffix = this.suffixRows(lower.length > 3 ? lower.slice(-3) : lower), rows = this.suffixSums;
    const prev = AS_PREV * NT, next = AS_NEXT * NT;
    for (let t = 0; t < NT; t++) {
      sums[t] += rows[suffix + SUFFIX_OWN + t];
      sums[prev + t] += rows[suffix + SUFFIX_PREV + t];
      sums[next + t] += rows[suffix + SUFFIX_NEXT + t];
    }
    this.addOwn(this.bias, sums);
    this.addOwn(this.byPrefix.get(lower.length > 2 ? lower.slice(0, 2) : lower) ?? NONE, sums);
    this.addOwn(this.byShape.get(shape(word)) ?? NONE, sums);
    return lower;
  }

  private addOwn(row: number, sums: Float64Array): void {
    if (row === NONE) return;
    const pool = this.pool;
    for (let t = 0; t < NT; t++) sums[OWN * NT + t] += pool[row + t];
  }

  /** Offset in suffixSums of an ending's summed rows: its s3, s2 and s1 rows, and its ps2 and ns3 rows. */
  private suffixRows(last3: string): number {
    const found = this.bySuffix.get(last3);
    if (found !== undefined) return found;
    if (this.bySuffix.size >= SUFFIX_MEMO_LIMIT) this.bySuffix.clear();
    const at = this.bySuffix.size * SUFFIX_CELLS;
    this.suffixSums = withRoom(this.suffixSums, at + SUFFIX_CELLS);
    const rows = this.suffixSums.fill(0, at, at + SUFFIX_CELLS);
    const last2 = last3.slice(-2);
    const parts: [string, number][] = [['s3 ' + last3, SUFFIX_OWN], ['s2 ' + last2, SUFFIX_OWN], ['s1 ' + last3.slice(-1), SUFFIX_OWN],
      ['ps2 ' + last2, SUFFIX_PREV], ['ns3 ' + last3, SUFFIX_NEXT]];
    for (const [feature, part] of parts) {
      const row = this.weights.get(feature);
      if (row) for (let t = 0; t < NT; t++) rows[at + part + t] += row[t];
    }
    this.bySuffix.set(last3, at);
    return at;
  }
}
