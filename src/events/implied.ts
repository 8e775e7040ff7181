// Fields an article implies for an event when its own sentences do not state them: its day (the
// day the article tells of nearest the event, else the day it was published: a shooting
// "reported" with no day told happened by then) and the article's home place (its dateline, else the place it names most). Each is
// marked implied, with the rule that made it; the evidence is the words that report the event
// (for the date) or the place's own words (for the location).
import type { DateMention, Event, EventLocation, Place, Span } from '../model.ts';
import { isStamp, type DateReference, type ReferenceBasis } from '../annotate/dates/reference.ts';
import { TYPES, type EventType } from './taxonomy.ts';
import { isDateline, isSayingDay, isOrigin } from './frames.ts';
import { evidenceFor } from './evidence.ts';
import { isOutletPlace } from '../geocode/outlet.ts';

/** Groups where an untold place or day is the article's: incidents, told where and when they happen. */
const INCIDENT_GROUPS = new Set(['violence_against_civilians', 'explosions_remote_violence', 'battles', 'protests', 'riots']);
/** ACLED's geo-precision codes for our place precisions. */
const GEO_PRECISION = { point: 1, region: 2, country: 3 } as const;

/** A name right before "said" is a speaker, not a place: "…, Paris said." */
const SPEAKER_AFTER = /^\s+(?:said|says|told|added|explained)\b/;

const isIncident = (e: Event) => INCIDENT_GROUPS.has(TYPES[e.type as EventType]?.group);

/** How far before the reference an untold incident day may lie: older days are history recalled. */
const RECENT_DAYS = 30;

/** What the article says about its own time: its date mentions and the day they count from. */
export interface ArticleTime {
  articleId: string;
  text: string;
  dates: DateMention[];
  reference: DateReference | null;
}

const daysBefore = (day: string, ref: string) => (Date.parse(ref) - Date.parse(day)) / 86_400_000;


/** Day mentions that can date an untold incident: resolved, not a stamp nor the day of a saying, within the recent past of the reference. */
function recentDays(t: ArticleTime): DateMention[] {
  const ref = t.reference?.value;
  if (!ref) return [];
  return t.dates.filter((d) => d.precision === 'day' && d.value && d.role !== 'end' && !isStamp(t.text, d)
    && !isSayingDay(t.text, d)
    && daysBefore(d.value, ref) >= 0 && daysBefore(d.value, ref) <= RECENT_DAYS);
}

/** The day mention nearest before the event's first words (else the first after): the day the article tells it on. */
function toldDay(e: Event, days: DateMention[]): DateMention | null {
  const at = Math.min(...e.evidence.type.map((s) => s.start));
  return [...days].reverse().find((d) => d.end <= at) ?? days[0] ?? null;
}

/** What the reference says an event reported in the article happened by, when it is a day of publication. */
// Only a publication date given with the page: a day read from a stamp or a URL resolves the
// article's own relative days, but does not date what it leaves undated (on ECB+ that split one
// story's reports into different days: b3-recall 0.968→0.934).
const PUBLICATION_RULE: Partial<Record<ReferenceBasis, string>> = { published: 'date:published' };

/**
 * An incident that occurred, with no day of its own, happened on the day the article tells
 * (the day mention nearest before it, within the recent past: implied, rule date:article-day);
 * else on the publication day (implied, rule date:published, date:stamped or date:url). Recalled
 * and planned events get neither.
 */
export function impliedDates(events: Event[], t: ArticleTime): void {
  const days = recentDays(t);
  const basis = t.reference?.basis;
  const publication = basis ? PUBLICATION_RULE[basis] : undefined;
  for (const e of events) {
    if (e.date || e.background || e.modality !== 'occurred') continue;
    const told = isIncident(e) ? toldDay(e, days) : null;
    if (told) {
      e.date = { start: told.value, end: null, precision: 'day', basis: 'implied', yearResolved: true, reason: 'the day the article tells of, nearest the event' };
      e.evidence.date = [evidenceFor(t.articleId, t.text, told)];
      e.provenance.date = { rule: `date:article-day+${told.rule}`, basis: 'implied' };
    } else if (publication) {
      e.date = { start: t.reference!.value, end: null, precision: 'day', basis: 'implied', yearResolved: true, reason: 'the day the article was published' };
      e.evidence.date = t.reference!.span ? [evidenceFor(t.articleId, t.text, t.reference!.span)] : [...e.evidence.type];
      e.provenance.date = { rule: publication, basis: 'implied' };
    }
  }
}

