// The place gazetteer: countries, admin-1 regions, GeoNames populated places (≥ 1,000 people) and
// our curated regions, landmarks and borders, read from the committed data/gazetteer file.
// Loading splits the text into lines and indexes names by binary search over the sorted name
// section; entry lines are parsed only when a lookup returns them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { FORMAT_HEADER, KIND_OF_CODE, PRECISION_OF_CODE, type NameClass } from './format.ts';
import { normalizeName } from './normalize.ts';

export interface GazetteerEntry {
  id: string;
  name: string;
  kind: 'country' | 'admin1' | 'place' | 'region' | 'landmark' | 'border';
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  population: number;
  precision: 'point' | 'region' | 'country';
}

/** One way a name reaches an entry, with how it belongs to it (see NameClass). */
export interface NameMatch {
  entry: GazetteerEntry;
  cls: NameClass;
}

export interface Gazetteer {
  /** Every entry one of whose names normalises like `name`, best name class first. */
  lookup(name: string): GazetteerEntry[];
  get(id: string): GazetteerEntry | undefined;
  /** Like lookup, keeping how each entry matched (primary, alternate, derived, context-only, qualifier). */
  matches(name: string): NameMatch[];
  /** Normalised names of countries, admin-1 regions and curated entries, for scanning text. */
  scanNames(): string[];
  /** Number of entries, for reports. */
  readonly size: number;
}

export const GAZETTEER_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/gazetteer/gazetteer.tsv.gz');

const TAB = 9;

/**
 * The order of a line's key (the text before its tab) against `norm`, as `<` orders strings (by
 * code unit), without slicing the key out: a lookup compares about twenty keys, most of them after
 * a few letters. A key holds no tab, so the tab ends it like the end of a string.
 */
function compareKey(line: string, norm: string): number {
  const n = norm.length;
  for (let k = 0; k < n; k++) {
    const a = line.charCodeAt(k);
    // The key ended (its tab, below every letter a name holds but compared as the end): it is the shorter.
    if (a === TAB) return -1;
    const b = norm.charCodeAt(k);
    if (a !== b) return a - b;
  }
  return line.charCodeAt(n) === TAB ? 0 : 1;
}

/** A sorted "name\trefs" section searched by binary search on the name before the tab. */
class NameSection {
  constructor(private readonly lines: string[]) {}

  refs(norm: string): string | null {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const line = this.lines[mid];
      const order = compareKey(line, norm);
      if (order === 0) return line.slice(norm.length + 1);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  names(): string[] {
    return this.lines.map((l) => l.slice(0, l.indexOf('\t')));
  }
}

/** Names looked up and remembered per process (countries and regions recur in every article); bounded so a long run stays small. */
const MATCH_CACHE_MAX = 50_000;

class FileGazetteer implements Gazetteer {
  private readonly parsed: (GazetteerEntry | undefined)[];
  /** matches() answers by the name as asked: the sections never change after loading. */
  private readonly matched = new Map<string, NameMatch[]>();
  private byId: Map<string, number> | null = null;

  constructor(
    private readonly entryLines: string[],
    private readonly names: NameSection,
    private readonly scan: NameSection,
  ) {
    this.parsed = new Array(entryLines.length);
  }

  get size(): number {
    return this.entryLines.length;
  }

  entry(i: number): GazetteerEntry {
    const done = this.parsed[i];
    if (done) return done;
    const c = this.entryLines[i].split('\t');
    const e: GazetteerEntry = {
      id: c[0], name: c[1], kind: KIND_OF_CODE[c[2]], country: c[3] || null, admin1: c[4] || null,
      lat: +c[5], lon: +c[6], population: +c[7], precision: PRECISION_OF_CODE[c[8]],
    };
    this.parsed[i] = e;
    return e;
  }

  matches(name: string): NameMatch[] {
    let found = this.matched.get(name);
    if (!found) {
      const refs = this.names.refs(normalizeName(name));
      found = refs ? refs.split(',').map((r) => ({ entry: this.entry(parseInt(r, 10)), cls: r[r.length - 1] as NameClass })) : [];
      if (this.matched.size >= MATCH_CACHE_MAX) this.matched.clear();
      this.matched.set(name, found);
    }
    // Fresh records each call, as before: callers may keep or change what they are given.
    return found.map((m) => ({ entry: m.entry, cls: m.cls }));
  }

  lookup(name: string): GazetteerEntry[] {
    return this.matches(name).map((m) => m.entry);
  }

  get(id: string): GazetteerEntry | undefined {
    if (!this.byId) {
      this.byId = new Map();
      this.entryLines.forEach((l, i) => this.byId!.set(l.slice(0, l.indexOf('\t')), i));
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.entry(i);
  }

  scanNames(): string[] {
    return this.scan.names();
  }
}

/** Parses the committed file's text (exported so tests can load a gazetteer built in memory). */
export function parseGazetteer(text: string): Gazetteer {
  const lines = text.split('\n');
  if (lines[0] !== FORMAT_HEADER) throw new Error(`gazetteer: unknown format header ${JSON.stringify(lines[0])}`);
  let at = 1;
  const section = (name: string): string[] => {
    const [tag, count] = lines[at].split('\t');
    if (tag !== `#${name}`) throw new Error(`gazetteer: expected section #${name} at line ${at + 1}`);
    const body = lines.slice(at + 1, at + 1 + +count);
    at += 1 + +count;
    return body;
  };
  const entries = section('entries');
  const names = section('names');
  const scan = section('scan');
  return new FileGazetteer(entries, new NameSection(names), new NameSection(scan));
}

let cached: Gazetteer | null = null;

/** The gazetteer from data/gazetteer, loaded once per process. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    if (!fs.existsSync(GAZETTEER_FILE)) {
      throw new Error(`gazetteer: ${GAZETTEER_FILE} is missing; build it with node --import tsx scripts/build-gazetteer.ts`);
    }
    cached = parseGazetteer(zlib.gunzipSync(fs.readFileSync(GAZETTEER_FILE)).toString('utf8'));
  }
  return cached;
}
