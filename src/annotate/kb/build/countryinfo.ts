// Reads Schrodt's CountryInfo.txt (CC BY-SA 3.0): one record per <Country> block with its codes,
// name variants, adjectival forms and capitals. Leaders are left out: they stop around 2011.
import { writtenName } from './filter.ts';

export interface CountryRecord {
  iso3: string;
  iso2: string;
  /** Correlates of War numeric code, which UCDP's Gleditsch–Ward codes mostly share. */
  cow: number | null;
  name: string;
  /** Other names of the country (spelling variants, native names), written case. */
  variants: string[];
  /** Adjectival / people forms (Tajik, Afghan), written case. */
  demonyms: string[];
  capitals: string[];
}

function field(block: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(block);
  return m ? m[1].trim() : null;
}

/** The lines of a list field, comments and blanks dropped, as written names. */
function listField(block: string, tag: string): string[] {
  const body = field(block, tag);
  if (!body) return [];
  return body
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line && !line.startsWith('<'))
    .map((line) => writtenName(line, false))
    .filter((name) => name && !name.includes('\uFFFD'));
}

/** Endings only people-words have (no country name ends so): Indonesian, Chinese, Danish, Englishman. */
const PEOPLE_ENDING = /(ian|ean|ese|ish|man|woman)$/i;
const PLACE_ENDING = /(stan|stoni?|ia|iya|land|lande|ie|ya|a|republic|kingdom|islands?|isles?|coast)$/i;

/**
 * Whether a Nationality line names the people (Tajik) rather than the country (Tojikiston). The
 * first line is the main adjectival form; later lines mix spellings of the country with more
 * adjectival forms, so only unmistakable endings count there.
 */
export function isDemonym(form: string, countryName: string, first: boolean): boolean {
  if (form.toLowerCase() === countryName.toLowerCase() || PLACE_ENDING.test(form)) return false;
  if (first) return true;
  return PEOPLE_ENDING.test(form.split(' ').pop() ?? '');
}

export function parseCountryInfo(text: string): CountryRecord[] {
  // The documentation header mentions the tags too; the data starts after it.
  const body = text.slice(text.indexOf('-->') + 3);
  const out: CountryRecord[] = [];
  for (const m of body.matchAll(/<Country>([\s\S]*?)<\/Country>/g)) {
    const block = m[1];
    const iso2 = (field(block, 'ISO3166-alpha2') ?? '').trim();
    // <CountryCode> is the reliable alpha-3: some ISO fields are shifted (Israel's alpha-3 reads "IL").
    const code = (field(block, 'CountryCode') ?? '').trim();
    const iso3 = /^[A-Z]{3}$/.test(code) ? code : (field(block, 'ISO3166-alpha3') ?? '').trim();
    const name = writtenName(field(block, 'CountryName') ?? '', false);
    if (!/^[A-Z]{2}$/.test(iso2) || !/^[A-Z]{3}$/.test(iso3) || !name) continue;
    const cowText = field(block, 'COW-Numeric');
    const cow = cowText && /^\d+$/.test(cowText) && Number(cowText) > 0 ? Number(cowText) : null;
    const nationality = listField(block, 'Nationality');
    const demonyms = nationality.filter((f, i) => isDemonym(f, name, i === 0));
    const variants = nationality.filter((f) => !demonyms.includes(f));
    out.push({ iso3, iso2, cow, name, variants, demonyms: [...new Set(demonyms)], capitals: listField(block, 'Capital') });
  }
  return out;
}
