// The committed gazetteer file: gzipped text in three sections, built by scripts/build-gazetteer.ts.
//   #entries  id, name, kind, country, admin1, lat, lon, population, precision   (one line each)
//   #names    normalised name, then "index+class" references sorted by class ("123p,456a")
//   #scan     the same for countries, admin-1 and curated entries only (the resolver's text trie)
// Text rather than JSON so loading is a split, not a parse of a million objects.
import type { GazetteerEntry } from './gazetteer.ts';
import { normalizeName } from './normalize.ts';

/**
 * How a name belongs to its entry: p primary name, a alternate name, d derived core of an admin-1
 * name ("Khatlon" from "Khatlon Province"), x only when the entry's country is in context ("the
 * Afghan border"), q only as a qualifier after a place ("Wilmington, Del.").
 */
export type NameClass = 'p' | 'a' | 'd' | 'x' | 'q';
export const CLASS_RANK: Record<NameClass, number> = { p: 0, a: 1, x: 2, d: 3, q: 4 };

export interface BuildEntry extends GazetteerEntry {
  names: Array<{ name: string; cls: NameClass }>;
}

export const FORMAT_HEADER = 'sitrep-gazetteer\t1';
const KIND_CODE: Record<GazetteerEntry['kind'], string> = { country: 'c', admin1: 'a', place: 'p', region: 'r', landmark: 'l', border: 'b' };
export const KIND_OF_CODE = Object.fromEntries(Object.entries(KIND_CODE).map(([k, v]) => [v, k])) as Record<string, GazetteerEntry['kind']>;
export const PRECISION_OF_CODE: Record<string, GazetteerEntry['precision']> = { p: 'point', r: 'region', c: 'country' };

const clean = (s: string | null) => (s ?? '').replace(/[\t\n]/g, ' ');

export function encodeGazetteer(entries: BuildEntry[]): string {
  const names = new Map<string, Map<number, NameClass>>();
  const scan = new Set<string>();
  entries.forEach((e, i) => {
    for (const { name, cls } of e.names) {
      const norm = normalizeName(name);
      if (!norm) continue;
      const refs = names.get(norm) ?? names.set(norm, new Map()).get(norm)!;
      const had = refs.get(i);
      if (had === undefined || CLASS_RANK[cls] < CLASS_RANK[had]) refs.set(i, cls);
      if (e.kind !== 'place' && cls !== 'q' && cls !== 'd') scan.add(norm);
    }
  });
  const refLine = (norm: string) =>
    `${norm}\t${[...names.get(norm)!].sort((a, b) => CLASS_RANK[a[1]] - CLASS_RANK[b[1]] || a[0] - b[0]).map(([i, c]) => `${i}${c}`).join(',')}`;
  const sortedNames = [...names.keys()].sort();
  const out: string[] = [FORMAT_HEADER, `#entries\t${entries.length}`];
  for (const e of entries) {
    out.push([e.id, clean(e.name), KIND_CODE[e.kind], e.country ?? '', clean(e.admin1), e.lat, e.lon, e.population, e.precision[0]].join('\t'));
  }
  out.push(`#names\t${sortedNames.length}`);
  for (const n of sortedNames) out.push(refLine(n));
  const scanNames = [...scan].sort();
  out.push(`#scan\t${scanNames.length}`);
  // Scan lines keep only the references to non-place entries.
  for (const n of scanNames) {
    const line = refLine(n).split('\t');
    const refs = line[1].split(',').filter((r) => entries[parseInt(r, 10)].kind !== 'place');
    out.push(`${n}\t${refs.join(',')}`);
  }
  return out.join('\n') + '\n';
}
