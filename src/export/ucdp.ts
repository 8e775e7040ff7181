// UCDP GED-style CSV: GED's column names; every event matching the query is a row, and
// `type_of_violence` is set only for violent events (see violenceType for how it is decided).
import type { Event } from '../model.ts';
import { TYPES, type EventType } from '../events/taxonomy.ts';
import { csvRow, type CsvValue } from './csv.ts';
import { isArmedGroup, isStateActor, sidesOf } from './actors.ts';
import { countryCodes, countryName, ucdpRegion } from './countries.ts';
import { yearOf } from './acled.ts';
import type { EventSources } from './sources.ts';

export const UCDP_COLUMNS = [
  'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_dyad_new_id', 'conflict_name',
  'dyad_name', 'side_a', 'side_b', 'source_article', 'source_office', 'source_date', 'source_headline', 'where_prec',
  'where_coordinates', 'adm_1', 'country', 'country_id', 'region', 'latitude', 'longitude', 'event_clarity', 'date_prec',
  'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low',
] as const;

/** Types whose group is organised violence as GED counts it; riots and protests are not organised actors. */
const VIOLENT_GROUPS = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);
/** Excessive force against protesters is a state's one-sided violence, though ACLED files it under protests. */
const ONE_SIDED_TYPES = new Set<string>(['excessive_force_against_protesters']);

/**
 * GED's type_of_violence: 3 one-sided for violence against civilians (and excessive force against
 * protesters); for battles and remote violence, 1 state-based when a state actor (country,
 * government, army, security service) is on either side, 2 non-state when both sides are known
 * armed groups; null when the sides cannot tell, and for non-violent events.
 */
export function violenceType(e: Event): 1 | 2 | 3 | null {
  const group = TYPES[e.type as EventType]?.group;
  if (ONE_SIDED_TYPES.has(e.type) || group === 'violence_against_civilians') return 3;
  if (!group || !VIOLENT_GROUPS.has(group)) return null;
  const { side1, side2 } = sidesOf(e);
  if ([...side1, ...side2].some(isStateActor)) return 1;
  if (side1.some(isArmedGroup) && side2.some(isArmedGroup)) return 2;
  return null;
}

const DAY_MS = 86_400_000;

/** GED's date_prec: 1 the day, 2 within 2–6 days, 3 a week, 4 a month, 5 longer (within the year). */
function datePrecision(start: string, end: string, precision: string): number {
  if (precision === 'year') return 5;
  if (precision === 'month') return 4;
  const days = (Date.parse(end) - Date.parse(start)) / DAY_MS + 1;
  return days <= 1 ? 1 : days <= 6 ? 2 : days <= 7 ? 3 : days <= 31 ? 4 : 5;
}

/** A partial ISO date widened to the first and last day it covers ("2024-03" → 2024-03-01..2024-03-31). */
export function dateBounds(value: string | null): [string, string] | null {
  if (!value || !/^\d{4}/.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number);
  if (d) return [value, value];
  if (m) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const mm = String(m).padStart(2, '0');
    return [`${y}-${mm}-01`, `${y}-${mm}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** GED's where_prec from ours: 1 exact place, 4 first-order region, 6 whole country. */
const WHERE_PREC: Record<1 | 2 | 3, number> = { 1: 1, 2: 4, 3: 6 };

export async function ucdpRow(e: Event, sources: EventSources): Promise<string> {
  const violence = violenceType(e);
  let { side1, side2 } = sidesOf(e);
  // GED puts the government on side A of a state-based dyad.
  if (violence === 1 && !side1.some(isStateActor) && side2.some(isStateActor)) [side1, side2] = [side2, side1];
  const sideA = side1[0]?.name ?? null;
  const sideB = side2[0]?.name ?? null;
  const first = dateBounds(e.date?.start ?? e.date?.end ?? null);
  const last = dateBounds(e.date?.end ?? e.date?.start ?? null);
  const dateStart = first?.[0] ?? null;
  const dateEnd = last?.[1] ?? null;
  const deaths = e.fatalities;
  const best = deaths ? deaths.best ?? deaths.low ?? deaths.high : null;
  const low = deaths ? deaths.low ?? deaths.best : null;
  const high = deaths ? deaths.high ?? best : null;
  const refs = await sources.refs(e);
  const codes = countryCodes(e.location?.country);
  const row: Record<(typeof UCDP_COLUMNS)[number], CsvValue> = {
    id: e.id,
    relid: null,
    year: yearOf(dateStart),
    active_year: null,
    code_status: null,
    type_of_violence: violence,
    conflict_dyad_new_id: null,
    conflict_name: null,
    dyad_name: sideA && sideB ? `${sideA} - ${sideB}` : null,
    side_a: sideA,
    side_b: sideB,
    source_article: refs.map((r) => [r.outlet, r.title && `"${r.title}"`, r.published, r.url].filter(Boolean).join(', ')).join('; '),
    source_office: (await sources.outlets(e)).join('; '),
    source_date: refs.map((r) => r.published ?? '').join('; '),
    source_headline: refs.map((r) => r.title ?? '').join('; '),
    where_prec: e.location ? WHERE_PREC[e.location.precision] : null,
    where_coordinates: e.location?.name,
    adm_1: e.location?.admin1,
    country: countryName(e.location?.country),
    country_id: codes?.cow,
    region: ucdpRegion(codes?.cow ?? null),
    latitude: e.location?.lat,
    longitude: e.location?.lon,
    // 1: one event at one time and place; 2: a report summing several (a range longer than a day).
    event_clarity: e.date ? (e.date.precision === 'day' && dateStart === dateEnd ? 1 : 2) : null,
    date_prec: dateStart && dateEnd ? datePrecision(dateStart, dateEnd, e.date!.precision) : null,
    date_start: dateStart,
    date_end: dateEnd,
    deaths_a: null,
    deaths_b: null,
    deaths_civilians: violence === 3 ? best : null,
    deaths_unknown: violence === 3 ? null : best,
    best,
    high,
    low,
  };
  return csvRow(UCDP_COLUMNS.map((c) => row[c]));
}

export const ucdpHeader = (): string => csvRow([...UCDP_COLUMNS]);
