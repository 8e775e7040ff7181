// Whether an event mention reports the same real event as a canonical event: a compatible type,
// dates that overlap or nearly so, compatible places and shared actors. Any hard disagreement
// (another year, another week, explicit days apart, another country or far-apart towns, other
// victims, a user's split) keeps them apart, and a type alone is not enough where both reports
// name places that differ.
import type { Event } from '../model.ts';
import { TYPES, isEventType, type EventGroup } from '../events/taxonomy.ts';
import { dayGap } from './dates.ts';

/** Reports of one event a day or two apart disagree on the date; a week apart are two events. */
export const NEAR_DAYS = 3;
/**
 * Explicit days (stated, with a year) of one event's reports differ by at most this much: time
 * zones, overnight events, and a report's "Sunday" read against its own publication day (ECB+ dev:
 * a one-day slack split two-day-apart reports of one arrest).
 */
const EXPLICIT_DAY_SLACK = 2;
/** Two precise places farther apart than this are two events (a city and its suburbs are closer). */
const MAX_POINT_KM = 60;
/** Two towns this close are one area (a city and its suburbs); farther, only a date or a party can tie them. */
const NEAR_TOWN_KM = 25;
/** A region's centre this near a town (or another region's) is the same area: suburbs, a province and its capital. */
const REGION_KM = 150;
/** A merge needs at least this score (type 0.4, date 0.25, place 0.2, actors 0.15). */
export const MERGE_THRESHOLD = 0.5;
/** Same type; or two types of one violent ACLED group (an attack and an abduction, a shelling and an air strike): one incident told two ways scores less. */
const SAME_TYPE = 0.4;
const SAME_GROUP = 0.25;
/** Dates: overlapping, a few days apart, or unknown on a side (neither support nor refutation, so a little). */
const DATES_OVERLAP = 0.25;
const DATES_NEAR = 0.15;
const DATE_UNKNOWN = 0.1;
/** Places: the same gazetteer place, one area (same region or within MAX_POINT_KM), one country only, or unknown on a side. */
const SAME_PLACE = 0.2;
const SAME_AREA = 0.15;
const SAME_COUNTRY = 0.08;
const PLACE_UNKNOWN = 0.05;
/** Shared actors, scaled by the share of the smaller side's actors. */
const SHARED_ACTORS = 0.15;
/** ACLED's violent groups: within one, two types can be one incident told two ways. */
const VIOLENT_GROUPS = new Set<EventGroup>(['battles', 'explosions_remote_violence', 'violence_against_civilians']);

/** Battles, explosions and violence against civilians: the types with a perpetrator to disagree about. */
export function isViolent(type: string): boolean {
  const g = group(type);
  return g !== null && VIOLENT_GROUPS.has(g);
}

/**
 * The family of types a mention of `type` can merge with (mergeVerdict's first test): a violent
 * type's ACLED group, any other type itself. The merge index keys events by it.
 */
export function mergeFamily(type: string): string {
  return isViolent(type) ? group(type)! : type;
}

export interface MergeVerdict {
  score: number;
  reasons: string[];
}

function group(type: string): EventGroup | null {
  return isEventType(type) ? TYPES[type].group : null;
}

function km(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** A country-level place that is one of the event's own actors' countries may be the actor, not the place. */
function weakCountry(e: Event): boolean {
  return e.location?.precision === 3 && e.actors.some((a) => a.country && a.country === e.location?.country);
}

/** A date the text gives to the day, with its year: two of them a few days apart are two events. */
function explicitDay(e: Event): boolean {
  return !!e.date && e.date.precision === 'day' && e.date.basis === 'stated' && e.date.yearResolved && !!e.date.start;
}

/** Both name whom the violence hit, and nobody in common: two incidents. */
function otherTargets(m: Event, c: Event): boolean {
  const targets = (e: Event) => new Set(e.actors.filter((x) => x.role === 'target').map((x) => (x.kbId ?? x.name).toLowerCase()));
  const tm = targets(m), tc = targets(c);
  return tm.size > 0 && tc.size > 0 && ![...tm].some((t) => tc.has(t));
}

/** Both say which state did it, and no state in common: Tajik guards' detention is not Russia's. */
function otherStates(m: Event, c: Event): boolean {
  const states = (e: Event) => new Set(e.actors.filter((x) => x.role === 'actor1' && x.kbId?.startsWith('cty:')).map((x) => x.kbId));
  const sm = states(m), sc = states(c);
  return sm.size > 0 && sc.size > 0 && ![...sm].some((s) => sc.has(s));
}

function actorKeys(e: Event): Set<string> {
  return new Set(e.actors.map((a) => (a.kbId ?? a.name).toLowerCase()));
}

/** The merge score of `m` into `c`, or null when they must stay apart. */
export function mergeVerdict(m: Event, c: Event): MergeVerdict | null {
  const reasons: string[] = [];
  let score = 0;
  if (m.type === c.type) {
    score += SAME_TYPE;
    reasons.push(`same type ${m.type}`);
  } else if (isViolent(m.type) && group(m.type) === group(c.type)) {
    score += SAME_GROUP;
    reasons.push(`same ACLED group ${group(m.type)}`);
  } else return null;

  const gap = dayGap(m.date, c.date);
  if (gap !== null && gap > NEAR_DAYS) return null;
  if (gap !== null && gap > EXPLICIT_DAY_SLACK && explicitDay(m) && explicitDay(c)) return null;
  if (gap === 0) {
    score += DATES_OVERLAP;
    reasons.push('dates overlap');
  } else if (gap !== null) {
    score += DATES_NEAR;
    reasons.push(`dates ${gap} days apart`);
  } else score += DATE_UNKNOWN;

  const a = m.location, b = c.location;
  let placed = false;
  if (a && b) {
    if (a.country && b.country && a.country !== b.country && !weakCountry(m) && !weakCountry(c)) return null;
    const dist = a.precision === 1 && b.precision === 1 ? km(a, b) : null;
    if (dist !== null && dist > MAX_POINT_KM) return null;
    // A town and a region around it ("Moscow" and "the Moscow suburbs") are one area too.
    const nearRegion = a.precision <= 2 && b.precision <= 2 && a.precision + b.precision > 2 && (km(a, b) ?? Infinity) <= REGION_KM;
    placed = !!(a.gazetteerId && a.gazetteerId === b.gazetteerId) || (dist !== null && dist <= NEAR_TOWN_KM) || nearRegion || !!(a.admin1 && a.admin1 === b.admin1);
    if (a.gazetteerId && a.gazetteerId === b.gazetteerId) {
      score += SAME_PLACE;
      reasons.push(`same place ${a.name}`);
    } else if (placed) {
      score += SAME_AREA;
      reasons.push(`same area ${a.admin1 ?? a.name}`);
    } else if (a.country && a.country === b.country) {
      score += SAME_COUNTRY;
      reasons.push(`same country ${a.country}`);
    }
  } else score += PLACE_UNKNOWN;

  const ma = actorKeys(m), ca = actorKeys(c);
  const shared = [...ma].filter((k) => ca.has(k));
  if (shared.length) {
    score += SHARED_ACTORS * (shared.length / Math.min(ma.size, ca.size));
    reasons.push(`shared actors ${shared.join(', ')}`);
  } else if ((isViolent(m.type) && otherTargets(m, c)) || otherStates(m, c)) return null;
  // Both name where it happened and the places differ (or agree on a country only): only an agreeing
  // date or a shared party can still make it one event.
  if (a && b && !placed && gap === null && !shared.length) return null;
  return { score: +score.toFixed(3), reasons };
}
