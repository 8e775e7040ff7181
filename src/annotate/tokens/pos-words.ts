// What the POS tagger reads off a word's characters, apart from its weights: title-case headlines,
// capitalised words, tokens of marks alone, and the pipeline's reading of capitalised adjectives.
import { UPOS } from './pos-corpora.ts';
import { isUpperCode, isWordCode } from './chars.ts';

/** Words this long or longer count when telling a title-case headline ("Man Charged With Shooting Outside Bar"). */
export const TITLE_WORD_LENGTH = 4;
/** A headline needs this many such words, all capitalised (a caption of names has fewer; prose has lowercase ones). */
export const MIN_TITLE_WORDS = 5;
/** Tags a token of marks alone may keep ("&" is a conjunction); any other becomes PUNCT or SYM. */
export const MARK_TAG = new Uint8Array(UPOS.length);
for (const tag of ['PUNCT', 'SYM', 'CCONJ']) MARK_TAG[UPOS.indexOf(tag)] = 1;
/** Marks that are symbols when alone ("%", "$"), by character code: each is one code unit. */
export const SYMBOL_CODES = new Set([...'$%+=<>^~|©®°€£¥#*/&§'].map((c) => c.charCodeAt(0)));
export const PUNCT_TAG = UPOS.indexOf('PUNCT'), SYM_TAG = UPOS.indexOf('SYM'), ADJ_TAG = UPOS.indexOf('ADJ'), PROPN_TAG = UPOS.indexOf('PROPN');

/** Whether a sentence is a title-case headline: MIN_TITLE_WORDS or more long words, every one capitalised. */
export function isTitleCase(words: string[]): boolean {
  let long = 0, capitalised = 0;
  for (const w of words) {
    if (w.length < TITLE_WORD_LENGTH || !isWordCode(w.charCodeAt(0))) continue;
    long++;
    if (isUpperCode(w.charCodeAt(0))) capitalised++;
  }
  return long >= MIN_TITLE_WORDS && capitalised === long;
}

/** Whether text[start, end) is a capitalised word ("Shooting"), not an all-capital one ("IMPD", "CBS"). */
export function isCapitalisedWord(text: string, start: number, end: number): boolean {
  return end - start > 1 && isUpperCode(text.charCodeAt(start)) && !isUpperCode(text.charCodeAt(start + 1));
}

/** "Shooting" → "shooting"; all-capital words ("IMPD", "CBS") and others stay as they are. */
export function lowerCapitalised(word: string): string {
  return isCapitalisedWord(word, 0, word.length) ? word.toLowerCase() : word;
}

/** Whether text[start, end) is marks alone ("|", "--", "»"): the model saw few of them. */
export function isMarks(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordCode(text.charCodeAt(i))) return false;
  return true;
}

/** The tag of a token of marks whose guessed tag it may not keep. */
export function marksTag(text: string, start: number, end: number): number {
  return end - start === 1 && SYMBOL_CODES.has(text.charCodeAt(start)) ? SYM_TAG : PUNCT_TAG;
}

/** Whether the word opens with a capital, as capitalFeature reads it. */
export function hasCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 128 && word[0] !== word[0].toLowerCase());
}

/**
 * The tags as the pipeline reads them: a capitalised adjective inside a prose sentence ("the Afghan
 * army", "a frightened and intimidated Christian community") is PROPN, as wink-nlp tagged it and the
 * event rules were written to expect (a name before the noun it describes); UD tags it ADJ.
 */
export function asPipelineTags(words: string[], tags: string[]): string[] {
  if (isTitleCase(words)) return tags;
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] === 'ADJ' && isUpperCode(words[i].charCodeAt(0)) && words[i].length > 1 && !isUpperCode(words[i].charCodeAt(1))) tags[i] = 'PROPN';
  }
  return tags;
}
