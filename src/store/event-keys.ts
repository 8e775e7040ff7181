// What both stores index an event by, computed in one place so SQLite and PostgreSQL agree.
import type { Event } from '../model.ts';

/** Last day of a month, as two digits ("2024-02" → "29"). */
function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/**
 * The event's date range as full days, so text comparison with a query date of any precision is
 * right: "2024-03" spans 2024-03-01..2024-03-31, "2024" spans 2024-01-01..2024-12-31. Yearless
 * dates ("--04-18") have no place on a timeline and give null.
 */
export function dateBounds(e: Event): { first: string | null; last: string | null } {
  const start = e.date?.start ?? e.date?.end ?? null;
  const end = e.date?.end ?? e.date?.start ?? null;
  const first = (iso: string | null) => {
    if (!iso || !/^\d{4}/.test(iso)) return null;
    return iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10);
  };
  const last = (iso: string | null) => {
    if (!iso || !/^\d{4}/.test(iso)) return null;
    if (iso.length === 4) return `${iso}-12-31`;
    if (iso.length === 7) return `${iso}-${lastDay(+iso.slice(0, 4), +iso.slice(5, 7))}`;
    return iso.slice(0, 10);
  };
  return { first: first(start) ?? first(end), last: last(end) ?? last(start) };
}

/** Lower-cased KB ids and names of the event's actors: `--actor` matches either. */
export function actorKeys(e: Event): string[] {
  const keys = new Set<string>();
  for (const a of e.actors) {
    if (a.kbId) keys.add(a.kbId.toLowerCase());
    keys.add(a.name.toLowerCase());
  }
  return [...keys];
}

/** The text that full-text event search runs over: type, actors, place, evidence and claimants. */
export function searchBody(e: Event): string {
  return [
    e.type, ...e.actors.map((a) => a.name), e.location?.name ?? '', e.location?.admin1 ?? '',
    ...Object.values(e.evidence).flat().map((x) => x.text), ...e.claims.map((c) => c.claimant),
  ].join(' ');
}
