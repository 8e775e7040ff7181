// ACLED-style CSV: ACLED's column names and value conventions, filled with what the event knows and
// left empty where it does not (ACLED's own actor dictionary, admin2/3, source scale).
import type { Event } from '../model.ts';
import { TYPES, type EventType, type AcledEventType } from '../events/taxonomy.ts';
import { csvRow, type CsvValue } from './csv.ts';
import { acledInter, sidesOf } from './actors.ts';
import { countryCodes, countryName } from './countries.ts';
import type { EventSources } from './sources.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** ACLED's disorder types; excessive force against protesters is both, as ACLED codes it. */
function disorderType(eventType: AcledEventType, sub: string): string {
  if (sub === 'Excessive force against protesters') return 'Political violence; Demonstrations';
  if (sub === 'Mob violence') return 'Political violence';
  if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
  if (eventType === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/** The year of an ISO date, or null for a date without one ("--04-15"). */
export function yearOf(date: string | null | undefined): number | null {
  const m = date ? /^(\d{4})/.exec(date) : null;
  return m ? Number(m[1]) : null;
}

/** ACLED's time_precision: 1 the day is known, 2 the week (a range of up to 7 days), 3 a month or more. */
function timePrecision(e: Event): number | null {
  const d = e.date;
  if (!d) return null;
  if (d.precision !== 'day') return 3;
  if (!d.start || !d.end || d.start === d.end) return 1;
  const days = (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
  return Number.isFinite(days) && days <= 7 ? 2 : 3;
}

/** ACLED keeps the conservative figure: the lower bound when a source gives a range or "at least". */
export function conservativeDeaths(e: Event): number | null {
  return e.fatalities ? e.fatalities.low ?? e.fatalities.best : null;
}

export async function acledRow(e: Event, sources: EventSources): Promise<string> {
  const info = TYPES[e.type as EventType]?.acled ?? null;
  const { side1, side2 } = sidesOf(e);
  const inter1 = acledInter(side1[0]);
  const inter2 = acledInter(side2[0]);
  const interaction = inter1 === null ? null : side2.length === 0 ? inter1 * 10 : inter2 === null ? null : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
  const country = e.location?.country ?? null;
  const date = e.date?.start ?? e.date?.end ?? null;
  const quote = (await sources.quotes(e))[0];
  const articles = await Promise.all(e.articleIds.map((id) => sources.article(id)));
  const ingested = articles.map((a) => (a ? Date.parse(a.ingestedAt) : NaN)).filter(Number.isFinite);
  const row: Record<(typeof ACLED_COLUMNS)[number], CsvValue> = {
    event_id_cnty: e.id,
    event_date: date,
    year: yearOf(date),
    time_precision: timePrecision(e),
    disorder_type: info ? disorderType(info.event_type, info.sub_event_type) : null,
    event_type: info?.event_type,
    sub_event_type: info?.sub_event_type,
    actor1: side1[0]?.name,
    assoc_actor_1: side1.slice(1).map((a) => a.name).join('; '),
    inter1,
    actor2: side2[0]?.name,
    assoc_actor_2: side2.slice(1).map((a) => a.name).join('; '),
    inter2,
    interaction,
    civilian_targeting: info?.event_type === 'Violence against civilians' ? 'Civilian targeting' : null,
    iso: countryCodes(country)?.numeric,
    region: null,
    country: countryName(country),
    admin1: e.location?.admin1,
    admin2: null,
    admin3: null,
    location: e.location?.name,
    latitude: e.location?.lat,
    longitude: e.location?.lon,
    geo_precision: e.location?.precision,
    source: (await sources.outlets(e)).join('; '),
    source_scale: null,
    notes: quote?.text,
    fatalities: conservativeDeaths(e),
    // ACLED's tags are "key=value" notes; ours name the Sitrep type, so events outside ACLED's types stay identifiable.
    tags: [`sitrep_type=${e.type}`, ...e.tags, ...(e.modality === 'occurred' ? [] : [`modality=${e.modality}`])].join('; '),
    timestamp: ingested.length ? Math.floor(Math.max(...ingested) / 1000) : null,
  };
  return csvRow(ACLED_COLUMNS.map((c) => row[c]));
}

export const acledHeader = (): string => csvRow([...ACLED_COLUMNS]);
