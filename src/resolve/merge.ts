// Whether an event mention reports the same real event as a canonical event: a compatible type,
// dates that overlap or nearly so, compatible places and shared actors. Any hard disagreement
// (another year, another week, another country, a user's split) keeps them apart.
import type { Event } from '../model.ts';
import { TYPES, isEventType, type EventGroup } from '../events/taxonomy.ts';
import { dayGap } from './dates.ts';

/** Reports of one event a day or two apart disagree on the date; a week apart are two events. */
export const NEAR_DAYS = 3;
/** Two precise places farther apart than this are two events (a city and its suburbs are closer). */
const MAX_POINT_KM = 60;
/** A merge needs at least this score (type 0.4, date 0.25, place 0.2, actors 0.15). */
export const MERGE_THRESHOLD = 0.5;
/** ACLED's violent groups: an "attack" and a "suicide bomb" can be one incident told two ways. */
const VIOLENT_GROUPS = new Set<EventGroup>(['battles', 'explosions_remote_violence', 'violence_against_civilians']);

/** Battles, explosions and violence against civilians: the types with a perpetrator to disagree about. */
export function isViolent(type: string): boolean {
  const g = group(type);
  return g !== null && VIOLENT_GROUPS.has(g);
}

/**
 * The canonical event types a mention of `type` can merge with (mergeVerdict's first test): its
 * own, and the other types of its violent group. Resolve reads full records for these types only.
 */
export function mergeableTypes(type: string): string[] {
  const g = group(type);
  if (g === null || !VIOLENT_GROUPS.has(g)) return [type];
  return [...new Set([type, ...Object.entries(TYPES).filter(([, info]) => info.group === g).map(([t]) => t)])];
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

function actorKeys(e: Event): Set<string> {
  return new Set(e.actors.map((a) => (a.kbId ?? a.name).toLowerCase()));
}

/** The merge score of `m` into `c`, or null when they must stay apart. */
export function mergeVerdict(m: Event, c: Event): MergeVerdict | null {
  const reasons: string[] = [];
  let score = 0;
  if (m.type === c.type) {
    score += 0.4;
    reasons.push(`same type ${m.type}`);
  } else if (group(m.type) && group(m.type) === group(c.type) && VIOLENT_GROUPS.has(group(m.type)!)) {
    score += 0.25;
    reasons.push(`same ACLED group ${group(m.type)}`);
  } else return null;

  const gap = dayGap(m.date, c.date);
  if (gap !== null && gap > NEAR_DAYS) return null;
  if (gap === 0) {
    score += 0.25;
    reasons.push('dates overlap');
  } else if (gap !== null) {
    score += 0.15;
    reasons.push(`dates ${gap} days apart`);
  } else score += 0.1;

  const a = m.location, b = c.location;
  if (a && b) {
    if (a.country && b.country && a.country !== b.country && !weakCountry(m) && !weakCountry(c)) return null;
    const dist = a.precision === 1 && b.precision === 1 ? km(a, b) : null;
    if (dist !== null && dist > MAX_POINT_KM) return null;
    if (a.gazetteerId && a.gazetteerId === b.gazetteerId) {
      score += 0.2;
      reasons.push(`same place ${a.name}`);
    } else if (dist !== null || (a.admin1 && a.admin1 === b.admin1)) {
      score += 0.15;
      reasons.push(`same area ${a.admin1 ?? a.name}`);
    } else if (a.country && a.country === b.country) {
      score += 0.08;
      reasons.push(`same country ${a.country}`);
    }
  } else score += 0.05;

  const ma = actorKeys(m), ca = actorKeys(c);
  const shared = [...ma].filter((k) => ca.has(k));
  if (shared.length) {
    score += 0.15 * (shared.length / Math.min(ma.size, ca.size));
    reasons.push(`shared actors ${shared.join(', ')}`);
  }
  return { score: +score.toFixed(3), reasons };
}
