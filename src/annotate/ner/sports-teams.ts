// Teams named after places. In a match report "Sweden defeated South Korea 1-0" names two teams,
// not two states: typed as places, they would make a sports result read like a clash between
// countries. A place name is a team where a sentence gives a score and a contest word, unless it
// follows a locative preposition ("in Sochi", "at Nizhny Novgorod") or stands in a "City, State"
// address ("Houston, Texas"); in a report holding such sentences, the same names stay teams
// wherever a sentence speaks of the contest ("put Sweden in the lead").
import type { Mention } from '../../model.ts';
import type { Sentence } from '../sentences.ts';

/**
 * A match score: two small numbers joined by a dash ("1 – 0", "3-2"), then the end of a clause, a
 * team's name or a word of the result; not dates, times, or a range counting something ("10-12 people").
 */
const SCORE = /(?<![\d.,:/–—-]\s?)\b\d{1,2}\s?[–—-]\s?\d{1,2}(?=\s*(?:$|[.,;:)(\n]|\p{Lu}|(?:win|victory|defeat|loss|draw|lead|up|down|in|on|at|to|after|with|against|over|and|aggregate)\b))/u;
/** Words of a sporting contest. */
const CONTEST = /\b(?:defeat(?:ed|s)?|beat(?:s|en)?|draw|drew|lost|los(?:e|es|ing)|faced?|vs?\.|versus|won|win(?:s|ning|ner)?|match(?:es)?|game|goals?|scor(?:ed|es|ing)|lead|points?|coach|squad|team|league|cup|championship|tournament|season|final|semi-final|quarter-final|penalty|equalis(?:e|ed|er)|equaliz(?:e|ed|er)|striker|goalkeeper)\b/i;
/** A place name right after these is where something happened, never a team. */
const LOCATIVE_BEFORE = /\b(?:in|at|from|near|to|across|outside|inside)\s+(?:the\s+)?$/i;
/** Types that a place name gets (KB countries and towns, tagger places). */
const PLACE_TYPES = new Set(['GPE', 'LOC']);
/** How far back a locative preposition is looked for. */
const LOOK_BEHIND = 12;
/** What stands between a town and the state or country that follows it ("Houston, Texas"). */
const ADDRESS_COMMA = /^\s*,\s*$/;
/** After the second name, a list goes on ("Sweden, Germany and Spain"): the names are teams, not an address. */
const LIST_GOES_ON = /^\s*,?\s*(?:and|or|&)\s+\p{Lu}/u;
/** How far past the second name LIST_GOES_ON reads. */
const LOOK_AHEAD = 12;
/** A country's KB identity: two countries in a row are a list of teams, never "town, state". */
const COUNTRY_ID = /^cty:/;

function sentenceOf(sentences: Sentence[], at: number): Sentence | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * Places written as an address, a town then its state or country after a comma ("Houston, Texas",
 * "Kharkiv, Ukraine"): both name where something is, in a match report too. Mentions sorted by start.
 */
export function addressParts(text: string, mentions: Mention[]): Set<Mention> {
  const parts = new Set<Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const town = mentions[i], region = mentions[i + 1];
    if (!PLACE_TYPES.has(town.type) || !PLACE_TYPES.has(region.type)) continue;
    if (town.kbId && COUNTRY_ID.test(town.kbId)) continue;
    if (!ADDRESS_COMMA.test(text.slice(town.end, region.start))) continue;
    if (LIST_GOES_ON.test(text.slice(region.end, region.end + LOOK_AHEAD))) continue;
    parts.add(town).add(region);
  }
  return parts;
}

/** Mentions with the place names that are teams retyped ORG (rule "cue:sports-team", no KB identity). */
export function markSportsTeams(text: string, sentences: Sentence[], mentions: Mention[]): Mention[] {
  const address = addressParts(text, mentions);
  const isPlace = (m: Mention) =>
    PLACE_TYPES.has(m.type) && !address.has(m) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BEHIND), m.start));
  const contest = new Map<Sentence, boolean>();
  const speaksOfContest = (s: Sentence) => {
    let v = contest.get(s);
    if (v === undefined) contest.set(s, (v = CONTEST.test(text.slice(s.start, s.end))));
    return v;
  };
  const teams = new Set<string>();
  for (const m of mentions) {
    if (!isPlace(m)) continue;
    const s = sentenceOf(sentences, m.start);
    if (s && speaksOfContest(s) && SCORE.test(text.slice(s.start, s.end))) teams.add(text.slice(m.start, m.end));
  }
  if (!teams.size) return mentions;
  return mentions.map((m) => {
    if (!isPlace(m) || !teams.has(text.slice(m.start, m.end))) return m;
    const s = sentenceOf(sentences, m.start);
    return s && speaksOfContest(s) ? { ...m, type: 'ORG', kbId: null, rule: 'cue:sports-team' } : m;
  });
}
