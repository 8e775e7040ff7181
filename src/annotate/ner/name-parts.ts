// One person, one reading per document: a name the tagger read as a person standing alone
// ("Pompey took command", "Player won Australian titles") names that person wherever else in the
// article it stands alone, where the tagger, reading each sentence on its own, read it as a place
// or a firm or not at all ("deal with [Player]"). It is read so only where it stands alone: not
// inside a longer capitalised name ("Player Street"), not a month or a title, not after "the"
// ("the Polaroid"), not after "in" or "at" ("in Narve"), and never over a knowledge-base match,
// which comes with an identity.
// The surname of a person named in full ("Seagal" after "Steven Seagal") is not added where the
// tagger read no person alone: it gained 0.3 points of Wikigold F1 but cost ECB+ story B³
// precision 0.908 -> 0.899 (story anchors weigh people by their mentions and were tuned without
// those). Given names alone added nothing on any set. Where the surname alone was read as
// something else, though, it is retyped: "Valeska Paris" named in full, then "Paris claims" read
// as the city, is the person (a known place's reading gives way too; after "in" or inside a longer
// name it stays a place).
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { TITLE_WORDS } from './spans.ts';
import { RANK_TITLES } from './name-titles.ts';

/** Capitalised words that name a time, never a person, whoever bears them as a name ("May"), in lowercase. */
export const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** A name right after these is where something happened ("in Narve"). */
const LOCATIVE_BEFORE = /\b(?:in|at|from|near|into|across|outside|inside|throughout)\s+(?:the\s+)?$/i;
/** The definite article right before a word. */
const ARTICLE_BEFORE = /\b[Tt]he\s+$/;
/** How far back a locative preposition or article is looked for. */
const LOOK_BEHIND = 16;
/** Types a lone name may have been given wrongly: the person reading replaces them. */
const REPLACEABLE = new Set(['LOC', 'GPE', 'ORG', 'FAC', 'NORP']);
/** A known place's name, which a family name named in full in the same text outweighs ("Valeska Paris", then "Paris 's father"). */
const PLACE_TYPES = new Set(['GPE', 'LOC']);
/** A name worth reading alone: capitalised, at least two letters, not written all in capitals. */
const NAME_PART = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** Longest person's name whose last word is read as the family name: given, middle, family. */
const MAX_FULL_NAME_WORDS = 3;
/** A name this short followed by a full stop is an abbreviation ("Fr. Sousa"), not the name. */
const ABBREVIATION_LENGTH = 2;

const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || RANK_TITLES.has(w.toLowerCase());

/** The one-word names the mentions read as persons: not common words, months or titles. */
export function loneNames(text: string, mentions: Mention[], lists: NameLists): string[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const w = text.slice(m.start, m.end);
    if (isNameWord(w, lists)) names.add(w);
  }
  return [...names];
}

const isNameWord = (w: string, lists: NameLists) => NAME_PART.test(w) && !lists.lower.hasPhrase(w) && !CALENDAR_WORDS.has(w.toLowerCase()) && !isTitle(w);

/**
 * The family names of the persons named in full ("Mishima" of "Yukio Mishima"): the last word of
 * a person's name of two or three words, each capitalised.
 */
export function familyNames(text: string, mentions: Mention[], lists: NameLists): string[] {
  const names = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const words = text.slice(m.start, m.end).split(' ');
    if (words.length < 2 || words.length > MAX_FULL_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
    const family = words[words.length - 1];
    if (isNameWord(family, lists)) names.add(family);
  }
  return [...names];
}

function overlapping(mentions: Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start < end && start < m.end);
}

/**
 * True when the word at start..end is one word of a longer capitalised name ("Bob Duffy", "Duffy
 * Street", "Classic Lotto") or of an address ("Stacey.Richardson@"); a title before it ("Mr.
 * Duffy") or a capitalised common word opening the sentence ("But Duffy") is no name.
 */
