// A small tokenizer for tests and benchmarks: abbreviations ("U.S."), words with inner hyphens or
// apostrophes, possessive "'s" apart, and single punctuation marks, as offsets into the text.
import type { TokenSpan } from './tagger.ts';

const TOKEN = /(?:\p{Lu}\.){2,}|'s\b|[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let start = m.index, end = m.index + m[0].length;
    // Split a trailing possessive off a word: "Moscow's" -> "Moscow", "'s".
    const poss = m[0].match(/^(.+?)(['’]s)$/);
    if (poss) {
      out.push({ start, end: start + poss[1].length });
      start += poss[1].length;
    }
    out.push({ start, end });
  }
  return out;
}
