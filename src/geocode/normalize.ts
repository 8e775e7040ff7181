// One way to turn a place name into a lookup key, shared by the gazetteer build and the resolver,
// so "Gorno-Badakhshan", "Gorno Badakhshan" and "GORNO-BADAKHSHAN" meet at the same key.

/** Possessive endings ("Moscow's suburbs", "Tajikistan’s border") drop before matching. */
const POSSESSIVE = /['’]s(?=$|[^\p{L}\p{N}])/gu;
const APOSTROPHES = /['’`´ʼ]/g;
const DIACRITICS = /\p{M}/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** Plain ASCII words (most of English text) need only lower-casing: every other step leaves them as they are. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** Abbreviated name words spelt out, so "St. George", "Ft. Worth" and "Mt. Vernon" meet their full names. */
const SPELT_OUT: Record<string, string> = { st: 'saint', ste: 'sainte', ft: 'fort', mt: 'mount' };
const spell = (word: string) => SPELT_OUT[word] ?? word;

/** Lower case, no diacritics, no possessive, punctuation and dashes become single spaces. */
export function normalizeName(name: string): string {
  if (PLAIN_WORD.test(name)) return spell(name.toLowerCase());
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

/** Words of the text with their offsets; split the same way normalizeName splits names. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeName(m[0]);
    if (!norm) continue;
    const first = m[0][0];
    out.push({
      norm,
      start: m.index,
      end: m.index + m[0].length,
      capitalized: first !== first.toLowerCase(),
    });
  }
  return out;
}
