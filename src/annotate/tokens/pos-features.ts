// The part-of-speech tagger's features, shared by training (scripts/train-pos.ts) and tagging.
// Every feature but the tag history and the capital-at-sentence-start pair belongs to one word in
// one role (the word itself, or the word one or two before or after), so the tagger can sum a
// word's features once per role and reuse the sums wherever the word appears.
import { UPOS } from './pos-corpora.ts';

export const TAG_COUNT = UPOS.length;
/** The roles a word's features are kept for, in entry order. */
export const OWN = 0, AS_PREV = 1, AS_PREV2 = 2, AS_NEXT = 3, AS_NEXT2 = 4, ROLES = 5;
/** Stand-ins for the words before a sentence's start and after its end. */
export const BEFORE = '<s>', AFTER = '</s>';
/** Index of the "no tag yet" history before a sentence's first word. */
export const START_TAG = TAG_COUNT;
/** Shapes longer than this say no more ("Xxxxx-Xxxx" and "Xx-Xx" read alike at the cut). */
const MAX_SHAPE = 6;

/** "Khorog" → "Xx", "1,500" → "d,d", "U.S." → "X.X.": each run of one class as one character. */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length && out.length < MAX_SHAPE; i++) {
    const code = word.charCodeAt(i);
    const ch = word[i];
    // ASCII read by code (a case change leaves no other ASCII character as it is not); the rest by its case forms.
    const c = code >= 48 && code <= 57 ? 'd' : code >= 65 && code <= 90 ? 'X' : code >= 97 && code <= 122 ? 'x' : code < 128 ? ch
      : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** The features of `word` in one role. */
export function roleFeatures(word: string, role: number): string[] {
  const lower = word === BEFORE || word === AFTER ? word : word.toLowerCase();
  switch (role) {
    case OWN:
      return ['b', 'w ' + lower, 's3 ' + lower.slice(-3), 's2 ' + lower.slice(-2), 's1 ' + lower.slice(-1),
        'p2 ' + lower.slice(0, 2), 'sh ' + shape(word)];
    case AS_PREV: return ['pw ' + lower, 'ps2 ' + lower.slice(-2)];
    case AS_PREV2: return ['ppw ' + lower];
    case AS_NEXT: return ['nw ' + lower, 'ns3 ' + lower.slice(-3)];
    default: return ['nnw ' + lower];
  }
}

/** Tag-history features: the previous tag, and the two previous tags together. */
export function historyFeatures(prev2: number, prev: number): string[] {
  return ['pt ' + prev, 'pt2 ' + prev2 + ' ' + prev];
}

/** The word with the tag before it ("bombing" after a noun, "that" after a verb): one row per previous tag. */
export function previousTagWordFeature(prev: number, word: string): string {
  return 'ptw ' + prev + ' ' + word.toLowerCase();
}

/** Whether a capitalised word opens the sentence: a capital says "name" only inside one. */
export function capitalFeature(word: string, first: boolean): string {
  const c = word.charCodeAt(0);
  const capital = word[0] !== word[0].toLowerCase() || (c >= 65 && c <= 90);
  return 'fc ' + (capital ? 1 : 0) + (first ? 1 : 0);
}
