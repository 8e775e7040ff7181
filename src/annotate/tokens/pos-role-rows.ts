// A word's weight rows per role (pos-features.ts roleFeatures), read without building its feature
// strings. On news never seen before most words are new to the tagger, and building thirteen
// strings ("w bombing", "s3 ing", "pw bombing"…) and hashing each in the weights map was most of
// tagging. Here the features keyed by the whole word (w, pw, ppw, nw, nnw) sit in one map by the
// lowercased word, holding all five roles' rows; those keyed by its last three letters (s3, s2, s1,
// ps2, ns3) are summed once per suffix; prefix and shape rows are keyed by the bare prefix and shape.
// The weights are integers, so the sums are exact in any order: every entry equals roleFeatures'.
import { AFTER, AS_NEXT, AS_NEXT2, AS_PREV, AS_PREV2, BEFORE, OWN, ROLES, TAG_COUNT, shape } from './pos-features.ts';
import type { PosWeights } from './pos-weights.ts';

const NT = TAG_COUNT;
/** The role of each whole-word feature kind. */
const WORD_ROLE = new Map([['w', OWN], ['pw', AS_PREV], ['ppw', AS_PREV2], ['nw', AS_NEXT], ['nnw', AS_NEXT2]]);
/** Suffix sums kept; past this the memo starts again (English news has a few thousand three-letter endings). */
const SUFFIX_MEMO_LIMIT = 20_000;
/** A suffix sum's rows: its own-role row (s3 + s2 + s1), then as the word before (ps2), then after (ns3). */
const SUFFIX_OWN = 0, SUFFIX_PREV = NT, SUFFIX_NEXT = 2 * NT, SUFFIX_CELLS = 3 * NT;

function addRow(row: Float32Array | undefined, into: Float64Array, at: number): void {
  if (row) for (let t = 0; t < NT; t++) into[at + t] += row[t];
}

export class RoleRows {
  /** Lowercased word → its ROLES rows of whole-word features (zeros where it has none). */
  private readonly byWord = new Map<string, Float32Array>();
  private readonly byPrefix = new Map<string, Float32Array>();
  private readonly byShape = new Map<string, Float32Array>();
  /** Last three letters (fewer for a shorter word) → their SUFFIX_CELLS summed rows. */
  private readonly bySuffix = new Map<string, Float32Array>();
  private readonly bias: Float32Array | undefined;

  constructor(private readonly weights: PosWeights) {
    this.bias = weights.get('b');
    for (const [feature, row] of weights) {
      const space = feature.indexOf(' ');
      if (space < 0) continue;
      const kind = feature.slice(0, space), key = feature.slice(space + 1);
      const role = WORD_ROLE.get(kind);
      if (role !== undefined) {
        let rows = this.byWord.get(key);
        if (!rows) this.byWord.set(key, (rows = new Float32Array(ROLES * NT)));
        rows.set(row, role * NT);
      } else if (kind === 'p2') this.byPrefix.set(key, row);
      else if (kind === 'sh') this.byShape.set(key, row);
    }
  }

  /**
   * Adds the rows of every feature of `word` in every role to `sums` (ROLES rows of TAG_COUNT), as
   * roleFeatures names them; returns the word lowercased, as they read it.
   */
  addTo(word: string, sums: Float64Array): string {
    const lower = word === BEFORE || word === AFTER ? word : word.toLowerCase();
    const own = OWN * NT, prev = AS_PREV * NT, next = AS_NEXT * NT;
    const whole = this.byWord.get(lower);
    if (whole) for (let k = 0; k < ROLES * NT; k++) sums[k] += whole[k];
    const suffix = this.suffixRows(lower.slice(-3));
    for (let t = 0; t < NT; t++) {
      sums[own + t] += suffix[SUFFIX_OWN + t];
      sums[prev + t] += suffix[SUFFIX_PREV + t];
      sums[next + t] += suffix[SUFFIX_NEXT + t];
    }
    addRow(this.bias, sums, own);
    addRow(this.byPrefix.get(lower.slice(0, 2)), sums, own);
    addRow(this.byShape.get(shape(word)), sums, own);
    return lower;
  }

  /** The summed suffix rows of an ending: its s3, s2 and s1 rows, and its ps2 and ns3 rows. */
  private suffixRows(last3: string): Float32Array {
    let rows = this.bySuffix.get(last3);
    if (rows) return rows;
    if (this.bySuffix.size >= SUFFIX_MEMO_LIMIT) this.bySuffix.clear();
    rows = new Float32Array(SUFFIX_CELLS);
    const last2 = last3.slice(-2);
    const parts: [string, number][] = [['s3 ' + last3, SUFFIX_OWN], ['s2 ' + last2, SUFFIX_OWN], ['s1 ' + last3.slice(-1), SUFFIX_OWN],
      ['ps2 ' + last2, SUFFIX_PREV], ['ns3 ' + last3, SUFFIX_NEXT]];
    for (const [feature, at] of parts) {
      const row = this.weights.get(feature);
      if (row) for (let t = 0; t < NT; t++) rows[at + t] += row[t];
    }
    this.bySuffix.set(last3, rows);
    return rows;
  }
}
