// Facilities named like bodies: "Kennedy Space Center", "the White House", "Bush House", "the
// National Air and Space Museum", "Crocus City Hall". The tagger, seeing a capitalised run that
// ends in a noun, often reads an organisation; a name that ends with a building's or a site's head
// word is the site (FAC, scored as a place), whoever runs it.

/**
 * Words that end a facility's name: buildings and sites ("Center", "House", "Museum", "Tower",
 * "Complex", "Gardens", "Courthouse") and the sites of conflict reporting ("Air Base", "Checkpoint").
 */
const FACILITY_HEADS = /\b(?:Center|Centre|House|Museum|Tower|Towers|Complex|Garden|Gardens|Courthouse|Hall|Airport|Airfield|Air Base|Stadium|Mosque|Church|Cathedral|Hospital|Bridge|Dam|Square|Palace|Embassy|Consulate|Prison|Market|Bazaar|Camp|Port|Refinery|Plant|Station|Barracks|Checkpoint|Crossing)$/;

/** True when the name ends with a facility's head word ("Kennedy Space Center", "Bagram Air Base"). */
export function isFacilityName(surface: string): boolean {
  return FACILITY_HEADS.test(surface);
}
