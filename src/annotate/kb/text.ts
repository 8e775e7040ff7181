// One tokenizer for aliases and article text, so "Tehrik-e-Taliban", "Tehrik e Taliban" and
// "Tehrik–e–Taliban" become the same token sequence and an alias only ever matches whole words.
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../../fnv.ts';

/** A word of the text: letters and digits, with in-word apostrophes folded away ("Qa'ida" → "qaida"). */
export interface Token {
  start: number;
  /** End of the word itself; a possessive "’s" after it is left outside. */
  end: number;
  /** As written, apostrophes removed: the case rules compare against this. */
  raw: string;
  /** Lower case, accents stripped: the trie key. */
  norm: string;
  /** Followed by a possessive "’s", which ends any name running through it. */
  possessive: boolean;
}

const APOSTROPHES = /['’ʼ‘`ʿʾ]/g;
/** A trailing apostrophe + s is the English possessive, not part of the name. */
const POSSESSIVE = /['’ʼ‘`]s$/i;
const COMBINING_MARKS = /\p{M}+/gu;

/** Lower case without accents: "Tojikiston", "Tojikistón" and "TOJIKISTON" give the same key. */
export function fold(word: string): string {
  // Read once by char code (this runs per word of every article): lower-case ASCII comes back as is.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** What BMP_WORD_CHAR says of a code unit. */
const UNKNOWN = 0, NOT_WORD = 1, WORD = 2, PAIR = 3;
/**
 * Per BMP code unit: UNKNOWN (not yet asked), NOT_WORD, WORD, or PAIR for a high surrogate, which the
 * pair it opens decides. ASCII is set here, the rest on first sight (curly quotes and dashes recur in
 * every article): one read per character, as this runs per character.
 */
const BMP_WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) BMP_WORD_CHAR[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? WORD : NOT_WORD;
BMP_WORD_CHAR.fill(PAIR, 0xd800, 0xdc00);

/** Letter, digit or combining mark. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const known = BMP_WORD_CHAR[c];
  if (known === WORD) return true;
  if (known === NOT_WORD) return false;
  if (known === PAIR) return NON_ASCII_WORD_CHAR.test(text.slice(i, i + 2));
  const word = NON_ASCII_WORD_CHAR.test(text[i]);
  BMP_WORD_CHAR[c] = word ? WORD : NOT_WORD;
  return word;
}

/** The apostrophes that may stand inside a word (APOSTROPHES' code units): compared, as this runs after every word. */
function isApostrophe(c: number): boolean {
  if (c < 0x27) return false;
  return c === 0x27 || c === 0x60 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2bf || c === 0x2be;
}

/** WordScan flags: an apostrophe inside the word, an ASCII capital, a non-ASCII character. */
const QUOTED = 1, UPPER = 2, NON_ASCII = 4;
/** FNV-1a hash (fnv.ts) of a string's UTF-16 code units, unsigned: the hash of a word's trie key. */
export function keyHash(s: string): number {
  return fnv1a(s, 0, s.length) >>> 0;
}

/**
 * The words of one text, found by one scan and kept as positions, flags and the hash of each word's
 * trie key (Token.norm) in reused typed arrays: a Token, with its strings, is built only for the
 * words asked about (the KB matcher asks about the few whose key may open an alias).
 */
export class WordScan {
  count = 0;
  /** Where word k starts, and where the scan went on after it (past a possessive's mark too). */
  start = new Int32Array(256);
  stop = new Int32Array(256);
  /** keyHash(token(k).norm). */
  normHash = new Uint32Array(256);
  private flags = new Uint8Array(256);

  /** Finds the words of text, as tokenize() does. */
  scan(text: string): void {
    const n = text.length, table = BMP_WORD_CHAR;
    let i = 0, count = 0;
    while (i < n) {
      if (!isWordChar(text, i)) {
        i++;
        continue;
      }
      const start = i;
      // What fold() would look for, noted on the way: most words are lower-case ASCII and need no
      // second pass. The hash is the key's while the word stays plain ASCII.
      let flags = 0, h = FNV_OFFSET;
      for (;;) {
        for (; i < n; i++) {
          const c = text.charCodeAt(i);
          const known = table[c];
          if (known !== WORD && (known === NOT_WORD || !isWordChar(text, i))) break;
          if (c > 0x7f) flags |= NON_ASCII;
          else if (c <= 90 && c >= 65) {
            flags |= UPPER;
            h = Math.imul(h ^ (c + 32), FNV_PRIME);
            continue;
          }
          h = Math.imul(h ^ c, FNV_PRIME);
        }
        // An apostrophe between two word characters stays inside the word (Qa'ida, Russia's).
        if (i + 1 < n && isApostrophe(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
          flags |= QUOTED;
          i++;
          continue;
        }
        break;
      }
      if (count === this.start.length) this.grow();
      this.start[count] = start;
      this.stop[count] = i;
      this.flags[count] = flags;
      if (flags & (QUOTED | NON_ASCII)) {
        // Rare: the key is read from the token itself; a word of apostrophes alone is no word.
        const t = this.token(text, count);
        if (!t.raw) continue;
        this.normHash[count] = keyHash(t.norm);
      } else this.normHash[count] = h >>> 0;
      count++;
    }
    this.count = count;
  }

  /** Word k is ASCII without apostrophes: its key is the word in lower case, and it is no possessive. */
  plain(k: number): boolean {
    return (this.flags[k] & (QUOTED | NON_ASCII)) === 0;
  }

  /** The Token of word k of the text last scanned. */
  token(text: string, k: number): Token {
    const start = this.start[k], flags = this.flags[k], quoted = (flags & QUOTED) !== 0;
    let word = text.slice(start, this.stop[k]);
    const possessive = quoted && POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const raw = quoted ? word.replace(APOSTROPHES, '') : word;
    // Unquoted, raw is the scanned word itself, so the flags are fold()'s own.
    const norm = quoted || flags & NON_ASCII ? fold(raw) : flags & UPPER ? raw.toLowerCase() : raw;
    return { start, end: start + word.length, raw, norm, possessive };
  }

  private grow(): void {
    const c = this.start.length * 2;
    const start = new Int32Array(c), stop = new Int32Array(c), normHash = new Uint32Array(c), flags = new Uint8Array(c);
    start.set(this.start);
    stop.set(this.stop);
    normHash.set(this.normHash);
    flags.set(this.flags);
    this.start = start;
    this.stop = stop;
    this.normHash = normHash;
    this.flags = flags;
  }
}

/** Tokens by index: a whole array, or a text's words built as they are asked for (TokenWindow). */
export interface Tokens {
  at(k: number): Token | undefined;
}

/**
 * The tokens of a text scanned into a WordScan from index `from` on, each built when first asked
 * for: the matcher reads only the words of a possible alias and the two around it. Past either end
 * there is no token.
 */
export class TokenWindow implements Tokens {
  private text = '';
  private from = 0;
  private readonly built: Token[] = [];
  /** built[k] holds a token of the current window only when builtIn[k] is its stamp: no clearing between windows. */
  private builtIn = new Int32Array(16);
  private stamp = 0;

  constructor(private readonly words: WordScan) {}

  /** Starts over at word `from` of text (scanned into words). */
  reset(text: string, from: number): void {
    this.text = text;
    this.from = from;
    this.stamp++;
  }

  at(k: number): Token | undefined {
    if (k < this.from || k >= this.words.count) return undefined;
    const slot = k - this.from;
    if (slot >= this.builtIn.length) {
      const grown = new Int32Array(2 * slot);
      grown.set(this.builtIn);
      this.builtIn = grown;
    }
    if (this.builtIn[slot] !== this.stamp) {
      this.built[slot] = this.words.token(this.text, k);
      this.builtIn[slot] = this.stamp;
    }
    return this.built[slot];
  }
}

/**
 * tokenize()'s scan, reused: names never seen before are resolved by tokenising them, a few dozen
 * per unseen report, and a WordScan's four typed arrays cost more to make than the scan of a name.
 * tokenize builds all its tokens before it returns, so one scan at a time is all it needs.
 */
const scratch = new WordScan();

/** Words of the text (a hand-written scanner: a Unicode regex costs half the match budget). */
export function tokenize(text: string): Token[] {
  const words = scratch;
  words.scan(text);
  const out: Token[] = [];
  for (let k = 0; k < words.count; k++) out.push(words.token(text, k));
  return out;
}

/** A possessive inside a name ("Russia's Defence Ministry") is its own trie step. */
export const POSSESSIVE_MARK = "'s";

/** The trie keys of a name's tokens: a possessive before a further word keeps its mark. */
export function tokenKeys(tokens: Token[]): string[] {
  return tokens.map((t, i) => (t.possessive && i < tokens.length - 1 ? t.norm + POSSESSIVE_MARK : t.norm));
}

/** The lookup key of a name: its folded tokens joined by spaces ("ISIS–K" → "isis k"). */
export function aliasKey(name: string): string {
  return tokenKeys(tokenize(name)).join(' ');
}

/** Characters allowed between two words of one name: spaces, hyphens/dashes, dots, slashes, apostrophes. */
const NAME_GAP_CHARS = ' \t\u00a0-‐‑‒–—―./\'’&';
/** NAME_GAP_CHARS as a table by code unit (all lie below U+2100): one read per character, not a Set lookup. */
const NAME_GAP_CODES = new Uint8Array(0x2100);
for (const c of NAME_GAP_CHARS) NAME_GAP_CODES[c.charCodeAt(0)] = 1;
/** Longer gaps are punctuation runs or line breaks, not one name ("ISIS.\n\nK"). */
const MAX_NAME_GAP = 3;

/** Whether the text between two tokens can sit inside one name. */
export function isNameGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_NAME_GAP) return false;
  // Read by char code, not a regex on a slice: this runs after every word a KB name starts with.
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= NAME_GAP_CODES.length || !NAME_GAP_CODES[c]) return false;
  }
  return true;
}

/** Upper-case first letter (digits count as capitalised: "201st"). */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() || /\p{N}/u.test(c);
}

/** All letters upper case and at least two of them: an acronym or a shouted headline word. */
export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
