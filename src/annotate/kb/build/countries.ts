// Country entries (GPE, with demonyms as NORP), their capitals, and for each country its armed
// forces and defence ministry, generated from the demonym and name ("Russian troops",
// "Russia's Defence Ministry"), so state actors link to their state.
import type { StoredEntry } from '../match.ts';
import type { CountryRecord } from './countryinfo.ts';
import { slug } from './filter.ts';

/** Hand-made corrections and additions per ISO2 code (data/kb/curated.json "countries"). */
export interface CountryCuration {
  /** Names used in news for the country, first one is the display name ("Russia" for "Russian Federation"). */
  names?: string[];
  aliases?: string[];
  demonyms?: string[];
}

export const SOURCE = 'countryinfo';
const GENERATED = 'generated';

/** Nouns news use for a state's military after the demonym ("Russian troops"). */
const FORCE_NOUNS = ['army', 'forces', 'military', 'troops', 'armed forces', 'soldiers', 'servicemen', 'military forces'];
/** Nouns used after the country's possessive ("Russia's armed forces"). */
const POSSESSED_FORCE_NOUNS = ['armed forces', 'army', 'military', 'forces', 'troops'];
const DEFENCE = ['Defence', 'Defense'];

/** English plural of a people's name: Afghans, Tajiks, Pakistanis; not Chinese, French, Swiss. */
export function demonymPlural(demonym: string): string | null {
  if (/[\s.]/.test(demonym) || demonym === demonym.toUpperCase() || /(s|sh|ch|x|z|ese)$/i.test(demonym)) return null;
  return demonym + 's';
}

function forcesAliases(names: string[], demonyms: string[]): string[] {
  const out: string[] = [];
  for (const d of demonyms) for (const noun of FORCE_NOUNS) out.push(`${d} ${noun}`);
  for (const d of demonyms) out.push(`${d} Armed Forces`);
  for (const n of names) {
    for (const noun of POSSESSED_FORCE_NOUNS) out.push(`${n}'s ${noun}`);
    out.push(`Armed Forces of ${n}`, `armed forces of ${n}`);
  }
  return out;
}

function ministryAliases(names: string[], demonyms: string[]): string[] {
  const out: string[] = [];
  for (const d of DEFENCE) {
    for (const dem of demonyms) out.push(`${dem} ${d} Ministry`, `${dem} Ministry of ${d}`);
    for (const n of names) out.push(`${n}'s ${d} Ministry`, `${n}'s Ministry of ${d}`, `Ministry of ${d} of ${n}`, `${d} Ministry of ${n}`);
  }
  for (const dem of demonyms) out.push(`${dem} MoD`);
  for (const n of names) out.push(`${n}'s MoD`);
  return out;
}

/** The people forms used to generate state-actor names: curated ones, else the first adjectival form. */
function mainDemonyms(rec: CountryRecord, cur: CountryCuration | undefined): string[] {
  const forms = cur?.demonyms?.length ? cur.demonyms : rec.demonyms.slice(0, 1);
  return forms.filter((d) => !/s$/.test(d) || /ss$|ese$/.test(d) || forms.length === 1);
}

export function countryEntries(records: CountryRecord[], curation: Record<string, CountryCuration>): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (const rec of records) {
    const cur = curation[rec.iso2];
    const names = [...new Set([...(cur?.names ?? []), rec.name])];
    const demonyms = [...new Set([...(cur?.demonyms ?? []), ...rec.demonyms])];
    const plurals = demonyms.map(demonymPlural).filter((p): p is string => !!p);
    const cty = `cty:${rec.iso2}`;
    const sources = cur ? [SOURCE, 'curated'] : [SOURCE];
    out.push({
      id: cty,
      type: 'GPE',
      name: names[0],
      aliases: [...new Set([...names.slice(1), ...(cur?.aliases ?? []), ...rec.variants])],
      norp: [...new Set([...demonyms, ...plurals])],
      country: rec.iso2,
      parent: null,
      sources,
    });
    for (const capital of rec.capitals.slice(0, 1)) {
      out.push({
        id: `cap:${rec.iso2.toLowerCase()}-${slug(capital)}`,
        type: 'GPE',
        name: capital,
        aliases: rec.capitals.slice(1),
        country: rec.iso2,
        parent: cty,
        sources: [SOURCE],
      });
    }
    const people = mainDemonyms(rec, cur);
    const short = names.slice(0, 2);
    if (!people.length) continue;
    const code = rec.iso2.toLowerCase();
    out.push({
      id: `mil:${code}-armed-forces`,
      type: 'MILITARY_UNIT',
      name: `Armed Forces of ${names[0]}`,
      aliases: forcesAliases(short, people),
      country: rec.iso2,
      parent: cty,
      sources: [GENERATED],
    });
    out.push({
      id: `gov:${code}-mod`,
      type: 'ORG',
      name: `${people[0]} Ministry of Defence`,
      aliases: ministryAliases(short, people),
      country: rec.iso2,
      parent: cty,
      sources: [GENERATED],
    });
  }
  return out;
}
