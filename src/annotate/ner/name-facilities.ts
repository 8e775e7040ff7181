// Facilities named like bodies: "Kennedy Space Center", "the White House", "Bush House", "the
// National Air and Space Museum", "Crocus City Hall". The tagger, seeing a capitalised run that
// ends in a noun, often reads an organisation; a name that ends with a building's or a site's head
// word is the site (FAC, scored as a place), whoever runs it. So is a "person" whose name ends so
// and opens with no known given name ("Phillips House", "Chiang Kai Shek Memorial Hall Station");
// a person named by a given name keeps a family name that is such a word ("Monty Hall").
import type { EntityType } from '../../model.ts';
import { taggerNameLists, type NameLists } from './name-lists.ts';

/**
 * Words that end a facility's name: buildings and sites ("Center", "House", "Museum", "Tower",
 * "Complex", "Gardens", "Courthouse") and the sites of conflict reporting ("Air Base", "Checkpoint").
 */
const FACILITY_HEADS = /\b(?:Center|Centre|House|Museum|Tower|Towers|Complex|Garden|Gardens|Courthouse|Hall|Airport|Airfield|Air Base|Stadium|Mosque|Church|Cathedral|Hospital|Bridge|Dam|Square|Palace|Embassy|Consulate|Prison|Market|Bazaar|Camp|Port|Refinery|Plant|Station|Barracks|Checkpoint|Crossing)$/;

/** True when the name ends with a facility's head word ("Kennedy Space Center", "Bagram Air Base"). */
export function isFacilityName(surface: string): boolean {
  return FACILITY_HEADS.test(surface);
}

/** True when the tagger's reading of `surface` as `type` is a facility's name (see the file comment). */
export function readsAsFacility(surface: string, type: EntityType, lists: NameLists = taggerNameLists()): boolean {
  if (!isFacilityName(surface)) return false;
  if (type === 'ORG' || type === 'LOC') return true;
  const words = surface.split(/\s+/);
  return type === 'PERSON' && words.length >= 2 && !lists.first.hasPhrase(words[0]);
}
