// Places the text says are places: "Bilje is a village and municipality", "Piedade, a small
// village", "Khanzir, a town in Nineveh". The tagger reads an unknown one-word name where an actor
// stands as a person or an organisation; the sentence that defines it as a kind of place settles
// it, for that mention and for the name's other readings as a person or organisation in the text.
import type { Mention } from '../../model.ts';

/**
 * Right after a name: ", a" or " is a", up to two words ("small", "rural"), a kind of populated
 * place or area, and no noun that makes it a person's description ("a village elder"): a mark, the
 * end, or a word that goes on to say where or what it is.
 */
const DEFINED_AS_PLACE =
  /^(?: ?,| is| was) an? (?:[\p{Ll}-]+ ){0,2}(?:village|town|city|municipality|commune|district|region|province|suburb|neighbou?rhood|settlement|hamlet|parish|county|township|borough)(?= ?(?:[,.;:()]|$|(?:in|and|of|on|near|at|is|was|located|situated|that|which|with|about|some|north|south|east|west|outside)\b))/u;
/** How far after the name the definition is looked for. */
const LOOK_AHEAD = 60;
/** Readings such a name may have been given wrongly. */
const REPLACEABLE = new Set(['PERSON', 'ORG']);

const replaceable = (m: Mention) => REPLACEABLE.has(m.type) && !m.kbId && m.rule === 'ner-perceptron';

/** The mentions, with names the text defines as places, and their other readings, typed LOC. */
export function markDefinedPlaces(text: string, mentions: Mention[]): Mention[] {
  const places = new Set<string>();
  for (const m of mentions) {
    if (replaceable(m) && DEFINED_AS_PLACE.test(text.slice(m.end, m.end + LOOK_AHEAD))) places.add(text.slice(m.start, m.end));
  }
  if (places.size === 0) return mentions;
  return mentions.map((m) => (replaceable(m) && places.has(text.slice(m.start, m.end)) ? { ...m, type: 'LOC', rule: 'name:defined-place' } : m));
}
