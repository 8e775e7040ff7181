// What the tagger reads of a token string alone (hashes, shape, flags, affixes, capitalisation),
// computed once per distinct word and kept: news text repeats its words, and each costs several
// case conversions, regex replaces and string hashes. Pure functions of the word, so training and
// tagging see exactly the values they would compute afresh.
import { hashString } from './hash.ts';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from '../../fnv.ts';
import { gazKey } from './gazetteer.ts';
import { ORG_HEADS } from './runs.ts';

/** Longest prefix/suffix length used as a feature. */
export const MAX_AFFIX = 4;
/**
 * Distinct words kept; the cache is emptied when it grows past this (an entry is ~0.3 KB; a tagger
 * keeps each word's ~0.7 KB of summed scores in an arena of its own, as bounded: under ~100 MB in all).
 */
const MAX_CACHED_WORDS = 100_000;

export const F_INIT_CAP = 1, F_ALL_CAPS = 2, F_HAS_DIGIT = 4, F_HAS_HYPHEN = 8, F_HAS_PERIOD = 16;
export const F_NO_LETTER = 32, F_FIRST = 64, F_CAPS_SENTENCE = 128, F_ALL_DIGIT = 256;

export interface WordInfo {
  /** The word itself: one string per distinct word, whatever text it was read from. */
  readonly word: string;
  /** The word's length in UTF-16 code units. */
  readonly length: number;
  /** gazKey(word): the lowercase lookup form shared by gazetteers and document statistics. */
  readonly key: string;
  /** The word is its own gazKey (written in lowercase). */
  readonly isKey: boolean;
  /**
   * Hashes of the folded lowercase form, the raw word, its shape and its gazKey, as signed ints (the
   * same bits: every reader XORs, multiplies, masks or stores them in a typed array): an unsigned
   * value past 2^31 would be a heap number of its own, one more cache miss per read.
   */
  readonly lower: number;
  readonly raw: number;
  readonly shape: number;
  readonly gaz: number;
  /** wordFlags(word): F_* bits other than the position ones (F_FIRST, F_CAPS_SENTENCE). */
  readonly flags: number;
  /** Prefix hashes of length 1..MAX_AFFIX at [0, MAX_AFFIX), suffix hashes after; 0 past the word. */
  readonly affixes: Uint32Array;
  /** The lowercase word heads organisation names (runs.ts ORG_HEADS). */
  readonly orgHead: boolean;
  /** Document-feature predicates: has a letter, starts with an upper-case letter, is an acronym-like ALL CAPS. */
  readonly hasLetter: boolean;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
  /**
   * Where a tagger keeps the word's summed scores (an offset in its arena, score-cache.ts), and which
   * arena they belong to: held here, they cost no lookup.
   */
  scoresAt: number;
  scoresOwner: object | null;
  /** GazetteerSet.firstEntry of the word's gazKey, and which set it belongs to (kept as scores are). */
  gazFirst: number;
  gazOwner: object | null;
}

/** Short word shape: X for upper, x for lower, d for digit, other chars kept; runs collapsed. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    let s: string;
    if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c.toLowerCase() !== c) s = 'X';
    else if (c.toUpperCase() !== c) s = 'x';
    else s = c;
    if (s !== last) out += s;
    last = s;
  }
  return out;
}

export function wordFlags(w: string): number {
  let letters = 0, upper = 0, digits = 0, f = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    const lo = c.toLowerCase(), up = c.toUpperCase();
    if (lo !== up) {
      letters++;
      if (c === up) upper++;
    } else if (c >= '0' && c <= '9') digits++;
    else if (c === '-') f |= F_HAS_HYPHEN;
    else if (c === '.') f |= F_HAS_PERIOD;
  }
  const first = w[0] ?? '';
  if (letters && first.toUpperCase() === first && first.toLowerCase() !== first) f |= F_INIT_CAP;
  if (letters >= 2 && upper === letters) f |= F_ALL_CAPS;
  if (digits) f |= F_HAS_DIGIT;
  if (digits && digits === w.length) f |= F_ALL_DIGIT;
  if (!letters) f |= F_NO_LETTER;
  return f;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const hasLetter = (w: string) => /\p{L}/u.test(w);
const isAllCaps = (w: string) => w.length >= 2 && /^[\p{Lu}&.-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

function computeInfo(w: string): WordInfo {
  // Digits folded, curly quotes straightened: corpora and web text mix both styles.
  const lower = w.toLowerCase().replace(/\d/g, '0').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const key = gazKey(w);
  // Affix hashes built incrementally: prefix k is the FNV state after k chars.
  const affixes = new Uint32Array(2 * MAX_AFFIX);
  let h = FNV_OFFSET;
  for (let k = 0; k < MAX_AFFIX && k < lower.length; k++) {
    h = Math.imul(h ^ lower.charCodeAt(k), FNV_PRIME);
    affixes[k] = h >>> 0;
  }
  h = FNV_OFFSET;
  for (let k = 0; k < MAX_AFFIX && k < lower.length; k++) {
    h = Math.imul(h ^ lower.charCodeAt(lower.length - 1 - k), FNV_PRIME);
    affixes[MAX_AFFIX + k] = h >>> 0;
  }
  return {
    word: w,
    length: w.length,
    key,
    isKey: key === w,
    lower: hashString(lower) | 0,
    raw: hashString(w) | 0,
    shape: hashString(wordShape(w)) | 0,
    gaz: hashString(key) | 0,
    flags: wordFlags(w),
    affixes,
    orgHead: ORG_HEADS.has(w.toLowerCase()),
    hasLetter: hasLetter(w),
    capitalised: isCapitalised(w),
    allCaps: isAllCaps(w),
    scoresAt: 0,
    scoresOwner: null,
    gazFirst: 0,
    gazOwner: null,
  };
}

/**
 * Kept WordInfos in an open-addressing table keyed by the word's FNV-1a hash (its `raw`): a word is
 * looked up straight from the text it stands in, so no string is sliced out for a word seen before.
 */
