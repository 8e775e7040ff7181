// One tokenizer for aliases and article text, so "Tehrik-e-Taliban", "Tehrik e Taliban" and
// "Tehrik–e–Taliban" become the same token sequence and an alias only ever matches whole words.

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
const APOSTROPHE_CODES = new Set([0x27, 0x2019, 0x2bc, 0x2018, 0x60, 0x2bf, 0x2be]);

/** Per BMP code unit: 0 not yet asked, 1 no word character, 2 one; filled on first sight (curly quotes and dashes recur in every article). */
const BMP_WORD_CHAR = new Uint8Array(0x10000);

/** Letter, digit or combining mark; ASCII is decided without a regex (this runs per character). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD_CHAR.test(text.slice(i, i + 2));
  let known = BMP_WORD_CHAR[c];
  if (known === 0) BMP_WORD_CHAR[c] = known = NON_ASCII_WORD_CHAR.test(text[i]) ? 2 : 1;
  return known === 2;
}

/** Words of the text (a hand-written scanner: a Unicode regex costs half the match budget). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let quoted = false;
    // What fold() would look for, noted on the way: most words are lower-case ASCII and need no second pass.
    let upper = false, nonAscii = false;
    for (;;) {
      for (; i < n && isWordChar(text, i); i++) {
        const c = text.charCodeAt(i);
        if (c > 0x7f) nonAscii = true;
        else if (c <= 90 && c >= 65) upper = true;
      }
      // An apostrophe between two word characters stays inside the word (Qa'ida, Russia's).
      if (i + 1 < n && APOSTROPHE_CODES.has(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
        quoted = true;
        i++;
        continue;
      }
      break;
    }
    let word = text.slice(start, i);
    const possessive = quoted && POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const raw = quoted ? word.replace(APOSTROPHES, '') : word;
    if (!raw) continue;
    // Unquoted, raw is the scanned word itself, so the flags above are fold()'s own.
    const norm = quoted || nonAscii ? fold(raw) : upper ? raw.toLowerCase() : raw;
    out.push({ start, end: start + word.length, raw, norm, possessive });
  }
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
const NAME_GAP_CODES = new Set([...' \t\u00a0-‐‑‒–—―./\'’&'].map((c) => c.charCodeAt(0)));
/** Longer gaps are punctuation runs or line breaks, not one name ("ISIS.\n\nK"). */
const MAX_NAME_GAP = 3;

/** Whether the text between two tokens can sit inside one name. */
export function isNameGap(text: string, from: number, to: number): boolean {
  if (to - from > MAX_NAME_GAP) return false;
  // Read by char code, not a regex on a slice: this runs after every word a KB name starts with.
  for (let k = from; k < to; k++) if (!NAME_GAP_CODES.has(text.charCodeAt(k))) return false;
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
