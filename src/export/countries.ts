// Country codes and names the reference datasets use, looked up from an event's ISO alpha-2.
import { COUNTRY_CODE_TABLE } from './country-codes.ts';

export interface CountryCodes {
  iso2: string;
  iso3: string;
  /** ISO 3166-1 numeric (ACLED's `iso` column). */
  numeric: number | null;
  /** Correlates of War / Gleditsch–Ward number (UCDP's `country_id`). */
  cow: number | null;
}

const BY_ISO2 = new Map<string, CountryCodes>();
for (const line of COUNTRY_CODE_TABLE.split('\n')) {
  const [iso2, iso3, numeric, cow] = line.trim().split(' ');
  if (!iso3) continue;
  BY_ISO2.set(iso2, { iso2, iso3, numeric: numeric === '-' ? null : Number(numeric), cow: cow === '-' ? null : Number(cow) });
}

export function countryCodes(iso2: string | null | undefined): CountryCodes | null {
  return iso2 ? BY_ISO2.get(iso2.toUpperCase()) ?? null : null;
}

const NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** The English short name of a country ("Tajikistan"), or null for an unknown code. */
export function countryName(iso2: string | null | undefined): string | null {
  if (!iso2 || !/^[A-Za-z]{2}$/.test(iso2)) return null;
  try {
    return NAMES.of(iso2.toUpperCase()) ?? null;
  } catch {
    return null;
  }
}

/**
 * UCDP's region of a state, from its Gleditsch–Ward number: the GW numbering is laid out by region
 * (2–199 Americas, 200–399 Europe, 400–626 Africa, 630–699 Middle East, 700–999 Asia and Oceania).
 */
export function ucdpRegion(cow: number | null): string | null {
  if (cow === null) return null;
  if (cow < 200) return 'Americas';
  if (cow < 400) return 'Europe';
  if (cow < 630) return 'Africa';
  if (cow < 700) return 'Middle East';
  return 'Asia';
}
