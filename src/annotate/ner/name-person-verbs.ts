// People known by what the sentence says of them, beside name-cues.ts's quoted speakers: "Reagan
// believed that...", "Winstone enrolled at...", "Cecily married...", "according to Parker". A lone
// surname the tagger never saw, in a sentence read alone, is read as nothing or as a place; being
// born, dying, marrying or believing is said of people. A place reading so cued becomes a person,
// an unread word is added. An organisation reading gives way only to what no organisation does
// (being born, marrying, enrolling); organisations speak and believe too ("Microsoft said").
// Groups named by a plural common word ("Witnesses said", "Prosecutors argued") are no one. On the
// 1,227 real reports it reads 28 words, 19 of them people ("White said", "Francisco said"); the
// rest are mostly firms speaking that the tagger did not read ("Chipotle said").
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { mayNamePerson } from './name-cues.ts';
import { CALENDAR_WORDS } from './name-parts.ts';

/** Auxiliaries and adverbs that may stand between the name and its verb: "Reagan had died", "Vega later said". */
const BETWEEN_WORDS = 'has had was is would will later also then never once first himself herself'.split(' ');
/** Verbs of what only people do: be born, die, marry, star, enrol, graduate, retire. */
const PERSON_ONLY_VERBS = 'born died dies married marries starred stars enrolled graduated retired'.split(' ');
/** Verbs of speech and belief, said of people and also of organisations ("wrote" left out: papers write). */
const SPEECH_VERBS = (
  'said says told tells added adds explained argued argues believed believes recalled recalls insisted admitted denied ' +
  'claimed claims stated noted warned acknowledged asked replied testified suggested met'
).split(' ');
const BETWEEN = `(?:(?:${BETWEEN_WORDS.join('|')})\\s+)?`;
/** A person's verb right after the name. */
const PERSON_ONLY_VERB = new RegExp(`^ ${BETWEEN}(?:${PERSON_ONLY_VERBS.join('|')})\\b`);
/** A speech verb right after the name. */
const SPEECH_VERB = new RegExp(`^ ${BETWEEN}(?:${SPEECH_VERBS.join('|')})\\b`);
/** Any of the verbs, where the words before them are looked at (found first: few words of a text are followed by one). */
const ANY_VERB = new RegExp(`\\b(?:${[...PERSON_ONLY_VERBS, ...SPEECH_VERBS].join('|')})\\b`, 'g');
const BETWEEN_SET = new Set(BETWEEN_WORDS);
/** "according to" and the space after it, found first for the same reason. */
const SOURCE_WORDS = /according to\s+/gi;
/** The letters ending a stretch of text. */
const LETTERS_AT_END = /\p{L}+$/u;
/** Longest word looked back for before a verb. */
const MAX_WORD = 40;
/** Words before the name that make it a source: "according to Parker". */
const SOURCE_BEFORE = /\baccording to\s+$/i;
/** How far back the source words are looked for. */
const SOURCE_LOOK_BEHIND = 24;
/** How far ahead the verb is looked for. */
const VERB_LOOK_AHEAD = 40;
/** A capitalised word of letters standing alone: not joined to a longer word or a contraction ("al-Amr", "We're"). */
const LONE_WORD = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}\p{L}*(?![\p{L}\p{N}'’-])/uy;
/** A short word with a full stop before a capitalised word is an abbreviation: "according to Cmdr. John Perez". */
const ABBREVIATION = /^\p{L}{1,4}\. \p{Lu}/u;
/** A capitalised word right before: the word is part of a longer name ("Los Angeles said"), unless that word is a common one opening the sentence ("Later Vega said"). */
const CAPITAL_BEFORE = /(?:^|(\S?)\s)(\p{Lu}[\p{L}.]*)\s+$/u;
/** An article or preposition before, perhaps with one adjective between: "the Church denied", "a senior Democrat said", "in January said" name no person. */
const ARTICLE_OR_PLACE_BEFORE = /\b(?:[Tt]he|[Aa]n?|in|at|on|of)\s+(?:\p{Ll}+\s+)?$/u;
/** Capitalised words that are no one's name: pronouns, determiners, and the calendar. */
const NO_NAME = new Set([...'he she it they we you i this that these those there who which what one someone everyone nobody'.split(' '), ...CALENDAR_WORDS]);

/** True when the word is the plural of a common word: "Witnesses said", "Prosecutors argued", "Doctors told" name groups. */
function isCommonPlural(word: string, lists: NameLists): boolean {
  if (!word.endsWith('s')) return false;
  const singulars = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3) + 'y'];
  return singulars.some((w) => w.length > 1 && lists.lower.hasPhrase(w));
}

