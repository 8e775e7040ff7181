// The outlet's home town, read from its name in the page's title line: "The Augusta Chronicle",
// "Los Angeles Times", "Missoula Local News", "CBS Chicago". A local outlet reports its own area,
// so when an article names no place of its own, the events it tells happened around there. Such a
// place is marked (rule "outlet:…") so that it never stands for a place the story itself names.
import type { Place, Span } from '../model.ts';

/** How far into the text the title line (and the outlet named in it) may reach. */
const TITLE_REACH = 240;
/** Nouns that end a newspaper's or newsroom's name after its town. */
const OUTLET_NOUNS = 'Times|Chronicle|Tribune|Herald|Gazette|Post|Journal|Register|Star|Sun|Courier|Press|Observer|Dispatch|Inquirer|Bulletin|Examiner|Sentinel|Enquirer|Record|Daily News|Local News|News';
/** "Augusta Chronicle", "The Los Angeles Times": one to three capitalised words, then the outlet noun (often glued to the body). */
/** Words of outlet and section names that are no town: "Fox News", "Breaking News", "Local News". */
const TOWN_WORD = '(?!(?:Local|Daily|Free|Fox|Breaking|National|World|Top|Latest|Evening|Morning|Sunday|Weekly)\\b)[A-Z][a-z]+';
const PAPER = new RegExp(`(?:^|[|«»:–—-]\\s*|\\s)(?:The\\s+)?((?:${TOWN_WORD}\\s){0,2}${TOWN_WORD})\\s+(?:${OUTLET_NOUNS})(?=[A-Z\\s|.,:(–—-]|$)`, 'g');
/** A network's local station named by its town: "CBS Chicago", "NBC Bay Area", "« CBS Denver". */
/** A station named by number and state or town: "News 12 Connecticut", "Channel 4 Denver". */
const NUMBERED = /\b(?:News|Channel)\s+\d{1,2}\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[A-Z\s|.,:(–—-]|$)/g;
/** A city blog named by its town and "-ist", after the headline: ": Chicagoist", "| Torontoist". */
const CITY_BLOG = /(?:[:|«–—-]\s*)([A-Z][a-z]{2,})ist(?=[A-Z\s|.,:(–—-]|$)/g;
const STATION = /\b(?:CBS|NBC|ABC|FOX|Fox)\s+(?!News\b)((?:[A-Z][a-z]+\s)?[A-Z][a-z]+)(?=[A-Z\s|.,:(–—-]|$)/g;

/** Searched in this order; every match holds a name, so none is empty and exec always moves on. */
const OUTLET_PATTERNS = [PAPER, STATION, NUMBERED, CITY_BLOG];

type OutletCandidate = Span & { text: string; outlet: true };

/** The last text asked about and its outlets: the geocode stage and findPlaces both ask of each article. */
let last: { text: string; outlets: OutletCandidate[] } | null = null;

/** The town words of outlet names in the title line, as place candidates (fresh records each call). */
export function outletCandidates(text: string): OutletCandidate[] {
  if (last?.text !== text) last = { text, outlets: findOutlets(text) };
  return last.outlets.map((o) => ({ ...o }));
}

function findOutlets(text: string): OutletCandidate[] {
  const head = text.slice(0, TITLE_REACH);
  const out: OutletCandidate[] = [];
  // exec over each global pattern from the start, not matchAll: no pattern copy and iterator per text.
  for (const re of OUTLET_PATTERNS) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(head)); ) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({ start, end: start + m[1].length, text: m[1], outlet: true });
    }
  }
  return out;
}

export const isOutletPlace = (p: Place) => p.rule.startsWith('outlet:');

/** Places resolved from outlet names take the "outlet:" rule prefix (once: findPlaces may have set it). */
export function markOutletPlaces(places: Place[], outlets: Span[]): void {
  for (const p of places) {
    if (!isOutletPlace(p) && outlets.some((o) => o.start === p.start && o.end === p.end)) p.rule = `outlet:${p.rule}`;
  }
}
