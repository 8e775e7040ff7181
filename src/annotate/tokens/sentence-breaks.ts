// Where sentences start, from the tokeniser's kinds: a line break always ends a sentence (the
// cleaner keeps one paragraph or headline per line); a full stop ends one unless a clause mark
// follows or it closes a short capitalised word before a lowercase one; "!" and "?" unless a
// lowercase word or a clause mark follows; an ellipsis only before a capital or a quote; titles
// and initials ("Col.-Gen. Ivanov", "John F. Kennedy") and "No. 5" never do; "U.S." may, before a
// capital. Closing quotes and brackets stay with the sentence they close.
import { isLowerCode, isUpperCode } from './chars.ts';
import { AFTER_CLOCK, NAME_LIKE, SENTENCE_OPENERS } from './abbreviations.ts';
import { CLOSE, ELLIPSIS, GLUED, MAY_END_ABBREVIATION, OPEN, QUOTE, STATE, STOP, TITLE, type TokenList } from './tokenise.ts';

/** Marks that continue a clause after "!" or "?" ("Yahoo!, the company"): no break before them. */
const CLAUSE_MARKS = new Set([0x2c, 0x3b, 0x3a, 0x29]);
/** Quotes that may open a sentence after "U.S." or "Inc.". */
const OPENING = new Set([0x22, 0x201c, 0x2018, 0x27]);
/** After a state's abbreviation, a bracket or dash goes on with the dateline ("AURORA, Colo. (CBS4) – A man…"). */
const DATELINE_MARKS = new Set([0x28, 0x2d, 0x2013, 0x2014]);

/** Indices of the tokens that start a sentence; the first token always does. */
export function sentenceStarts(text: string, t: TokenList): number[] {
  const starts: number[] = [];
  if (!t.count) return starts;
  starts.push(0);
  let i = 0;
  while (i < t.count) {
    const kind = t.kind[i];
    let j = i + 1;
    if (kind === STOP || kind === ELLIPSIS || kind === MAY_END_ABBREVIATION || kind === GLUED || kind === STATE) {
      // Closing quotes and brackets go with the sentence they close: a straight quote only if it touches.
      while (j < t.count && !t.lineBefore[j] &&
        (t.kind[j] === CLOSE || (t.kind[j] === QUOTE && t.start[j] === t.end[j - 1]))) j++;
      if (j < t.count && !t.lineBefore[j] && endsBefore(text, t, i, j)) starts.push(j);
    }
    for (let k = i + 1; k <= j && k < t.count; k++) {
      if (t.lineBefore[k] && starts[starts.length - 1] !== k) starts.push(k);
    }
    i = j;
  }
  return starts;
}

/** Longest word read as an unlisted abbreviation before a full stop and a lowercase word. */
const MAX_UNLISTED_ABBREVIATION = 4;

function shortCapitalised(text: string, t: TokenList, stop: number): boolean {
  if (stop === 0 || t.end[stop - 1] !== t.start[stop]) return false;
  const length = t.end[stop - 1] - t.start[stop - 1];
  return length <= MAX_UNLISTED_ABBREVIATION && isUpperCode(text.charCodeAt(t.start[stop - 1]));
}

/** Whether the terminal token `end` ends its sentence before token `next`. */
function endsBefore(text: string, t: TokenList, end: number, next: number): boolean {
  const first = text.charCodeAt(t.start[next]);
  const kind = t.kind[end];
  if (kind === GLUED) return true;
  if (kind === STATE) return !isLowerCode(first) && !CLAUSE_MARKS.has(first) && !DATELINE_MARKS.has(first);
  if (kind === STOP) {
    if (CLAUSE_MARKS.has(first)) return false;
    // A full stop before a lowercase word still ends a sentence ("…in the attacks. image caption…"),
    // unless it closes a short capitalised word, an abbreviation we do not list ("Ave. and").
    if (isLowerCode(first)) return t.end[end] - t.start[end] === 1 && text.charCodeAt(t.start[end]) === 0x2e && !shortCapitalised(text, t, end);
    return true;
  }
  if (kind === ELLIPSIS) return isUpperCode(first) || t.kind[next] === OPEN || t.kind[next] === QUOTE;
  // "U.S.", "Inc.", "p.m.": before a capital or an opening quote, never before a lone capital or an initial.
  if (OPENING.has(first)) return true;
  if (!(first >= 65 && first <= 90)) return false;
  const length = t.end[next] - t.start[next];
  if (length === 1 || (length === 2 && t.kind[next] === TITLE)) return false;
  const nextWord = text.slice(t.start[next], t.end[next] - (t.kind[next] === TITLE ? 1 : 0)).toLowerCase();
  const abbreviation = text.slice(t.start[end], t.end[end] - 1);
  const key = abbreviation.toLowerCase();
  // "the U.S. Marshals Service", "Washington, D.C. Police": a name goes on unless a sentence opener follows.
  if (NAME_LIKE.has(key) || (key.includes('.') && abbreviation !== key)) return SENTENCE_OPENERS.has(nextWord);
  return !AFTER_CLOCK.has(nextWord);
}
