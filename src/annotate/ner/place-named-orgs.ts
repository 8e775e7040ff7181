// Organisations named after a place: "Boston Bruins", "Perth Glory", "Houston Chronicle",
// "Connecticut Lottery". The tagger, seeing a known place open the name, often reads the whole as a
// place. A name made of a known place and one or two more capitalised words, none of them a word
// that makes a place of it ("City", "County", "River", "Stadium", "Springs") nor a place itself,
// names a team, paper or body based there. So does a place reading holding a body's head noun
// ("Florida Department of Law Enforcement"), and an airline named "Air" and a place ("Air France").
import { taggerNameLists, type NameLists } from './name-lists.ts';
import { ORG_HEADS } from './runs.ts';

/** Words that, after a place, still name a place or a site ("Kansas City", "Volgograd Arena"). */
const PLACE_TAIL = new Set(
  (
    'city county province region district oblast krai state island islands river valley mountain mountains mount ' +
    'lake sea bay gulf coast peninsula desert street road avenue square park airport station stadium bridge hall ' +
    'tower centre center heights hill hills beach harbour harbor port strait canal plain plateau basin delta ' +
    'forest border quarter township municipality governorate prefecture territory capital metro area arena ' +
    'springs spring creek falls field fields garden gardens hook point ridge reservoir estate village town downs ' +
    'bank shore cape isle glacier pass gate circle place court way lane drive boulevard wharf pier dam base camp ' +
    'north south east west northeast northwest southeast southwest ' +
    // Streets and neighbourhoods, written out or abbreviated ("Euclid Ave.", "Vermont Knolls", "Dearborn Hts").
    'ave ave. st. dr. rd. blvd blvd. hts hts. pike terrace knolls meadows pond lawn grove woods manor acres ' +
    'junction landing commons plaza mall apartments interchange'
  ).split(' '),
);
/** Words that open a place's own name, not an organisation's ("North Vancouver", "Greater Manchester"). */
const PLACE_OPENERS = new Set(
  'north south east west northern southern eastern western central upper lower new greater old little great mid middle inner outer far near'.split(' '),
);
/** Longest tail after the place: "St. Louis Eagles" 1, "Fort Worth Star-Telegram" 1, "Texas High School" would be 2. */
const MAX_TAIL = 2;

/** True when the tagger's place reading is an organisation named after a place (see the file comment). */
export function isPlaceNamedOrg(surface: string, lists: NameLists = taggerNameLists()): boolean {
  const words = surface.split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0])) return false;
  // A known place ("San Francisco"), a compass name ("North Carolina") or a given name ("Chad Smith") is no organisation.
  // An airline named "Air" and its country or city: "Air France", "Air India".
  if (words[0] === 'Air' && lists.geo.hasPhrase(...words.slice(1))) return true;
  // An abbreviation ("St. Louis Eagles") is no given name, whatever the list holds.
  const givenName = !words[0].endsWith('.') && lists.first.hasPhrase(words[0]);
  if (lists.geo.hasPhrase(...words) || PLACE_OPENERS.has(words[0].toLowerCase()) || givenName) return false;
  for (let k = words.length - 1; k >= 1; k--) {
    if (!lists.geo.hasPhrase(...words.slice(0, k))) continue;
    const tail = words.slice(k);
    if (tail.length > MAX_TAIL) return false;
    const head = tail[tail.length - 1];
    return tail.every((w) => /^\p{Lu}/u.test(w) && !lists.geo.hasPhrase(w)) && !PLACE_TAIL.has(head.toLowerCase());
  }
  return false;
}

/** Head nouns that stand in places' names too ("United States", "Soviet Union", "Union Boulevard"). */
const PLACE_NAME_HEADS = new Set(['united', 'union']);

/**
 * True when a place reading of two or more words holds an organisation's head noun after its first
 * word: "Florida Department of Law Enforcement", "Irving Independent School District".
 */
export function holdsOrgHead(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.slice(1).some((w) => /^\p{Lu}/u.test(w) && ORG_HEADS.has(w.toLowerCase()) && !PLACE_NAME_HEADS.has(w.toLowerCase()));
}
