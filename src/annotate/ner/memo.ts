// Small direct-mapped memos of summed weight rows, for features that take few values: a token's
// few-valued features are read from a table that stays in the CPU's cache rather than probed in
// the large weight table each time. Keys are compared whole, so a memo never mixes two keys up.
import { TAG_COUNT } from './labels.ts';

/** Module-local copy: imported bindings cost a getter call in hot loops. */
const NT = TAG_COUNT;

/**
 * Summed rows keyed by up to KEY_WORDS uint32 values. A miss asks fill() for the key's row; a slot
 * holds the last key that landed on it.
 */
export class RowMemo {
  static readonly KEY_WORDS = 4;
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly filled: Uint8Array;
  /** Summed rows, NT int32s a slot; rowOf gives the offset of a key's. */
  readonly rows: Int32Array;
  private readonly row = new Float64Array(NT);

  /**
   * bits: log2 of the slot count. fill(key, row) writes into row (zeroed) the summed scores the
   * key stands for, from key[0 .. KEY_WORDS).
   */
  constructor(bits: number, private readonly fill: (key: Uint32Array, row: Float64Array) => void) {
    this.mask = (1 << bits) - 1;
    this.keys = new Uint32Array(RowMemo.KEY_WORDS << bits);
    this.filled = new Uint8Array(1 << bits);
    this.rows = new Int32Array(NT << bits);
  }

  private readonly key = new Uint32Array(RowMemo.KEY_WORDS);

  /** Offset in rows of the summed row of key (a, b, c, d), filled on a miss. */
  rowOf(a: number, b: number, c: number, d: number): number {
    // Any spread of the key will do for a slot: equality is checked on the whole key.
    const slot = (Math.imul(a ^ Math.imul(b, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b) ^ Math.imul(d, 0xc2b2ae35), 0x27d4eb2d) >>> 16 ^ a) & this.mask;
    const keys = this.keys, k = slot * RowMemo.KEY_WORDS, rows = this.rows, at = slot * NT;
    if (!this.filled[slot] || keys[k] !== a >>> 0 || keys[k + 1] !== b >>> 0 || keys[k + 2] !== c >>> 0 || keys[k + 3] !== d >>> 0) {
      keys[k] = a;
      keys[k + 1] = b;
      keys[k + 2] = c;
      keys[k + 3] = d;
      this.key.set(keys.subarray(k, k + RowMemo.KEY_WORDS));
      const row = this.row;
      row.fill(0);
      this.fill(this.key, row);
      for (let t = 0; t < NT; t++) rows[at + t] = row[t];
      this.filled[slot] = 1;
    }
    return at;
  }
}

/**
 * Summed rows keyed by a list of up to MAX_KEY uint32 values (a token's shape context and its
 * few-valued features): one probe and one row add stand for the whole list. A miss asks fill()
 * for the key's row; a slot holds the last key that landed on it.
 */
export class ListMemo {
  /**
   * Longest key kept: a token's shape context (4 words) and up to 5 few-valued features (most
   * tokens have fewer; a longer key keeps its first 9 words here and adds the rest one by one).
   */
  static readonly MAX_KEY = 9;
  /**
   * Slot layout in int32s: key length, MAX_KEY key words, the NT sums. Kept small: a memo of 128-byte
   * slots measured slower on news text, as it crowds the weight table out of the CPU's cache.
   */
  private static readonly ROW_AT = 1 + ListMemo.MAX_KEY;
  private static readonly STRIDE = ListMemo.ROW_AT + NT;
  private readonly shift: number;
  /** Slots; rowOf gives the offset of a key's summed row. */
  readonly slots: Int32Array;
  private readonly row = new Float64Array(NT);

  /**
   * bits: log2 of the slot count. fill(key, length, row) writes into row (zeroed) the summed scores
   * the key stands for, from key[0 .. length).
   */
  constructor(bits: number, private readonly fill: (key: Uint32Array, length: number, row: Float64Array) => void) {
    this.shift = 32 - bits;
    this.slots = new Int32Array(ListMemo.STRIDE << bits);
  }

  /** Offset in slots of the summed row of key[0 .. length) (length ≤ MAX_KEY), filled on a miss. */
  rowOf(key: Uint32Array, length: number): number {
    let h = length;
    for (let k = 0; k < length; k++) h = Math.imul(h ^ key[k], 0x9e3779b1) ^ (h >>> 15);
    const slots = this.slots, at = (Math.imul(h, 0x85ebca6b) >>> this.shift) * ListMemo.STRIDE;
    // Length 0 marks an empty slot: keys are never empty (the shape context is always there).
    let same = slots[at] === length;
    for (let k = 0; same && k < length; k++) same = slots[at + 1 + k] === (key[k] | 0);
    const r = at + ListMemo.ROW_AT;
    if (!same) {
      slots[at] = length;
      for (let k = 0; k < length; k++) slots[at + 1 + k] = key[k];
      const row = this.row;
      row.fill(0);
      this.fill(key, length, row);
      for (let t = 0; t < NT; t++) slots[r + t] = row[t];
    }
    return r;
  }
}

/**
 * RowMemo for a single feature hash as the key: its low bits pick the slot, as they do the table's
 * bucket. A class of its own, not a RowMemo with three zero key words, because it sits on the
 * per-token path where one compare and no slot hashing is the point.
 */
export class FeatureMemo {
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly filled: Uint8Array;
  private readonly rows: Int32Array;
  private readonly row = new Float64Array(NT);

  /** fill(feature, row) writes the feature's weights into row (zeroed). */
  constructor(bits: number, private readonly fill: (feature: number, row: Float64Array) => void) {
    this.mask = (1 << bits) - 1;
    this.keys = new Uint32Array(1 << bits);
    this.filled = new Uint8Array(1 << bits);
    this.rows = new Int32Array(NT << bits);
  }

  /** Adds the feature's row into s[to .. to + NT) (a scratch row, or the tagger's integer score rows). */
  add(feature: number, s: Float64Array | Int32Array, to: number): void {
    const slot = feature & this.mask, rows = this.rows, at = slot * NT;
    if (!this.filled[slot] || this.keys[slot] !== feature) {
      const row = this.row;
      row.fill(0);
      this.fill(feature, row);
      for (let t = 0; t < NT; t++) rows[at + t] = row[t];
      this.keys[slot] = feature;
      this.filled[slot] = 1;
    }
    for (let t = 0; t < NT; t++) s[to + t] += rows[at + t];
  }
}