/** True when the capitalised word before makes the word part of a longer name, not a common word opening the sentence. */
function partOfLongerName(before: string, lists: NameLists): boolean {
  const hit = before.match(CAPITAL_BEFORE);
  if (!hit) return false;
  const opensSentence = hit[1] === undefined || hit[1] === '' || /[.!?"“”:;]/.test(hit[1]);
  return !(opensSentence && lists.lower.hasPhrase(hit[2]));
}

/** The cue the text gives the word at start..end: 'only' a person's verb, 'person' a speech verb or source, or none. */
function cueOf(text: string, start: number, end: number): 'only' | 'person' | null {
  const after = text.slice(end, end + VERB_LOOK_AHEAD);
  if (PERSON_ONLY_VERB.test(after)) return 'only';
  if (SPEECH_VERB.test(after) || SOURCE_BEFORE.test(text.slice(Math.max(0, start - SOURCE_LOOK_BEHIND), start))) return 'person';
  return null;
}

/** The word of letters ending at end, as [start, end], or null. */
function wordEndingAt(text: string, end: number): [number, number] | null {
  const hit = text.slice(Math.max(0, end - MAX_WORD), end).match(LETTERS_AT_END);
  return hit ? [end - hit[0].length, end] : null;
}

/**
 * Where a cue may stand: the words right before a verb or before an auxiliary before it, and right
 * after "according to", in text order. A superset of the cued words; cueOf decides.
 */
function candidates(text: string): [number, number][] {
  const found: [number, number][] = [];
  for (const v of text.matchAll(ANY_VERB)) {
    let end = v.index!;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const word = wordEndingAt(text, end);
    if (!word) continue;
    found.push(word);
    if (BETWEEN_SET.has(text.slice(word[0], word[1])) && text[word[0] - 1] === ' ') {
      const before = wordEndingAt(text, word[0] - 1);
      if (before) found.push(before);
    }
  }
  for (const s of text.matchAll(SOURCE_WORDS)) {
    const start = s.index! + s[0].length;
    LONE_WORD.lastIndex = start;
    const hit = LONE_WORD.exec(text);
    if (hit) found.push([start, start + hit[0].length]);
  }
  return found.sort((a, b) => a[0] - b[0]).filter((w, i, all) => i === 0 || w[0] !== all[i - 1][0]);
}

/** True when a lone capitalised word stands exactly at start..end. */
function isLoneWord(text: string, start: number, end: number): boolean {
  LONE_WORD.lastIndex = start;
  const hit = LONE_WORD.exec(text);
  return !!hit && start + hit[0].length === end;
}

/** The mentions, with each lone capitalised word the sentence cues as a person read as a person (see the file comment). */
export function markVerbCuedPersons(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  let out = mentions;
  for (const [start, end] of candidates(text)) {
    if (!isLoneWord(text, start, end)) continue;
    const cue = cueOf(text, start, end);
    if (!cue) continue;
    const word = text.slice(start, end);
    if (NO_NAME.has(word.toLowerCase()) || !mayNamePerson(word, lists) || isCommonPlural(word, lists)) continue;
    const before = text.slice(Math.max(0, start - SOURCE_LOOK_BEHIND), start);
    if (ABBREVIATION.test(text.slice(start, end + 3)) || partOfLongerName(before, lists) || ARTICLE_OR_PLACE_BEFORE.test(before)) continue;
    const over = out.filter((m) => m.start < end && start < m.end);
    if (over.length === 0) {
      out = [...out, { start, end, type: 'PERSON', kbId: null, rule: 'cue:person-verb' }];
      continue;
    }
    const [m] = over;
    const retypable = m.type === 'LOC' || m.type === 'GPE' || (cue === 'only' && m.type === 'ORG');
    if (over.length === 1 && m.start === start && m.end === end && !m.kbId && retypable) {
      out = out.map((x) => (x === m ? { ...m, type: 'PERSON' as const, rule: 'cue:person-verb' } : x));
    }
  }
  return out === mentions ? mentions : [...out].sort((a, b) => a.start - b.start);
}
