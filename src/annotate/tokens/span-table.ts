// Words kept by the POS tagger, looked up straight from a span of the text: hashing the characters
// in place costs less than slicing a string per token and hashing it again in a Map, and leaves no
// garbage. Each word gets a dense id (0, 1, 2…) in the order first seen, so its data can sit in typed
// arrays indexed by id.

/** Slots to start with (a power of two); the table doubles when half full. */
const INITIAL_SLOTS = 1 << 12;
/** FNV-1a's offset basis and prime: cheap per character, and mixes short words well enough. */
const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** The FNV-1a hash of text[start, end) by UTF-16 code units. */
export function spanHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

export class SpanTable {
  /** Per slot: a word's id + 1, or 0 when empty. */
  private slots = new Int32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  /** Per id: the word and its hash (kept to grow the table without rehashing text). */
  private words: string[] = [];
  private hashes = new Int32Array(INITIAL_SLOTS >>> 1);
  size = 0;

  /** The id of text[start, end), or -1 when it is not kept. */
  find(text: string, start: number, end: number): number {
    return this.findHashed(text, start, end, spanHash(text, start, end));
  }

  /** The id of text[start, end), added when new: `isNew` says whether it was. */
  findOrAdd(text: string, start: number, end: number): number {
    const hash = spanHash(text, start, end);
    const found = this.findHashed(text, start, end, hash);
    if (found >= 0) {
      this.isNew = false;
      return found;
    }
    this.isNew = true;
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    const id = this.size++;
    if (id >= this.hashes.length) {
      const hashes = new Int32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.words[id] = start === 0 && end === text.length ? text : text.slice(start, end);
    this.hashes[id] = hash;
    this.place(id, hash);
    return id;
  }

  /** Whether the last findOrAdd added its word (a field, so the hot call allocates nothing). */
  isNew = false;

  /** The word with this id. */
  word(id: number): string {
    return this.words[id];
  }

  /** Forgets every word; ids start again from 0. */
  clear(): void {
    this.slots.fill(0);
    this.words = [];
    this.size = 0;
  }

  private findHashed(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots, mask = this.mask, length = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const entry = slots[s];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] !== hash) continue;
      const word = this.words[id];
      if (word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
  }

  private place(id: number, hash: number): void {
    const slots = this.slots, mask = this.mask;
    let s = hash & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.size; id++) this.place(id, this.hashes[id]);
  }
}
