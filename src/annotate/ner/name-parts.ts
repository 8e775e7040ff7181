// A person named in full is then named by part: "Steven Seagal" ... "Seagal said", "Seagal's
// film". The tagger reads each sentence on its own, and a lone surname it has never seen reads as
// well as a place or a firm ("[Duffy]'s fraud trial" LOC), or as nothing. A careful reader of the
// whole article knows better: once a person is named in full, a later lone capitalised surname is
// that person, and so is the given name when only one person in the article bears it ("Glenda").
// A name the tagger read as a person standing alone ("Pompey took command") is that person where
// else it stands alone too, though not after "in" or "at" ("in Narve").
// A part is read as the person only where it stands alone: not inside a longer capitalised name
// ("Duffy Street"), not a month or a title, not after "the", not after a locative preposition
// when it names a known place ("in Washington" after "George Washington"), and never over a
// knowledge-base match, which comes with an identity.
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { TITLE_WORDS } from './spans.ts';
import { RANK_TITLES } from './name-titles.ts';

/** Words closing a full name that are no surname: "Martin Luther King, Jr.", "Henry VIII". */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'esq', 'esq.', 'phd']);
/** Lowercase words inside a person's name ("Charles de Gaulle", "Osama bin Laden"). */
const NAME_PARTICLES = new Set('de du des del della di da do dos la le van von der den ter bin ibn al el y'.split(' '));
/** Capitalised words that name a time, never a person, whoever bears them as a name ("Theresa May ... in May"). */
const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** A place name right after these is where something happened ("in Washington"). */
const LOCATIVE_BEFORE = /\b(?:in|at|from|near|into|across|outside|inside|throughout)\s+(?:the\s+)?$/i;
/** The definite article right before a word. */
const ARTICLE_BEFORE = /\b[Tt]he\s+$/;
/** How far back a locative preposition or article is looked for. */
const LOOK_BEHIND = 16;
/** Types a lone part may have been given wrongly: the person reading replaces them. */
const REPLACEABLE = new Set(['LOC', 'GPE', 'ORG', 'FAC', 'NORP']);
/** A name part worth reading alone: capitalised, at least two letters, not written all in capitals. */
const NAME_PART = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
/** A part this short followed by a full stop is an abbreviation ("Fr. Sousa"), not the name. */
const ABBREVIATION_LENGTH = 2;

interface PersonParts {
  surnames: Set<string>;
  givenNames: Set<string>;
  /** Names read as a person standing alone, with no full name in the text. */
  loneNames: Set<string>;
}

const isTitle = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || RANK_TITLES.has(w.toLowerCase());

/** A person's name as its words, without titles before it, suffixes after it or a possessive. */
function nameWords(surface: string): string[] {
  const words = surface.replace(/['’]s$/, '').split(/[\s,]+/).filter(Boolean);
  while (words.length && NAME_SUFFIXES.has(words[words.length - 1].toLowerCase())) words.pop();
  while (words.length && isTitle(words[0])) words.shift();
  return words;
}

/** The surnames and unambiguous given names of the people the mentions name in full. */
export function personParts(text: string, mentions: Mention[], lists: NameLists): PersonParts {
  const names: string[][] = [];
  for (const m of mentions) {
    if (m.type !== 'PERSON') continue;
    const words = nameWords(text.slice(m.start, m.end));
    if (words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w))) names.push(words);
  }
  const surnames = new Set<string>();
  const lastWords = new Set(names.map((w) => w[w.length - 1]));
  const given = new Map<string, Set<string>>();
  for (const words of names) {
    const last = words[words.length - 1], first = words[0];
    // "Warhol Polaroid" after "Andy Warhol": a run that opens with someone's surname (and no
    // known given name) is that person and a thing, not a second person.
    if (lastWords.has(first) && !lists.first.hasPhrase(first)) continue;
    if (NAME_PART.test(last)) surnames.add(last);
    if (NAME_PART.test(first) && lists.first.hasPhrase(first)) {
      let s = given.get(first);
      if (!s) given.set(first, (s = new Set()));
      s.add(last);
    }
  }
  // A name the tagger read as a person on its own ("Pompey took command") names that person
  // wherever else it stands alone, though less surely than a full name's part (see markNameParts).
  const loneNames = new Set<string>();
  for (const m of mentions) {
    const w = text.slice(m.start, m.end);
    if (m.type === 'PERSON' && NAME_PART.test(w) && !lists.lower.hasPhrase(w) && !surnames.has(w)) loneNames.add(w);
  }
  // A given name shared by two people, or also someone's surname, names no one in particular.
  const givenNames = new Set([...given].filter(([g, families]) => families.size === 1 && !surnames.has(g)).map(([g]) => g));
  return { surnames, givenNames, loneNames };
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

/**
 * The mentions, with every lone use of a fully named person's surname (or unambiguous given name)
 * read as that person: a weaker place or organisation reading of exactly that word is retyped,
 * and an unread one is added.
 */
export function markNameParts(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  const { surnames, givenNames, loneNames } = personParts(text, mentions, lists);
  if (surnames.size === 0 && givenNames.size === 0 && loneNames.size === 0) return mentions;
  const parts = [...new Set([...surnames, ...givenNames, ...loneNames])].filter((p) => !CALENDAR_WORDS.has(p.toLowerCase()) && !isTitle(p));
  if (parts.length === 0) return mentions;
  // One scan for all parts, longest first so that "Herodias" is not read as "Herod".
  const alternation = parts.sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const out = [...mentions];
  let changed = false;
  for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternation})(?![\\p{L}\\p{N}-])`, 'gu'))) {
    const part = hit[0], start = hit.index!, end = start + part.length;
    const over = overlapping(out, start, end);
    if (over.some((m) => m.type === 'PERSON')) continue;
    if (inLongerName(text, start, end, lists)) continue;
    const before = text.slice(Math.max(0, start - LOOK_BEHIND), start);
    // "the Church", "the Danevirke": people are not named with the article.
    if (ARTICLE_BEFORE.test(before)) continue;
    // After "in" a known place is the place; so is any lone name not backed by a full name ("in Narve").
    if (LOCATIVE_BEFORE.test(before) && (lists.geo.hasPhrase(part) || loneNames.has(part))) continue;
    if (over.length === 0) {
      out.push({ start, end, type: 'PERSON', kbId: null, rule: 'name:part-of-person' });
      changed = true;
      continue;
    }
    const [m] = over;
    if (over.length === 1 && m.start === start && m.end === end && !m.kbId && REPLACEABLE.has(m.type)) {
      out[out.indexOf(m)] = { ...m, type: 'PERSON', rule: 'name:part-of-person' };
      changed = true;
    }
  }
  return changed ? out.sort((a, b) => a.start - b.start) : mentions;
}
