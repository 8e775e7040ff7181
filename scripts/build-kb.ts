// Builds the actor knowledge base (data/kb/kb.json.gz) from the open sources in ../shared/data
// and our curation (data/kb/curated.json), and prints what each source gave and what was dropped.
//   node --import tsx scripts/build-kb.ts [--shared DIR]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO_ROOT, sharedDir } from '../src/eval/suite.ts';
import type { KbFile, StoredEntry } from '../src/annotate/kb/match.ts';
import { parseCountryInfo } from '../src/annotate/kb/build/countryinfo.ts';
import { countryEntries, type CountryCuration } from '../src/annotate/kb/build/countries.ts';
import { internationalEntries, milNonStateEntries, petrarchPersonNames, stateForceEntries } from '../src/annotate/kb/build/petrarch.ts';
import { ucdpEntries } from '../src/annotate/kb/build/ucdp.ts';
import { ofacEntries } from '../src/annotate/kb/build/ofac.ts';
import { KbBuilder } from '../src/annotate/kb/build/merge.ts';
import { KbIndex } from '../src/annotate/kb/match.ts';

interface Curation {
  /** Corrections of CountryInfo's ISO alpha-2 codes, by alpha-3 (e.g. Israel is listed as "IS"). */
  iso2Fixes: Record<string, string>;
  countries: Record<string, CountryCuration>;
  entries: StoredEntry[];
}

/** The curated names of countries as entries that join the CountryInfo ones by id. */
function curatedCountries(countries: Record<string, CountryCuration>): StoredEntry[] {
  return Object.entries(countries).map(([iso2, c]) => ({
    id: `cty:${iso2}`,
    type: 'GPE',
    name: c.names?.[0] ?? iso2,
    aliases: [...(c.names ?? []), ...(c.aliases ?? [])],
    norp: c.demonyms ?? [],
    country: iso2,
    parent: null,
    sources: ['curated'],
  }));
}

const CURATED = path.join(REPO_ROOT, 'data/kb/curated.json');
const OUT = path.join(REPO_ROOT, 'data/kb/kb.json.gz');

function main(): void {
  const argShared = process.argv.indexOf('--shared');
  const shared = argShared > 0 ? process.argv[argShared + 1] : sharedDir();
  if (!shared) throw new Error('build-kb: ../shared not found (set SITREP_SHARED or pass --shared DIR)');
  const data = (p: string) => fs.readFileSync(path.join(shared, 'data', p), 'utf8');
  const curation = JSON.parse(fs.readFileSync(CURATED, 'utf8')) as Curation;

  const records = parseCountryInfo(data('countryinfo/CountryInfo.120116.txt'));
  for (const r of records) r.iso2 = curation.iso2Fixes[r.iso3] ?? r.iso2;
  const iso3to2 = new Map<string, string>();
  for (const r of records) if (!iso3to2.has(r.iso3)) iso3to2.set(r.iso3, r.iso2); // Jersey reuses GBR
  const gwToIso2 = new Map<number, string>();
  for (const r of records) if (r.cow !== null && !gwToIso2.has(r.cow)) gwToIso2.set(r.cow, r.iso2);

  const kb = new KbBuilder();
  const renames = new Map<string, string>();
  const record = (ids: Map<string, string>) => ids.forEach((to, from) => from !== to && renames.set(from, to));
  record(kb.add('curated', curation.entries, true));
  record(kb.add('countryinfo', countryEntries(records, curation.countries)));
  // Curated country names and demonyms skip the noise filter ("US", "UK" are two letters).
  record(kb.add('curated', curatedCountries(curation.countries), true));
  record(kb.add('petrarch', stateForceEntries(data('petrarch-dictionaries/Phoenix.Countries.actors.txt'), iso3to2)));
  record(kb.add('petrarch', internationalEntries(data('petrarch-dictionaries/Phoenix.International.actors.txt'))));
  const people = petrarchPersonNames(data('petrarch-dictionaries/Phoenix.Countries.actors.txt'), data('petrarch-dictionaries/Phoenix.International.actors.txt'));
  const milNonState = milNonStateEntries(data('petrarch-dictionaries/Phoenix.MilNonState.actors.txt'), iso3to2, people);
  record(kb.add('petrarch', milNonState));
  const ucdp = ucdpEntries(data('ucdp-actors/ucdp-actor-221.csv'), gwToIso2);
  record(kb.add('ucdp', ucdp.entries));
  const ofac = ofacEntries(data('ofac-sdn-terror-orgs/terror_orgs_with_aliases.jsonl'));
  record(kb.add('ofac', ofac.entries));
  const brokenParents = kb.fixParents(renames);

  const file: KbFile = { built: new Date().toISOString().slice(0, 10), entries: kb.entries };
  const gz = zlib.gzipSync(JSON.stringify(file), { level: 9 });
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, gz);

  const byType: Record<string, number> = {};
  const bySource: Record<string, number> = {};
  let aliases = 0;
  for (const e of kb.entries) {
    byType[e.type] = (byType[e.type] ?? 0) + 1;
    for (const s of e.sources) bySource[s] = (bySource[s] ?? 0) + 1;
    aliases += e.aliases.length + (e.norp?.length ?? 0) + 1;
  }
  console.log(`wrote ${path.relative(REPO_ROOT, OUT)}: ${kb.entries.length} entries, ${aliases} names, ${(gz.length / 1024).toFixed(0)} KiB gzip`);
  console.log('entries by type:', JSON.stringify(byType));
  console.log('entries citing each source:', JSON.stringify(bySource));
  console.log(`skipped: ${ucdp.skippedGovernments} UCDP government rows, ${ofac.skippedNonArmed} OFAC non-armed entities, ${brokenParents} dangling parents`);
  for (const [source, s] of Object.entries(kb.stats)) {
    const dropped = Object.values(s.dropped).reduce((a, b) => a + b, 0);
    console.log(`${source}: ${s.entries} new entries, ${s.mergedInto} merged into earlier ones, ${s.aliasesKept} names kept, ${dropped} dropped ${JSON.stringify(s.dropped)}`);
    for (const [reason, ex] of Object.entries(s.examples)) console.log(`  e.g. ${reason}: ${ex.join(' | ')}`);
  }
  reportSpeed(file);
}

/** Match-speed sample: this many characters of sentences naming KB actors among ordinary words. */
const SPEED_TEXT_CHARS = 5000;
/** Calls timed after as many warm-up calls, for a stable per-call figure. */
const SPEED_RUNS = 300;

/** Load time and match time per 5 KB, so a slower KB shows up at build time. */
function reportSpeed(file: KbFile): void {
  const t0 = performance.now();
  const kb = new KbIndex(file);
  const loadMs = performance.now() - t0;
  const names = file.entries.filter((_, i) => i % 97 === 0).map((e) => e.name);
  let text = '';
  for (let i = 0; text.length < SPEED_TEXT_CHARS; i++) text += `On day ${i} officials said ${names[i % names.length]} had been seen near the border again. `;
  text = text.slice(0, SPEED_TEXT_CHARS);
  for (let i = 0; i < SPEED_RUNS; i++) kb.match(text);
  const t1 = performance.now();
  for (let i = 0; i < SPEED_RUNS; i++) kb.match(text);
  const ms = (performance.now() - t1) / SPEED_RUNS;
  console.log(`speed: index built in ${loadMs.toFixed(0)} ms; match ${ms.toFixed(3)} ms per 5 KB (${kb.match(text).length} mentions)`);
}

main();
