// Fields an article implies for an event when its own sentences do not state them: the day it was
// reported (a shooting "reported" with no day told happened by then, and news is about the last
// day or two) and the article's home place (its dateline, else the place it names most). Each is
// marked implied, with the rule that made it; the evidence is the words that report the event
// (for the date) or the place's own words (for the location).
import type { Event, Place, Span } from '../model.ts';
import { TYPES, type EventType } from './taxonomy.ts';
import { isDateline, isOrigin } from './frames.ts';
import { evidenceFor } from './evidence.ts';

/** Groups where an untold place or day is the article's: incidents, told where and when they happen. */
const INCIDENT_GROUPS = new Set(['violence_against_civilians', 'explosions_remote_violence', 'battles', 'protests', 'riots']);
/** ACLED's geo-precision codes for our place precisions. */
const GEO_PRECISION = { point: 1, region: 2, country: 3 } as const;

/** A name right before "said" is a speaker, not a place: "…, Paris said." */
const SPEAKER_AFTER = /^\s+(?:said|says|told|added|explained)\b/;

const isIncident = (e: Event) => INCIDENT_GROUPS.has(TYPES[e.type as EventType]?.group);

/** The publication day, when the article gives one to the day. */
function publicationDay(published: string | null): string | null {
  const day = published?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}

/**
 * An event that occurred, with no day of its own, is dated by the article's publication day
 * (implied, rule date:published); recalled and planned events are not.
 */
export function impliedDates(events: Event[], published: string | null): void {
  const day = publicationDay(published);
  if (!day) return;
  for (const e of events) {
    if (e.date || e.background || e.modality !== 'occurred') continue;
    e.date = { start: day, end: null, precision: 'day', basis: 'implied', yearResolved: true, reason: 'the day the article was published' };
    e.evidence.date = [...e.evidence.type];
    e.provenance.date = { rule: 'date:published', basis: 'implied' };
  }
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
  const resolved = places.filter((p) => p.gazetteerId && !isOrigin(text, p) && !persons.some((n) => n.start < p.end && p.start < n.end)
    && !SPEAKER_AFTER.test(text.slice(p.end, p.end + 12)));
  const datelines = resolved.filter((p) => isDateline(text, p));
  const town = datelines.find((p) => p.precision === 'point');
  if (town) return town;
  const region = datelines[0];
  if (region) return mostNamed(resolved.filter((p) => p.precision === 'point' && p.admin1 === region.admin1)) ?? region;
  return mostNamed(resolved);
}

/** Incidents with no place of their own happened at the article's home place (implied). */
export function impliedLocations(events: Event[], articleId: string, text: string, places: Place[], persons: Span[] = []): void {
  const home = homePlace(text, places, persons);
  if (!home) return;
  for (const e of events) {
    if (e.location || e.background || !isIncident(e)) continue;
    e.location = {
      name: home.name, admin1: home.admin1, country: home.country, lat: home.lat, lon: home.lon,
      gazetteerId: home.gazetteerId, precision: GEO_PRECISION[home.precision],
    };
    e.evidence.location = [evidenceFor(articleId, text, home)];
    e.provenance.location = { rule: isDateline(text, home) ? 'place:article-dateline' : 'place:article-most-named', basis: 'implied' };
  }
}
