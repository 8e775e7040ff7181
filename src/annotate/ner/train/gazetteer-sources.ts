// Builds the name lists behind the gazetteer features from open data in ../shared/data. Only names
// are kept (lowercased, tokens space-separated), never prose.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { TITLE_WORDS, tagsToSpans, type TaggedSentence } from '../spans.ts';
import { typeIndex } from '../labels.ts';
import { loadKb } from '../../kb/match.ts';

/** A first name must open this many training person spans to enter the list. */
const MIN_FIRST_NAME_COUNT = 2;
/** Phrases with more tokens than this are too specific to help. */
const MAX_TOKENS = 8;

/** Splits a list entry the way news tokenisers split text: punctuation apart, "'s" apart. */
export function phraseTokens(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[_/]/g, ' ')
    .replace(/[,;:"()[\]]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

function addName(set: Set<string>, name: string): void {
  const toks = phraseTokens(name);
  if (!toks.length || toks.length > MAX_TOKENS) return;
  const p = toks.join(' ').toLowerCase();
  if (p.length >= 2) set.add(p);
}

/** CountryInfo: countries and nationality forms, places, and leaders' names. */
function countryInfo(shared: string, lists: NameLists): void {
  const text = fs.readFileSync(path.join(shared, 'data/countryinfo/CountryInfo.120116.txt'), 'latin1');
  const start = text.indexOf('-->');
  const section: string[] = [];
  for (const line of text.slice(start).split('\n')) {
    const open = line.match(/^\s*<([A-Za-z][^>]*)>(.*)$/);
    const close = line.match(/^\s*<\/([^>]*)>/);
    if (close) {
      section.pop();
      continue;
    }
    if (open) {
      const inline = open[2].match(/^(.*)<\/[^>]*>\s*$/);
      if (inline) {
        if (open[1] === 'CountryName') addName(lists.country, inline[1]);
      } else section.push(open[1]);
      continue;
    }
    const entry = line.trim().split(/\s+/)[0];
    if (!entry || !/^[A-Z]/.test(entry)) continue;
    const top = section[1] ?? section[0];
    if (top === 'Nationality') addName(lists.country, entry);
    else if (['Capital', 'MajorCities', 'Regions', 'GeogFeatures'].includes(top)) addName(lists.loc, entry);
    else if (section.includes('Leaders') || section.includes('Government')) addName(lists.per, entry);
  }
}

/** PETRARCH actor dictionaries: people (ruler lists) and organisations. */
function petrarch(shared: string, lists: NameLists): void {
  const dir = path.join(shared, 'data/petrarch-dictionaries');
  for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.Countries.actors.txt']) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line || /^[\s#[]/.test(line)) continue;
      const name = line.replace(/\[.*$/, '').replace(/#.*$/, '').replace(/^\+/, '').trim();
      const isPerson = /rulers|CountryInfo/i.test(line);
      if (file.startsWith('Phoenix.Countries') && !isPerson) continue;
      addName(isPerson ? lists.per : lists.org, name);
    }
  }
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** UCDP actors (armed groups, minus "Government of X") and OFAC-listed terrorist organisations. */
function armedGroups(shared: string, lists: NameLists): void {
  const rows = csvRows(fs.readFileSync(path.join(shared, 'data/ucdp-actors/ucdp-actor-221.csv'), 'utf8'));
  const col = rows[0].findIndex((h) => h.replace(/^\uFEFF/, '') === 'NameData');
  for (const r of rows.slice(1)) {
    const name = r[col] ?? '';
    if (name && !name.startsWith('Government of')) addName(lists.org, name);
  }
  const ofac = fs.readFileSync(path.join(shared, 'data/ofac-sdn-terror-orgs/terror_orgs_with_aliases.jsonl'), 'utf8');
  for (const line of ofac.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { name: string; aliases?: string[] };
    for (const n of [o.name, ...(o.aliases ?? [])]) addName(lists.org, n);
  }
}

/** First names: first tokens of multi-token person spans in the training sentences. */
function firstNames(train: TaggedSentence[], lists: NameLists): void {
  const PER = typeIndex('PER');
  const counts = new Map<string, number>();
  for (const s of train)
    for (const sp of tagsToSpans(s.tags)) {
      if (sp.type !== PER || sp.end - sp.start < 2) continue;
      const w = s.tokens[sp.start];
      if (!/^[A-Z][a-z]/.test(w) || TITLE_WORDS.has(w.toLowerCase())) continue;
      counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + 1);
    }
  for (const [w, c] of counts) if (c >= MIN_FIRST_NAME_COUNT) lists.first.add(w);
}

/** People in the lists (leaders, ministers) whose given name opens this many entries lend it to the first-name list. */
const MIN_LISTED_FIRST_NAME_COUNT = 2;

/**
 * Given names of the listed people ("allyson" from "allyson maynard gibson"): the training
 * corpora's names are mostly American and European, the lists' span every country. Run last, so
 * no common word, demonym or place ("great" of "great lakes state") enters.
 */
function listedFirstNames(lists: NameLists): void {
  const counts = new Map<string, number>();
  for (const p of lists.per) {
    const toks = p.split(' ');
    const w = toks[0];
    if (toks.length < 2 || !/^\p{L}{2,}$/u.test(w) || TITLE_WORDS.has(w) || lists.lower.has(w) || lists.norp.has(w) || lists.country.has(w) || lists.geo.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  for (const [w, c] of counts) if (c >= MIN_LISTED_FIRST_NAME_COUNT) lists.first.add(w);
}

/** A word enters the common-word list after this many training occurrences... */
const MIN_COMMON_COUNT = 3;
/** ...if at least this share of them are written lowercase. */
const MIN_LOWERCASE_SHARE = 0.6;

/**
 * Words usually written in lowercase ("attack", "the"): tells a capitalised sentence-initial word
 * or a word in an ALL-CAPS headline from a name.
 */
function commonWords(train: TaggedSentence[], lists: NameLists): void {
  const seen = new Map<string, number>(), lower = new Map<string, number>();
  for (const s of train)
    for (const w of s.tokens) {
      if (!/^\p{L}/u.test(w)) continue;
      const k = w.toLowerCase();
      seen.set(k, (seen.get(k) ?? 0) + 1);
      if (w === k) lower.set(k, (lower.get(k) ?? 0) + 1);
    }
  for (const [k, n] of seen) if (n >= MIN_COMMON_COUNT && (lower.get(k) ?? 0) >= MIN_LOWERCASE_SHARE * n) lists.lower.add(k);
}

/** Actor KB types whose names are organisations in CoNLL terms. */
const KB_ORG_TYPES = new Set(['ORG', 'ARMED_GROUP', 'MEDIA', 'MILITARY_UNIT']);

/** Organisation names and aliases from the curated actor KB (IGOs, armed groups, media, units). */
function kbOrganisations(lists: NameLists): void {
  for (const e of loadKb().entries()) {
    if (!KB_ORG_TYPES.has(e.type)) continue;
    for (const n of [e.name, ...e.aliases]) addName(lists.kborg, n.replace(/['’]s\b/g, " 's"));
  }
}

/** The place gazetteer the geocoder ships (GeoNames, Natural Earth, curated), read for its names. */
const PLACE_GAZETTEER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../data/gazetteer/gazetteer.tsv.gz');
/** Towns this populous are the ones news names; smaller ones mostly collide with surnames and common words. */
const GEO_MIN_POPULATION = 20_000;

/**
 * Place names at scale (Ratinov & Roth 2009: large lists help most): primary names of countries,
 * admin-1 regions, curated regions and landmarks, and towns of GEO_MIN_POPULATION or more.
 */
function placeNames(lists: NameLists): void {
  const text = zlib.gunzipSync(fs.readFileSync(PLACE_GAZETTEER)).toString('utf8');
  const start = text.indexOf('#entries'), end = text.indexOf('\n#names');
  for (const line of text.slice(start, end).split('\n').slice(1)) {
    const [, name, kind, , , , , population] = line.split('\t');
    if (!name) continue;
    if (kind === 'p' && Number(population) < GEO_MIN_POPULATION) continue;
    addName(lists.geo, name);
  }
}

/** The gazetteers, in the fixed order the feature templates number them. */
export const GAZETTEER_NAMES = ['loc', 'country', 'per', 'first', 'org', 'norp', 'lower', 'kborg', 'geo'] as const;
export type NameLists = Record<(typeof GAZETTEER_NAMES)[number], Set<string>>;

export function buildNameLists(shared: string, train: TaggedSentence[], demonyms: Set<string>): NameLists {
  const lists = Object.fromEntries(GAZETTEER_NAMES.map((n) => [n, new Set<string>()])) as NameLists;
  countryInfo(shared, lists);
  petrarch(shared, lists);
  armedGroups(shared, lists);
  firstNames(train, lists);
  commonWords(train, lists);
  kbOrganisations(lists);
  placeNames(lists);
  for (const d of demonyms) lists.norp.add(d.toLowerCase());
  listedFirstNames(lists);
  return lists;
}
