// Peoples named in the plural: "the Romans", "the Khitans", "Floridians", "Native Americans",
// "San Franciscans". The tagger, seeing a capitalised word where an actor stands, reads them as
// organisations or places; they are groups of people (NORP), which no event should take for a
// government or a town.
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
