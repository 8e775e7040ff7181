// Words kept by the POS tagger, looked up straight from a span of the text: hashing the characters
// in place costs less than slicing a string per token and hashing it again in a Map, and leaves no
// garbage. Each word gets a dense id (0, 1, 2…) in the order first seen, so its data can sit in typed
// arrays indexed by id. A slot holds the word's hash, its id, and where its characters start in one
// array of them and how many there are, so a lookup reads two cache lines (the slot's, the
// characters'), and no kept word holds on to the text it came from.
import { fnv1a } from '../../fnv.ts';
import { withRoom } from '../../growable.ts';

/** Slots to start with (a power of two); the table doubles when half full. */
const INITIAL_SLOTS = 1 << 12;
/** Characters of kept words to start with; the array doubles when full. */
const INITIAL_CHARS = 1 << 15;
/** Characters per String.fromCharCode call when a word is read back (a URL token may be long). */
const WORD_CHUNK = 4096;
/** Cells per slot (hash, id + 1, characters' start, length): four, so a slot never straddles a cache line. */
const SLOT = 4;

export class SpanTable {
  /** SLOT cells per slot: a word's hash, its id + 1 (0: the slot is empty), where its characters start, their count. */
  private slots = new Int32Array(INITIAL_SLOTS * SLOT);
  private mask = INITIAL_SLOTS - 1;
  /** The kept words' characters, one after another; word id k is chars[from[k], from[k + 1]). */
  private chars = new Uint16Array(INITIAL_CHARS);
  private from = new Int32Array(INITIAL_SLOTS / 2 + 1);
  size = 0;
  /** Whether the last findOrAdd added its word (a field, so the hot call allocates nothing). */
  isNew = false;

  /** The id of text[start, end), or -1 when it is not kept. */
  find(text: string, start: number, end: number): number {
    return this.findHashed(text, start, end, fnv1a(text, start, end));
  }

  /** The id of text[start, end), added when new: `isNew` says whether it was. */
  findOrAdd(text: string, start: number, end: number): number {
    const hash = fnv1a(text, start, end);
    const found = this.findHashed(text, start, end, hash);
    this.isNew = found < 0;
    return found >= 0 ? found : this.add(text, start, end, hash);
  }

  /** The word with this id. */
  word(id: number): string {
    let out = '';
    for (let k = this.from[id]; k < this.from[id + 1]; k += WORD_CHUNK) {
      out += String.fromCharCode(...this.chars.subarray(k, Math.min(k + WORD_CHUNK, this.from[id + 1])));
    }
    return out;
  }

  /** Forgets every word; ids start again from 0. */
  clear(): void {
    this.slots.fill(0);
    this.size = 0;
  }

  private findHashed(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots, mask = this.mask, chars = this.chars, length = end - start;
    for (let s = (hash & mask) * SLOT; ; s = (s + SLOT) & (mask * SLOT + SLOT - 1)) {
      const entry = slots[s + 1];
      if (entry === 0) return -1;
      if (slots[s] !== hash || slots[s + 3] !== length) continue;
      const at = slots[s + 2];
      let k = 0;
      while (k < length && chars[at + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return entry - 1;
    }
  }

  private add(text: string, start: number, end: number, hash: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const id = this.size++;
    this.from = withRoom(this.from, id + 2);
    const at = this.from[id];
    this.chars = withRoom(this.chars, at + end - start);
    for (let i = start; i < end; i++) this.chars[at + i - start] = text.charCodeAt(i);
    this.from[id + 1] = at + end - start;
    this.place(id, hash);
    return id;
  }

  private place(id: number, hash: number): void {
    const slots = this.slots, mask = this.mask;
    let s = (hash & mask) * SLOT;
    while (slots[s + 1] !== 0) s = (s + SLOT) & (mask * SLOT + SLOT - 1);
    slots[s] = hash;
    slots[s + 1] = id + 1;
    slots[s + 2] = this.from[id];
    slots[s + 3] = this.from[id + 1] - this.from[id];
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length / SLOT * 2 - 1;
    for (let s = 0; s < old.length; s += SLOT) if (old[s + 1] !== 0) this.place(old[s + 1] - 1, old[s]);
  }
}
