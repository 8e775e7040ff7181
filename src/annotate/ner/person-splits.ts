// A person named beside their organisation: "the Civic Party's Jeremy Tam", "Tanya Chan of the
// Civic Party". The tagger, reading capitalised runs, sometimes takes the whole phrase as one
// organisation; the organisation and the person are two mentions, and the person is the actor.
// A phrase is split only where the person's part holds no word usually written in lowercase, no
// place (beside a plain organisation only the whole name must be none: "Regina Ip") and no head
// noun ("Christian Democratic Party", "Nova Scotia House" are no people), and
// either opens with a known given name or stands beside an organisation plain by its head noun or
// as an acronym ("Tanya Chan of the Civic Party", "DAB's Starry Lee"), so names such as
// "McDonald's Corporation", "Bank of England" or "Islamic Republic of Iran" stay whole.
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { ORG_HEADS } from './runs.ts';
import type { NerSpan } from './tagger.ts';

/** "<organisation>'s <Given> <Family>": the person's part is two or three capitalised words. */
const POSSESSIVE_PERSON = /^(.+?)\s?['’]s\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})$/u;
/** "<Given> <Family> of [the] <organisation>". */
const PERSON_OF_ORG = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})\s+of\s+(?:the\s+)?(\p{Lu}.*)$/u;

/**
 * A person's name beside an organisation: no word of it is a common word, a place, a people or an
 * organisation's head noun ("Party"), and it opens with a known given name, or the organisation
 * beside it is unmistakably one, by its head noun ("the Civic Party") or as an acronym ("DAB"), so
 * that a name such as "Tanya Chan" or "Regina Ip" needs no given-name list.
 */
function isPersonName(name: string, org: string, l: NameLists): boolean {
  const words = name.split(/\s+/);
  // Every word written like a name ("Chan", not "IV" in "IV Corps of the Army").
  if (l.geo.hasPhrase(words[0], words[1]) || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  // Beside an organisation plain by its name, a word that is also a town's name ("Regina Ip",
  // "Alvin Yeung") is a person's name still; the whole name must not be a place.
  const plain = isPlainOrganisation(org);
  if (words.some((w) => l.lower.hasPhrase(w) || ORG_HEADS.has(w.toLowerCase()) || (!plain && l.geo.hasPhrase(w)) || l.norp.hasPhrase(w))) return false;
  return plain || l.first.hasPhrase(words[0]);
}

/** An organisation by its own name: it holds an organisation's head noun, or is an acronym. */
function isPlainOrganisation(org: string): boolean {
  const words = org.split(/\s+/);
  return words.some((w) => ORG_HEADS.has(w.toLowerCase())) || (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]));
}

/**
 * The span, or its organisation and person parts when it is an organisation phrase holding a
 * person named by a known given name. Parts keep the span's confidence.
 */
export function splitPersonFromOrg(text: string, span: NerSpan, names: NameLists = taggerNameLists()): NerSpan[] {
  if (span.label !== 'ORG') return [span];
  const surface = text.slice(span.start, span.end);
  const part = (from: number, to: number, label: NerSpan['label']): NerSpan => ({ start: span.start + from, end: span.start + to, label, score: span.score });
  // Most organisation names hold neither an apostrophe nor "of": they skip both patterns.
  const pos = surface.includes("'") || surface.includes('’') ? surface.match(POSSESSIVE_PERSON) : null;
  if (pos && isPersonName(pos[2], pos[1], names)) {
    const personAt = surface.length - pos[2].length;
    return [part(0, pos[1].length, 'ORG'), part(personAt, surface.length, 'PER')];
  }
  const of = surface.includes('of') ? surface.match(PERSON_OF_ORG) : null;
  if (of && isPersonName(of[1], of[2], names)) {
    return [part(0, of[1].length, 'PER'), part(surface.length - of[2].length, surface.length, 'ORG')];
  }
  return [span];
}
