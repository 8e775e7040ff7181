// One way to turn a place name into a lookup key, shared by the gazetteer build and the resolver,
// so "Gorno-Badakhshan", "Gorno Badakhshan" and "GORNO-BADAKHSHAN" meet at the same key.
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../fnv.ts';
import { withRoom } from '../growable.ts';

/** Possessive endings ("Moscow's suburbs", "Tajikistan’s border") drop before matching. */
const POSSESSIVE = /['’]s(?=$|[^\p{L}\p{N}])/gu;
const APOSTROPHES = /['’`´ʼ]/g;
const DIACRITICS = /\p{M}/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Plain ASCII words (most of English text) need only lower-casing: every other step leaves them as they are. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** Abbreviated name words spelt out, so "St. George", "Ft. Worth" and "Mt. Vernon" meet their full names. */
const SPELT_OUT = new Map([['st', 'saint'], ['ste', 'sainte'], ['ft', 'fort'], ['mt', 'mount']]);
/**
 * A Map, not an object: an object's keyed read makes V8 intern each fresh word first, and reads
 * inherited names too (the word "constructor" came out as the Object function).
 */
const spell = (word: string) => SPELT_OUT.get(word) ?? word;

/**
 * ASCII with no apostrophe or backquote (most names the resolver looks up: "Santa Maria", "Gorno-Badakhshan"):
 * with no possessive, no decomposable letter and no mark, only lower-casing and the separators act on it.
 */
const PLAIN_ASCII_NAME = /^[^'`\u0080-\uffff]*$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * One word of ASCII letters and digits with inner apostrophes ("didn't", "Taliban’s", "O'Neill"): the
 * scanner meets a few in every article. Only the possessives, the apostrophes and the lower-casing act
 * on it; a possessive can only stand at its end or before another apostrophe (POSSESSIVE's lookahead).
 */
const APOSTROPHE_WORD = /^[A-Za-z0-9]+(?:['’][A-Za-z]+)+$/;
const WORD_POSSESSIVE = /['’]s(?=['’]|$)/g;
const WORD_APOSTROPHES = /['’]/g;

/** Lower case, no diacritics, no possessive, punctuation and dashes become single spaces. */
export function normalizeName(name: string): string {
  if (PLAIN_WORD.test(name)) return spell(name.toLowerCase());
  if (PLAIN_ASCII_NAME.test(name)) {
    const words = name.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
    return words.split(' ').map(spell).join(' ');
  }
  if (APOSTROPHE_WORD.test(name)) return spell(name.replace(WORD_POSSESSIVE, '').replace(WORD_APOSTROPHES, '').toLowerCase());
  return normalizeNameFully(name);
}

/** normalizeName with every step applied (the short ways above give the same for the names they take). */
export function normalizeNameFully(name: string): string {
  const words = name
    .replace(POSSESSIVE, '')
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .trim();
  return words.split(' ').map(spell).join(' ');
}

export interface Token {
  /** Normalised form, as normalizeName would give for the word alone. */
  norm: string;
  start: number;
  end: number;
  /** First letter is upper case in the text (proper-noun evidence). */
  capitalized: boolean;
}

/** A word: letters/digits, with inner apostrophes, and a trailing possessive kept in the span. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

/** WORD as a search from a set position, for the words the ASCII scan below cannot finish alone. */
const WORD_FROM = new RegExp(WORD.source, 'gu');

/** [A-Za-z0-9]: the ASCII code units that can start or continue a WORD. */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const APOSTROPHE = 39;

/** Words a table holds before it first grows: a long article's worth. */
const INITIAL_TOKENS = 4096;

/**
 * The words of one text as parallel arrays: the scanner reads every word of every article, and one
 * object per word was most of what it allocated. A table is refilled by each tokenizeInto call; its
 * words are the first `length` of each array (norms keeps an earlier, longer text's tail, so the
 * array is not cut and grown again for every article).
 */
export class TokenTable {
  norms: string[] = [];
  starts = new Int32Array(INITIAL_TOKENS);
  ends = new Int32Array(INITIAL_TOKENS);
  /** 1 where the word's first letter is upper case. */
  capitalized = new Uint8Array(INITIAL_TOKENS);
  length = 0;
  /**
   * The numbers of the words a sieve listed (all words without one), in order: a quarter of a news
   * text's words, and the only ones a name or a type word can be, so the scanner visits just these.
   */
  listed = new Int32Array(INITIAL_TOKENS);
  listedCount = 0;

  push(norm: string, start: number, end: number, capitalized: boolean): void {
    if (this.length === this.starts.length) this.grow();
    if (norm !== UNLISTED_WORD) this.listed[this.listedCount++] = this.length;
    this.norms[this.length] = norm;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.capitalized[this.length] = capitalized ? 1 : 0;
    this.length++;
  }

  private grow(): void {
    const size = this.length + 1;
    this.starts = withRoom(this.starts, size);
    this.ends = withRoom(this.ends, size);
    this.capitalized = withRoom(this.capitalized, size);
    this.listed = withRoom(this.listed, size);
  }
}

/** The normal form given to a word that a WordSieve rules out: no name's word, and no word at all. */
export const UNLISTED_WORD = '\u0000';

/** Bits in a WordSieve: a few thousand name words leave most of them clear, so few other words get through. */
const SIEVE_BITS = 1 << 18;

/** FNV-1a (fnv.ts) folded in as the scan reads a word: the sieve's words are hashed by fnv1a to the same values. */
const hashStep = (h: number, c: number) => Math.imul(h ^ c, FNV_PRIME);
const HASH_START = FNV_OFFSET | 0;
/** Lower case for [A-Za-z0-9]: digits already have the 32 bit. */
const LOWER_BIT = 32;

/** Slots per listed word in a WordSieve's hash table: at most half full, so a listed word is found in a slot or two. */
const SLOTS_PER_WORD = 2;

/**
 * The lower-cased words a caller looks up (and the abbreviations spelt out to them). A plain ASCII
 * word is found by its hash: a clear bit rules it out at once, a set bit is checked letter by letter
 * against the words of that hash. tokenizeInto gives a listed word the listed string's normal form
 * (no new string per word, its hash already known to Maps) and any other word UNLISTED_WORD.
 * A quarter of a news text's words pass the bits ("the", "of", "new"…): they are found in an
 * open-addressed table of typed arrays, which costs less per word than a Map keyed by the hash.
 */
export class WordSieve {
  private readonly bits = new Uint32Array(SIEVE_BITS / 32);
  /** Per slot, the listed word's number plus one (0: an empty slot), and that word's hash; probed linearly. */
  private readonly wordOfSlot: Int32Array;
  private readonly hashOfSlot: Int32Array;
  private readonly listed: string[] = [];
  /** Each listed word's normal form (abbreviations spelt out), found once here rather than per word of text. */
  private readonly norms: string[] = [];

  constructor(words: Iterable<string>) {
    const unique = new Set([...words, ...SPELT_OUT.keys()]);
    let size = 1;
    while (size < SLOTS_PER_WORD * unique.size) size *= 2;
    this.wordOfSlot = new Int32Array(size);
    this.hashOfSlot = new Int32Array(size);
    for (const word of unique) {
      const h = fnv1a(word, 0, word.length);
      const bit = h & (SIEVE_BITS - 1);
      this.bits[bit >>> 5] |= 1 << (bit & 31);
      this.listed.push(word);
      this.norms.push(spell(word));
      let slot = h & (size - 1);
      while (this.wordOfSlot[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.wordOfSlot[slot] = this.listed.length;
      this.hashOfSlot[slot] = h;
    }
  }

  /** The normal form of text[from, to), plain ASCII letters and digits hashed (lower-cased) to `h`, or UNLISTED_WORD. */
  normOf(text: string, from: number, to: number, h: number): string {
    const bit = h & (SIEVE_BITS - 1);
    if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return UNLISTED_WORD;
    const wordOfSlot = this.wordOfSlot;
    const mask = wordOfSlot.length - 1;
    for (let slot = h & mask; wordOfSlot[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.hashOfSlot[slot] !== h) continue;
      const word = this.listed[wordOfSlot[slot] - 1];
      if (word.length !== to - from) continue;
      let k = 0;
      while (k < word.length && (text.charCodeAt(from + k) | LOWER_BIT) === word.charCodeAt(k)) k++;
      if (k === word.length) return this.norms[wordOfSlot[slot] - 1];
    }
    return UNLISTED_WORD;
  }
}

/** Words of the text with their offsets (tokenizeInto, as objects). */
export function tokenize(text: string): Token[] {
  const table = tokenizeInto(text, new TokenTable());
  const out: Token[] = [];
  for (let k = 0; k < table.length; k++) {
    out.push({ norm: table.norms[k], start: table.starts[k], end: table.ends[k], capitalized: table.capitalized[k] === 1 });
  }
  return out;
}

/**
 * Fills `table` with the words of the text and their offsets, split the same way normalizeName
 * splits names; with a `sieve`, plain ASCII words it does not list get UNLISTED_WORD as their form. Plain ASCII words (most of an English text) are read by a character scan, without
 * a regex match or normalizeName's checks; anything else near a word (an apostrophe, a non-ASCII
 * letter, mark or digit) is left to WORD itself, searched from where the scan stands, so the words
 * are WORD's.
 */
export function tokenizeInto(text: string, table: TokenTable, sieve?: WordSieve): TokenTable {
  table.length = 0;
  table.listedCount = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiWordChar(c)) {
      i++;
      continue;
    }
    if (c < 128) {
      let h = hashStep(HASH_START, c | LOWER_BIT);
      let k = i + 1;
      for (let d: number; k < n && isAsciiWordChar((d = text.charCodeAt(k))); k++) h = hashStep(h, d | LOWER_BIT);
      const next = k < n ? text.charCodeAt(k) : 0;
      if (next < 128 && next !== APOSTROPHE) {
        const norm = sieve ? sieve.normOf(text, i, k, h) : spell(text.slice(i, k).toLowerCase());
        table.push(norm, i, k, c >= 65 && c <= 90);
        i = k;
        continue;
      }
    }
    // Non-ASCII here or right after an ASCII run: WORD finds the next word from i, as a scan of the whole text would.
    WORD_FROM.lastIndex = i;
    const m = WORD_FROM.exec(text);
    if (!m) break;
    pushWord(table, m[0], m.index);
    i = m.index + m[0].length;
  }
  return table;
}

function pushWord(table: TokenTable, word: string, start: number): void {
  const norm = normalizeName(word);
  if (!norm) return;
  const first = word[0];
  table.push(norm, start, start + word.length, first !== first.toLowerCase());
}
