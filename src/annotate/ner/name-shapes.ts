// A person's name read as a work or an event: "Moses Mendelssohn" tagged MISC in a bibliography
// ("Moses Mendelssohn, London 1973"), "Ram Tackett" in an e-mail signature. The tagger reads the
// shape of the context as a title's; a name of two or three capitalised words that opens with a
// known given name, holds no common word, place or people, and does not end like the name of a
// prize, building or event, is a person.
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { ORG_HEADS } from './runs.ts';
import type { NerSpan } from './tagger.ts';

/** Words ending the name of a prize, building, event or race: "Booker Prize", "Alfred Phillips House". */
const THING_HEADS = new Set(
  'prize award awards cup trophy medal house hall building tower circuit legends festival games show series championship open tour stakes memorial'.split(' '),
);
/** Longest person's name read here, in words: given, middle, family. */
const MAX_WORDS = 3;

/** True when `surface` has the shape of a person's name (see the file comment). */
export function isPersonShaped(surface: string, lists: NameLists = taggerNameLists()): boolean {
  const words = surface.split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && /\p{Ll}/u.test(w))) return false;
  if (!lists.first.hasPhrase(words[0])) return false;
  const last = words[words.length - 1].toLowerCase();
  if (THING_HEADS.has(last) || ORG_HEADS.has(last)) return false;
  return !words.slice(1).some((w) => lists.lower.hasPhrase(w) || lists.geo.hasPhrase(w) || lists.norp.hasPhrase(w));
}

/** The span, as a person when the tagger read a person-shaped name as MISC. */
export function personShapedMisc(text: string, span: NerSpan, lists: NameLists = taggerNameLists()): NerSpan {
  return span.label === 'MISC' && isPersonShaped(text.slice(span.start, span.end), lists) ? { ...span, label: 'PER' } : span;
}