/** An event location of region or country precision that holds `town`. */
function surrounds(loc: EventLocation, town: Place): boolean {
  if (loc.precision === GEO_PRECISION.point || loc.country !== town.country) return false;
  return loc.precision === GEO_PRECISION.country || (!!loc.admin1 && loc.admin1 === town.admin1);
}

/** How a town was chosen when nothing in the text placed it: the only entry of that name, or the biggest. */
const UNPLACED_CHOICE = /^(?:span|cue|trie):(?:only|population|name|kind)$/;
/** A place rule ("span:only") or an event's place rule ("place:span:only+locative") without its prefix and cue. */
const byNameAlone = (rule: string | undefined) => UNPLACED_CHOICE.test((rule ?? '').replace(/^place:/, '').replace(/\+.*$/, ''));

/** Ids of data/gazetteer/curated.json entries: names written by hand to be unambiguous. */
const CURATED_ID_PREFIX = 'cur:';

/** A story with no dateline nor outlet is about the admin-1 holding this many more of its place mentions than any other. */
const DOMINANT_ADMIN1_MIN = 2;

const sameAdmin1 = (a: { country: string | null; admin1: string | null }, b: { country: string | null; admin1: string | null }) =>
  a.country === b.country && a.admin1 === b.admin1;

/**
 * Where a local story is at home, whatever its places resolved to by name: the dateline (its town,
 * else its state); else the admin-1 most of its place mentions lie in, by a clear lead (a place in
 * it, towns first: a wire story in another state's paper is about its own places); else the
 * outlet's town ("Los Angeles Times", "CBS Chicago").
 */
export function anchorPlace(text: string, places: Place[], persons: Span[] = []): Place | null {
  const resolved = places.filter((p) => p.gazetteerId && p.country);
  const datelines = resolved.filter((p) => !isOutletPlace(p) && p.precision !== 'country' && isDateline(text, p));
  const dateline = datelines.find((p) => p.precision === 'point') ?? datelines[0];
  if (dateline) return dateline;
  const counts = new Map<string, Place[]>();
  // Surnames and speakers ("Rivera said") are no vote; the outlet's town is one.
  const voters = resolved.filter((x) => x.admin1 && x.precision !== 'country' && !persons.some((n) => n.start < x.end && x.start < n.end)
    && !SPEAKER_AFTER.test(text.slice(x.end, x.end + 12)));
  for (const p of voters) {
    const key = `${p.country}|${p.admin1}`;
    counts.set(key, [...(counts.get(key) ?? []), p]);
  }
  const [best, second] = [...counts.values()].sort((a, b) => b.length - a.length);
  if (best && best.length - (second?.length ?? 0) >= DOMINANT_ADMIN1_MIN) return best.find((p) => p.precision === 'point') ?? best[0];
  return resolved.find((p) => isOutletPlace(p) && p.precision !== 'country') ?? null;
}

/**
 * A town (or a foreign region) resolved by name alone (no state beside it, nothing else in the text placing it) in
 * another admin-1 or country than where the story is at home: a neighbourhood or street sharing a
 * faraway town's name ("Kensington" in a Philadelphia story, "Florence" in the Los Angeles Times).
 */
function distantNamesake(loc: { country: string | null; admin1: string | null; gazetteerId: string | null; town: boolean; wholeCountry: boolean }, rule: string | undefined, anchor: Place): boolean {
  // A country or a state of the story's own country named outright is meant ("in Indonesia", "a man from North Carolina");
  // a foreign region by name alone is a namesake ("St. George" in Grenada).
  if (loc.wholeCountry || (!loc.town && loc.country === anchor.country)) return false;
  // A hand-curated landmark, region or border ("Crocus City Hall", "the Tajik–Afghan border") has no namesakes.
  if (loc.gazetteerId?.startsWith(CURATED_ID_PREFIX)) return false;
  return byNameAlone(rule) && !sameAdmin1(loc, anchor);
}

/** The town (then region) named most among `places`, first on ties. */
function mostNamed(places: Place[]): Place | null {
  for (const precision of ['point', 'region'] as const) {
    const counts = new Map<string, { n: number; first: Place }>();
    for (const p of places.filter((x) => x.precision === precision)) {
      const c = counts.get(p.gazetteerId!) ?? { n: 0, first: p };
      c.n++;
      counts.set(p.gazetteerId!, c);
    }
    let best: { n: number; first: Place } | null = null;
    for (const c of counts.values()) if (!best || c.n > best.n) best = c;
    if (best) return best.first;
  }
  return null;
}

