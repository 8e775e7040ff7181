// A memo of one value per word, read straight from a text's characters. Slicing each word out and
// hashing the new string for a Map costs more than the answer it looks up, for the few thousand
// words every article repeats; here the word's characters are hashed where they stand and compared
// with the stored word, and only a word not seen before is sliced out and computed.

/** Slots at start (a power of two); the table doubles when half full. */
const INITIAL_SLOTS = 1 << 12;

export class WordMemo<V> {
  private words: (string | undefined)[] = slots(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private values: (V | undefined)[] = slots(INITIAL_SLOTS);
  private size = 0;

  /** `compute` gives a word's value; past `limit` distinct words the memo starts over, so memory stays flat. */
  constructor(private readonly compute: (word: string) => V, private readonly limit: number) {}

  /** The value of the word text[start, end). */
  get(text: string, start: number, end: number): V {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.words.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let word = this.words[slot]; word !== undefined; word = this.words[slot]) {
      if (this.hashes[slot] === hash && word.length === length && sameWord(word, text, start)) return this.values[slot] as V;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const value = this.compute(word);
    if (this.size >= this.limit) this.clear();
    else if ((this.size + 1) * 2 > this.words.length) this.grow();
    this.insert(word, hash, value);
    return value;
  }

  private insert(word: string, hash: number, value: V): void {
    const mask = this.words.length - 1;
    let slot = hash & mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.size++;
  }

  private grow(): void {
    const { words, hashes, values } = this;
    this.words = slots(words.length * 2);
    this.hashes = new Int32Array(words.length * 2);
    this.values = slots(words.length * 2);
    this.size = 0;
    for (let k = 0; k < words.length; k++) if (words[k] !== undefined) this.insert(words[k]!, hashes[k], values[k] as V);
  }

  private clear(): void {
    this.words = slots(INITIAL_SLOTS);
    this.hashes = new Int32Array(INITIAL_SLOTS);
    this.values = slots(INITIAL_SLOTS);
    this.size = 0;
  }
}

/** Filled, not holey: V8 reads a packed array without looking up the prototype chain for holes. */
function slots<T>(n: number): (T | undefined)[] {
  return new Array<T | undefined>(n).fill(undefined);
}

function sameWord(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
