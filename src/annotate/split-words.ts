// Re-joins words wink cut apart at letters its lexicon lacks: wink's tokeniser breaks a word at
// Latin Extended letters ("Tomo Mili|č|evi|ć", "Stanis|ł|aw", "Ł|ód|ź"), so every reader of token
// spans (NER, KB aliases, dates) would see pieces. Pieces touch with no gap and meet letter to
// letter; wink's real boundaries (punctuation, digits, spaces) are never crossed.
import type { Token } from './sentences.ts';

/** A piece of a split word: letters and marks, with the internal apostrophes/hyphens wink keeps in words. */
const WORD_PIECE = /^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*\.?$/u;
/** One letter or combining mark: the two characters either side of a join must both be one. */
const LETTER = /^[\p{L}\p{M}]$/u;
/** wink's tag for the lone letter it could not read; it says nothing about the word. */
const UNKNOWN_POS = 'X';

export interface JoinedTokens {
  tokens: Token[];
  /** For each of wink's tokens, the index of the token that now holds it. */
  index: Int32Array;
  /** Indices of "." tokens split off a joined word (wink read "f." of "Šarī|f." as an initial). */
  splitDots: number[];
}

/** Joins touching wink tokens that form one word; offsets index into `text`. */
export function joinSplitWords(text: string, tokens: Token[]): JoinedTokens {
  const out: Token[] = [];
  const index = new Int32Array(tokens.length);
  const splitDots: number[] = [];
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    while (j < tokens.length && joins(text, tokens[j - 1], tokens[j])) j++;
    if (j === i + 1) {
      index[i] = out.length;
      out.push(tokens[i]);
      i = j;
      continue;
    }
    const start = tokens[i].start;
    let end = tokens[j - 1].end;
    const dot = text.charCodeAt(end - 1) === 0x2e;
    if (dot) end--;
    for (let k = i; k < j; k++) index[k] = out.length;
    out.push({ start, end, pos: joinedPos(text.slice(start, end), tokens.slice(i, j)) });
    if (dot) {
      splitDots.push(out.length);
      out.push({ start: end, end: end + 1, pos: 'PUNCT' });
    }
    i = j;
  }
  return { tokens: out, index, splitDots };
}

/** Whether token b continues the word of token a. Most pairs are settled by two integer compares. */
function joins(text: string, a: Token, b: Token): boolean {
  if (a.end !== b.start || b.end <= b.start || a.end <= a.start) return false;
  const left = text.charCodeAt(a.end - 1), right = text.charCodeAt(b.start);
  // wink reads ASCII words whole: a join needs a non-ASCII letter on one side.
  if (left < 0x80 && right < 0x80) return false;
  return LETTER.test(text[a.end - 1]) && LETTER.test(text[b.start]) &&
    WORD_PIECE.test(text.slice(a.start, a.end)) && text.charCodeAt(a.end - 1) !== 0x2e &&
    WORD_PIECE.test(text.slice(b.start, b.end));
}

/**
 * The joined word's tag. wink tagged fragments ("Mili" PROPN, "č" X, "evi" NOUN), so no piece
 * speaks for the word: a capitalised one is a name spelled in a foreign alphabet (English copy has
 * few other capitalised words wink cannot read), so PROPN; otherwise the first piece wink could
 * read keeps its tag.
 */
function joinedPos(word: string, pieces: Token[]): string {
  if (/^\p{Lu}/u.test(word)) return 'PROPN';
  return pieces.find((p) => p.pos !== UNKNOWN_POS)?.pos ?? UNKNOWN_POS;
}