/**
 * The article's home place: its dateline town; else, when the dateline names only a state, the
 * town in that state named most, else that state; else the town (then region) named most, first
 * on ties. Places that say where a person is from ("a Michigan man") or that are a person's
 * name ("Lt. Joe Mendoza", "Paris said") do not count.
 */
export function homePlace(text: string, places: Place[], persons: Span[] = []): Place | null {
  const named = places.filter((p) => p.gazetteerId && !isOutletPlace(p) && !persons.some((n) => n.start < p.end && p.start < n.end)
    && !SPEAKER_AFTER.test(text.slice(p.end, p.end + 12)));
  const resolved = named.filter((p) => !isOrigin(text, p));
  // A local story that names its town only as where people are from ("a Baltimore man") happened there;
  // one that names none happened around the outlet's town ("The Augusta Chronicle").
  if (!resolved.some((p) => p.precision !== 'country')) return mostNamed(named) ?? mostNamed(places.filter((p) => p.gazetteerId && isOutletPlace(p)));
  // A story that names only a state, and a resident town in it ("an Augusta woman … in Georgia"), happened in that town.
  if (!resolved.some((p) => p.precision === 'point')) {
    const regions = new Set(resolved.filter((p) => p.precision === 'region').map((p) => p.admin1));
    const town = mostNamed(named.filter((p) => p.precision === 'point' && regions.has(p.admin1)));
    if (town) return town;
  }
  const datelines = resolved.filter((p) => isDateline(text, p));
  const town = datelines.find((p) => p.precision === 'point');
  if (town) return town;
  const region = datelines[0];
  if (region) return mostNamed(resolved.filter((p) => p.precision === 'point' && p.admin1 === region.admin1)) ?? region;
  return mostNamed(resolved);
}

/** The town the story names most in the anchor's admin-1 (origins, speakers and persons aside), else the anchor itself. */
function localHome(text: string, places: Place[], persons: Span[], anchor: Place): Place {
  const local = places.filter((p) => p.gazetteerId && p.precision === 'point' && !isOutletPlace(p) && sameAdmin1(p, anchor) && !isOrigin(text, p)
    && !persons.some((n) => n.start < p.end && p.start < n.end) && !SPEAKER_AFTER.test(text.slice(p.end, p.end + 12)));
  return mostNamed(local) ?? anchor;
}

/**
 * Incidents with no place of their own happened at the article's home place (implied); so did
 * those placed only in the region or country around the home town ("a Pennsylvania Walmart" in a
 * story datelined in a Pennsylvania town): the town is the finer answer. A home or incident place
 * that is a distant namesake of a town in the story's anchor admin-1 yields to the anchor's town.
 */
export function impliedLocations(events: Event[], articleId: string, text: string, places: Place[], persons: Span[] = []): void {
  const anchor = anchorPlace(text, places, persons);
  let home = homePlace(text, places, persons);
  if (anchor && (!home || distantNamesake({ ...home, town: home.precision === 'point', wholeCountry: home.precision === 'country' }, home.rule, anchor))) home = localHome(text, places, persons, anchor);
  if (!home) return;
  const yields = (loc: EventLocation, rule: string | undefined) =>
    (home!.precision === 'point' && surrounds(loc, home!)) || (!!anchor && sameAdmin1(home!, anchor) && distantNamesake({ ...loc, town: loc.precision === GEO_PRECISION.point, wholeCountry: loc.precision === GEO_PRECISION.country }, rule, anchor));
  for (const e of events) {
    if (e.background || !isIncident(e)) continue;
    if (e.location && !yields(e.location, e.provenance.location?.rule)) continue;
    e.location = {
      name: home.name, admin1: home.admin1, country: home.country, lat: home.lat, lon: home.lon,
      gazetteerId: home.gazetteerId, precision: GEO_PRECISION[home.precision],
    };
    e.evidence.location = [evidenceFor(articleId, text, home), ...(e.evidence.location ?? [])];
    e.provenance.location = { rule: isOutletPlace(home) ? 'place:article-outlet' : isDateline(text, home) ? 'place:article-dateline' : 'place:article-most-named', basis: 'implied' };
  }
}
