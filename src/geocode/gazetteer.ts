// The place gazetteer: countries, admin-1 regions, GeoNames populated places (≥ 1,000 people) and
// our curated regions, landmarks and borders, read from the committed data/gazetteer file.
// Loading notes where each line of the text starts (lines are read in place, not split out); names
// and ids are found through hash indexes built on first use; entry lines are parsed only when a
// lookup returns them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fnv1a } from '../fnv.ts';
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

/** Slots per key in a hash index: at most half full, so a lookup reads one or two slots. */
const SLOTS_PER_NAME = 2;

/**
 * The file's text and where each of its lines starts. Lines are read in place: held as half a
 * million strings (the file split on newlines), they were as many objects for every major garbage
 * collection to mark, and the collector's marking is CPU the annotation layer pays for.
 */
class Lines {
  /** starts[i] is where line i begins; starts[count] is one past the last line's end. */
  readonly starts: Int32Array;

  constructor(readonly text: string) {
    let count = 1;
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) count++;
    const starts = new Int32Array(count + 1);
    let line = 1;
    for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts[line++] = k + 1;
    starts[count] = text.length + 1;
    this.starts = starts;
  }

  /** One past the last character of line i (its newline, or the end of the text). */
  end(i: number): number {
    return this.starts[i + 1] - 1;
  }

  line(i: number): string {
    return this.text.slice(this.starts[i], this.end(i));
  }

  /** Where line i's first field (up to its first tab) ends. */
  keyEnd(i: number): number {
    const tab = this.text.indexOf('\t', this.starts[i]);
    return tab < 0 || tab > this.end(i) ? this.end(i) : tab;
  }
}

/**
 * A hash index of the first fields (keys) of a run of lines: each slot holds a line number and its
 * key's hash, so a key not in the run (most names asked about) is ruled out by one or two slots
 * without reading any line, where a binary search read some twenty lines scattered over the heap.
 */
class KeyIndex {
  private readonly lineOfSlot: Int32Array;
  private readonly hashOfSlot: Int32Array;

  /** With `lastWins`, a key held by several lines finds the last of them (as a Map filled in order would). */
  constructor(private readonly lines: Lines, first: number, count: number, lastWins: boolean) {
    let size = 1;
    while (size < SLOTS_PER_NAME * count) size *= 2;
    const lineOfSlot = new Int32Array(size);
    const hashOfSlot = new Int32Array(size);
    const mask = size - 1;
    for (let i = first; i < first + count; i++) {
      const from = lines.starts[i];
      const to = lines.keyEnd(i);
      const h = fnv1a(lines.text, from, to);
      let slot = h & mask;
      while (lineOfSlot[slot] !== 0 && !(lastWins && hashOfSlot[slot] === h && this.keyIs(lineOfSlot[slot] - 1, lines.text.slice(from, to)))) slot = (slot + 1) & mask;
      // Line numbers are stored plus one: 0 is an empty slot.
      lineOfSlot[slot] = i + 1;
      hashOfSlot[slot] = h;
    }
    this.lineOfSlot = lineOfSlot;
    this.hashOfSlot = hashOfSlot;
  }

  /** The line whose key is `key`, or -1. */
  find(key: string): number {
    const { lineOfSlot, hashOfSlot } = this;
    const mask = lineOfSlot.length - 1;
    const h = fnv1a(key, 0, key.length);
    for (let slot = h & mask; lineOfSlot[slot] !== 0; slot = (slot + 1) & mask) {
      if (hashOfSlot[slot] === h && this.keyIs(lineOfSlot[slot] - 1, key)) return lineOfSlot[slot] - 1;
    }
    return -1;
  }

  private keyIs(i: number, key: string): boolean {
    const at = this.lines.starts[i];
    return this.lines.keyEnd(i) - at === key.length && this.lines.text.startsWith(key, at);
  }
}

/** A sorted "name\trefs" section of the file, found through a KeyIndex built on first use. */
class NameSection {
  private index: KeyIndex | null = null;

  constructor(private readonly lines: Lines, private readonly first: number, private readonly count: number) {}

  refs(norm: string): string | null {
    this.index ??= new KeyIndex(this.lines, this.first, this.count, false);
    const i = this.index.find(norm);
    return i < 0 ? null : this.lines.text.slice(this.lines.keyEnd(i) + 1, this.lines.end(i));
  }

  names(): string[] {
    const out: string[] = [];
    for (let i = this.first; i < this.first + this.count; i++) out.push(this.lines.text.slice(this.lines.starts[i], this.lines.keyEnd(i)));
    return out;
  }
}

/** Names looked up and remembered per process (countries and regions recur in every article); bounded so a long run stays small. */
const MATCH_CACHE_MAX = 50_000;

class FileGazetteer implements Gazetteer {
  private readonly parsed: (GazetteerEntry | undefined)[];
  /** matches() answers by the name as asked: the sections never change after loading. */
  private readonly matched = new Map<string, NameMatch[]>();
  /** Entries by id, built on first get(). */
  private byId: KeyIndex | null = null;

  constructor(
    private readonly lines: Lines,
    /** The first entry's line and the number of entries. */
    private readonly firstEntry: number,
    private readonly entryCount: number,
    private readonly names: NameSection,
    private readonly scan: NameSection,
  ) {
    this.parsed = new Array(entryCount);
  }

  get size(): number {
    return this.entryCount;
  }

  entry(i: number): GazetteerEntry {
    const done = this.parsed[i];
    if (done) return done;
    const c = this.lines.line(this.firstEntry + i).split('\t');
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
    // A few ids are held twice (admin-1 regions with no code of their own): the last line holding one answers.
    this.byId ??= new KeyIndex(this.lines, this.firstEntry, this.entryCount, true);
    const line = this.byId.find(id);
    return line < 0 ? undefined : this.entry(line - this.firstEntry);
  }

  scanNames(): string[] {
    return this.scan.names();
  }
}

/** Parses the committed file's text (exported so tests can load a gazetteer built in memory). */
export function parseGazetteer(text: string): Gazetteer {
  const lines = new Lines(text);
  if (lines.line(0) !== FORMAT_HEADER) throw new Error(`gazetteer: unknown format header ${JSON.stringify(lines.line(0))}`);
  let at = 1;
  /** A section's first line and line count, after its "#name\tcount" line. */
  const section = (name: string): [number, number] => {
    const [tag, count] = lines.line(at).split('\t');
    if (tag !== `#${name}`) throw new Error(`gazetteer: expected section #${name} at line ${at + 1}`);
    const first = at + 1;
    at += 1 + +count;
    return [first, +count];
  };
  const [firstEntry, entryCount] = section('entries');
  const names = section('names');
  const scan = section('scan');
  return new FileGazetteer(lines, firstEntry, entryCount, new NameSection(lines, ...names), new NameSection(lines, ...scan));
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
