// Peoples named in the plural: "the Romans", "the Khitans", "Floridians", "Native Americans",
// "San Franciscans". The tagger, seeing a capitalised word where an actor stands, reads them as
// organisations or places; they are groups of people (NORP), which no event should take for a
// government or a town. Their adjectives before a noun ("the Persian elite", "Slavic tribes") are
// read as places too; those are peoples' names as well, not places. So are a creed's followers
// ("Sunni", "Shiite clerics", "Sunni Arab"), which the tagger reads as persons.
import type { Mention } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { ORG_HEADS } from './runs.ts';

/** A capitalised plural of a people or follower: "-ians", "-eans", "-ans", "-ites", "-ists" after a stem of three letters or more. */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}{2,}(?:ians|eans|ans|ites|ists)$/u;
/** Readings a plural people's name may have been given wrongly. */
const REPLACEABLE = new Set(['ORG', 'LOC', 'GPE', 'FAC']);

/** True when the name is a people's plural and not a place ("the Balkans", "New Orleans") or a firm. */
export function isPeoplePlural(surface: string, lists: NameLists = taggerNameLists()): boolean {
  const words = surface.split(/\s+/);
  const last = words[words.length - 1];
  if (!PEOPLE_PLURAL.test(last) || lists.geo.hasPhrase(...words) || lists.geo.hasPhrase(last) || lists.first.hasPhrase(last)) return false;
  // A common noun's plural ("Composites") names no people.
  if (lists.lower.hasPhrase(last.slice(0, -1))) return false;
  return !words.some((w) => ORG_HEADS.has(w.toLowerCase()));
}

/** The mentions, with tagger readings of peoples' plurals typed NORP. */
export function markPeoples(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  return mentions.map((m) =>
    REPLACEABLE.has(m.type) && !m.kbId && m.rule === 'ner-perceptron' && isPeoplePlural(text.slice(m.start, m.end), lists)
      ? { ...m, type: 'NORP', rule: 'name:people-plural' }
      : m,
  );
}

/** A people's or a culture's adjective by its ending: "Persian", "Germanic", "Mycenaean", "Megarian". */
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:ian|ean|ic)$/u;
/** A lowercase word right after a name that it qualifies ("Persian elite", "Slavic tribes"), not a function word ("the Mediterranean as"). */
const BEFORE_NOUN = /^ (?!(?:as|and|or|in|of|to|is|was|were|are|has|had|from|for|by|with|at|on|the|that|which|who)\b)\p{Ll}/u;

/**
 * True when a one-word name is a people's adjective, by the people name list or by its ending, and
 * is no place's name ("Persian", "Slavic"; not "Iran", "Baltic" if the place list has it).
 */
export function isPeopleAdjective(word: string, lists: NameLists = taggerNameLists()): boolean {
  // A common noun ("Guardian", "Republic") is no people's adjective, even written with a capital.
  if (word.includes(' ') || lists.geo.hasPhrase(word) || lists.first.hasPhrase(word) || lists.lower.hasPhrase(word)) return false;
  return lists.norp.hasPhrase(word) || PEOPLE_ADJECTIVE.test(word);
}

/**
 * The mentions, with a people's adjective the tagger read as a place or an organisation typed NORP
 * where it qualifies the next word ("the Macedonian and Persian elite", "Germanic tribes").
 */
export function markPeopleAdjectives(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  return mentions.map((m) =>
    REPLACEABLE.has(m.type) && !m.kbId && m.rule === 'ner-perceptron' && BEFORE_NOUN.test(text.slice(m.end, m.end + 6)) && isPeopleAdjective(text.slice(m.start, m.end), lists)
      ? { ...m, type: 'NORP', rule: 'name:people-adjective' }
      : m,
  );
}

/** Followers of a creed or branch of one, which news names as groups of people: "Sunni", "Shiite", "Muslim", "Druze". */
const CREED_FOLLOWERS = new Set(
  (
    'sunni sunnis shia shias shiite shiites muslim muslims christian christians jewish jew jews hindu hindus buddhist ' +
    'buddhists sikh sikhs catholic catholics protestant protestants druze alawite alawites yazidi yazidis copt copts ' +
    'coptic evangelical evangelicals islamist islamists jihadist jihadists salafi salafist salafists'
  ).split(' '),
);

/**
 * Some whitespace-separated word of a name is a creed's followers' word in any case: a test that
 * spares the split and the lower-cased words of the names that hold none (most). Unicode case
 * folding meets every word whose toLowerCase is one (the Kelvin sign's too).
 */
const HOLDS_CREED_WORD = new RegExp(`(?:^|\\s)(?:${[...CREED_FOLLOWERS].join('|')})(?=\\s|$)`, 'iu');

/** True when a name is a creed's followers, alone or with a people ("Sunni Arab", "Sunni Muslim"). */
export function isCreedFollowers(surface: string, lists: NameLists = taggerNameLists()): boolean {
  if (!HOLDS_CREED_WORD.test(surface)) return false;
  const words = surface.split(/\s+/);
  return words.some((w) => CREED_FOLLOWERS.has(w.toLowerCase())) && words.every((w) => CREED_FOLLOWERS.has(w.toLowerCase()) || lists.norp.hasPhrase(w));
}

/** The mentions, with the tagger's person, organisation or place readings of creeds' followers typed NORP. */
export function markCreedFollowers(text: string, mentions: Mention[], lists: NameLists = taggerNameLists()): Mention[] {
  // Copied only once a mention is retyped: most articles name no creed's followers.
  let out: Mention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!((REPLACEABLE.has(m.type) || m.type === 'PERSON') && !m.kbId && m.rule === 'ner-perceptron' && isCreedFollowers(text.slice(m.start, m.end), lists))) continue;
    out ??= mentions.slice();
    out[k] = { ...m, type: 'NORP', rule: 'name:creed-followers' };
  }
  return out ?? mentions;
}