function inLongerName(text: string, start: number, end: number, lists: NameLists): boolean {
  if (/^\.\S/.test(text.slice(end, end + 2)) || (end - start <= ABBREVIATION_LENGTH && text[end] === '.')) return true;
  const after = text.slice(end, end + 30).match(/^\s(\S+)/)?.[1];
  const capital = (w: string | undefined): w is string => !!w && /^\p{Lu}/u.test(w) && !isTitle(w);
  if (capital(after)) return true;
  const before = text.slice(Math.max(0, start - 60), start).match(/(^|\S)(\s*)(\S+)\s$/u);
  if (!before || !capital(before[3]) || /[.!?:;,"“”)]$/.test(before[3])) return false;
  const opensSentence = before[1] === '' || /[.!?:;\n]/.test(before[1]) || before[2].includes('\n');
  return !(opensSentence && lists.lower.hasPhrase(before[3]));
}

/** A character that joins the word before a name to it ("al-Hassan", "O'Brien", "Ma4x"). */
const JOINED_BEFORE = /^[\p{L}\p{N}'’-]$/u;
/** A character that runs a name on into a longer word ("Herodias", "Smith-Jones", "A4"). */
const JOINED_AFTER = /^[\p{L}\p{N}-]$/u;

/** The code point ending right before at, as a string ('' at the start); a surrogate pair whole. */
function charBefore(text: string, at: number): string {
  if (at === 0) return '';
  const low = text.charCodeAt(at - 1);
  const pair = at >= 2 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  return text.slice(at - (pair ? 2 : 1), at);
}

/** The code point starting at at, as a string ('' at the end); a surrogate pair whole. */
function charAfter(text: string, at: number): string {
  return at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : '';
}

/**
 * Where the names stand as whole words, left to right and never overlapping, the longer name first
 * where two start at one place ("Herodias" is not read as "Herod"): the matches of one regular
 * expression of them all. Found by indexOf instead: a pattern built for each document is compiled
 * anew each time and read by the regex interpreter, which cost more than the rest of the entity
 * passes on unseen news.
 */
export function standingAlone(text: string, names: readonly string[]): { start: number; name: string }[] {
  const byLength = [...names].sort((a, b) => b.length - a.length);
  const found: { index: number; rank: number }[] = [];
  byLength.forEach((name, rank) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (JOINED_BEFORE.test(charBefore(text, at)) || JOINED_AFTER.test(charAfter(text, at + name.length))) continue;
      found.push({ index: at, rank });
    }
  });
  found.sort((a, b) => a.index - b.index || a.rank - b.rank);
  const out: { start: number; name: string }[] = [];
  let free = 0;
  for (const f of found) {
    if (f.index < free) continue;
    out.push({ start: f.index, name: byLength[f.rank] });
    free = f.index + byLength[f.rank].length;
  }
  return out;
}

/**
 * The mentions, with every lone use of a one-word name read as a person elsewhere in the text read
 * as that person: a place or organisation reading of exactly that word is retyped, and an unread
 * one is added.
 */
export function markNameParts(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  const lone = loneNames(text, mentions, lists);
  // A family name alone is only retyped where it was read as something else, never added
  // (adding them cost ECB+ story precision, see the file comment).
  const retypeOnly = new Set(familyNames(text, mentions, lists).filter((w) => !lone.includes(w)));
  const names = [...lone, ...retypeOnly];
  if (names.length === 0) return mentions;
  const out = [...mentions];
  let changed = false;
  for (const { start, name } of standingAlone(text, names)) {
    const end = start + name.length;
    const over = overlapping(out, start, end);
    if (over.some((m) => m.type === 'PERSON')) continue;
    if (inLongerName(text, start, end, lists)) continue;
    const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
    // "the Polaroid", "in Narve": people are not named with the article, nor are they where things happen.
    if (ARTICLE_BEFORE.test(before) || LOCATIVE_BEFORE.test(before)) continue;
    if (over.length === 0) {
      if (retypeOnly.has(name)) continue;
      out.push({ start, end, type: 'PERSON', kbId: null, rule: 'name:lone-person' });
      changed = true;
      continue;
    }
    const [m] = over;
    const known = m.kbId && !(retypeOnly.has(name) && PLACE_TYPES.has(m.type));
    if (over.length === 1 && m.start === start && m.end === end && !known && REPLACEABLE.has(m.type)) {
      // A known place's identity goes with its reading: the person is no one the base knows.
      out[out.indexOf(m)] = { ...m, type: 'PERSON', kbId: null, rule: 'name:lone-person' };
      changed = true;
    }
  }
  return changed ? out.sort((a, b) => a.start - b.start) : mentions;
}
