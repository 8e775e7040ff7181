// Word kinds of short words, keyed by the word itself packed into two integers. A word of chrono-
// scope's scan is made of ASCII letters, digits and "_" (63 characters), so each character fits
// six bits and a word of up to ten characters fits two 30-bit halves exactly: the key is the word,
// not a hash of it, and a lookup reads one slot (one cache line) instead of a hash slot, the
// word's stored characters and its kind apart, as the span table does. Most words of news are short.

/** A word character's six-bit code (0: not a word character): digits 1-10, then letters and "_". */
export const WORD_CODES = new Uint8Array(128);
/** Codes up to this one are digits. */
export const LAST_DIGIT_CODE = 10;
{
  let code = 1;
  for (const c of '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_') WORD_CODES[c.charCodeAt(0)] = code++;
}
/** Characters per 30-bit half of a key. */
export const HALF_CHARS = 5;
/** The longest word kept here; longer ones go to the span table. */
export const SHORT_WORD = 2 * HALF_CHARS;
const KEY_BITS = 0x3fffffff;
/** Slots to start with (a power of two); the table doubles when half full. */
const INITIAL_SLOTS = 1 << 12;

/**
 * Small values (0-7) by packed word: slot s holds `first | (value & 3) << 30` and `second | (value >> 2) << 30`,
 * where `first` packs the word's first five codes and `second` the next five. A word's first code is
 * never 0, so an empty slot is one whose first cell is 0.
 */
export class ShortWords {
  private cells = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  size = 0;

  /** The value kept for the word packed as (first, second), or -1. */
  get(first: number, second: number): number {
    const cells = this.cells, mask = this.mask;
    for (let s = slotOf(first, second, mask); ; s = (s + 1) & mask) {
      const a = cells[2 * s];
      if (a === 0) return -1;
      const b = cells[2 * s + 1];
      if ((a & KEY_BITS) === first && (b & KEY_BITS) === second) return (a >>> 30) | ((b >>> 30) << 2);
    }
  }

  /** Keeps `value` (0-7) for a word not yet kept. */
  add(first: number, second: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    this.place(first | ((value & 3) << 30), second | ((value >> 2) << 30));
    this.size++;
  }

  clear(): void {
    this.cells.fill(0);
    this.size = 0;
  }

  private place(a: number, b: number): void {
    const cells = this.cells, mask = this.mask;
    let s = slotOf(a & KEY_BITS, b & KEY_BITS, mask);
    while (cells[2 * s] !== 0) s = (s + 1) & mask;
    cells[2 * s] = a;
    cells[2 * s + 1] = b;
  }

  private grow(): void {
    const old = this.cells;
    this.cells = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(old[s], old[s + 1]);
  }
}

/** A slot for the key: the two halves mixed by multiplication, high bits folded down. */
function slotOf(first: number, second: number, mask: number): number {
  const h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}
