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

/** Slots per name in a section's hash index: at most half full, so a lookup reads one or two slots. */
const SLOTS_PER_NAME = 2;

/** FNV-1a over a key's code units, up to `end`. */
function keyHash(text: string, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

/**
 * A sorted "name\trefs" section. A name is found through a hash index built on first use: each
 * slot holds a line number and its key's hash, so a name not in the section (most names asked
 * about) is ruled out by one or two slots without reading any line, where a binary search read
 * some twenty lines scattered over the heap, each a likely cache miss after the tagger's tables.
 */
class NameSection {
  private lineOfSlot: Int32Array | null = null;
  private hashOfSlot: Int32Array | null = null;

  constructor(private readonly lines: string[]) {}

  refs(norm: string): string | null {
    if (!this.lineOfSlot) this.index();
    const lineOfSlot = this.lineOfSlot!;
    const hashOfSlot = this.hashOfSlot!;
    const mask = lineOfSlot.length - 1;
    const h = keyHash(norm, norm.length);
    for (let slot = h & mask; lineOfSlot[slot] !== 0; slot = (slot + 1) & mask) {
      if (hashOfSlot[slot] !== h) continue;
      const line = this.lines[lineOfSlot[slot] - 1];
      if (line.charCodeAt(norm.length) === TAB && line.startsWith(norm)) return line.slice(norm.length + 1);
    }
    return null;
  }

  /** Fills the index: open addressing, linear probing, line numbers stored plus one (0 is an empty slot). */
  private index(): void {
    let size = 1;
    while (size < SLOTS_PER_NAME * this.lines.length) size *= 2;
    const lineOfSlot = new Int32Array(size);
    const hashOfSlot = new Int32Array(size);
    const mask = size - 1;
    this.lines.forEach((line, i) => {
      const h = keyHash(line, line.indexOf('\t'));
      let slot = h & mask;
      while (lineOfSlot[slot] !== 0) slot = (slot + 1) & mask;
      lineOfSlot[slot] = i + 1;
      hashOfSlot[slot] = h;
    });
    this.lineOfSlot = lineOfSlot;
    this.hashOfSlot = hashOfSlot;
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