let slots: (WordInfo | null)[] = [];
let slotMask = 0;
let kept = 0;
/** Slots a fresh table starts with: it doubles as words come, so a small vocabulary stays in little memory. */
const FIRST_SLOTS = 1024;

function clearCache(): void {
  slots = new Array<WordInfo | null>(FIRST_SLOTS).fill(null);
  slotMask = FIRST_SLOTS - 1;
  kept = 0;
}
clearCache();

/** Twice the slots, every word placed again: at most half full, probe runs stay short. */
function growCache(): void {
  const old = slots;
  slots = new Array<WordInfo | null>(old.length * 2).fill(null);
  slotMask = slots.length - 1;
  for (const info of old) {
    if (!info) continue;
    let slot = info.raw & slotMask;
    while (slots[slot]) slot = (slot + 1) & slotMask;
    slots[slot] = info;
  }
}

/** WordInfo of text[start, end), computed on first sight of that word. */
export function wordInfoAt(text: string, start: number, end: number): WordInfo {
  const h = fnv1a(text, start, end);
  const length = end - start;
  let slot = h & slotMask;
  for (let info = slots[slot]; info; info = slots[(slot = (slot + 1) & slotMask)]) {
    if (info.raw !== h || info.length !== length) continue;
    const w = info.word;
    let k = 0;
    while (k < length && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === length) return info;
  }
  if (kept >= MAX_CACHED_WORDS || 2 * (kept + 1) > slots.length) {
    if (kept >= MAX_CACHED_WORDS) clearCache();
    else growCache();
    for (slot = h & slotMask; slots[slot]; ) slot = (slot + 1) & slotMask;
  }
  const info = computeInfo(start === 0 && end === text.length ? text : text.slice(start, end));
  slots[slot] = info;
  kept++;
  return info;
}

/** Hashes of the tokens of the sentence wordInfosAt last read, and the slots they hash to. */
let tokenHashes = new Int32Array(256);

/**
 * WordInfo of each token span of text, in order: wordInfoAt for each. The lookups go in passes,
 * all tokens' hashes first, then all their first slots, so the cache misses of different tokens
 * (the table, its infos, their words) overlap instead of coming one after another.
 */
export function wordInfosAt(text: string, tokens: readonly { start: number; end: number }[]): WordInfo[] {
  const n = tokens.length;
  if (tokenHashes.length < n) tokenHashes = new Int32Array(2 * n);
  const hashes = tokenHashes;
  for (let i = 0; i < n; i++) {
    hashes[i] = fnv1a(text, tokens[i].start, tokens[i].end);
  }
  const out = new Array<WordInfo>(n);
  // A hit in the first slot probed (most tokens) needs only its info and word read; the rest take the whole path.
  for (let i = 0; i < n; i++) {
    const info = slots[hashes[i] & slotMask];
    out[i] = info as WordInfo;
  }
  for (let i = 0; i < n; i++) {
    const info = out[i], start = tokens[i].start, length = tokens[i].end - start;
    if (info && info.raw === hashes[i] && info.length === length) {
      const w = info.word;
      let k = 0;
      while (k < length && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) continue;
    }
    out[i] = wordInfoAt(text, start, start + length);
  }
  return out;
}

/** The word's WordInfo, computed on first sight. */
export function wordInfo(w: string): WordInfo {
  return wordInfoAt(w, 0, w.length);
}
