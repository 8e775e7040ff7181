// Reads the PETRARCH2/Phoenix actor dictionaries (MIT): militant groups (TOPS), international
// organisations, and the few state institutions of the country file (security services, armies).
import type { EntityType } from '../../../model.ts';
import type { StoredEntry } from '../match.ts';
import { slug, splitParenthetical, writtenName } from './filter.ts';
import { tokenize } from '../text.ts';
import { groupByCode, hasGroupWord, isPersonName, leadsGroupName, personNames, type PersonNames } from './persons.ts';

export const SOURCE = 'petrarch';

export interface ActorRecord {
  /** Primary phrase first, then the "+" synonyms, as written names. */
  names: string[];
  /** CAMEO codes without a date restriction (institutions); dated codes mark office holders. */
  codes: string[];
  dated: boolean;
  comment: string;
}

/** Parses the TABARI actor format: primary phrase [CODE], "+synonym" lines, TAB "[CODE dates]" lines. */
export function parseActors(text: string): ActorRecord[] {
  const out: ActorRecord[] = [];
  let cur: ActorRecord | null = null;
  for (const rawLine of text.split('\n')) {
    const cut = rawLine.search(/[#;]/);
    const comment = cut >= 0 ? rawLine.slice(cut + 1) : '';
    const line = (cut >= 0 ? rawLine.slice(0, cut) : rawLine).trimEnd();
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim());
    const phrase = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !phrase) {
      if (cur) addCodes(cur, codes);
      continue;
    }
    if (phrase.startsWith('+')) {
      if (cur) {
        cur.names.push(...namesOf(phrase.slice(1)));
        addCodes(cur, codes);
      }
      continue;
    }
    cur = { names: namesOf(phrase), codes: [], dated: false, comment };
    addCodes(cur, codes);
    out.push(cur);
  }
  return out.filter((r) => r.names.length);
}

/** The names in one phrase: "+" joins several (a source typo), "(IAA)" holds an acronym kept in capitals. */
function namesOf(phrase: string): string[] {
  return phrase
    .split('+')
    .flatMap((p) => splitParenthetical(p.replace(/_/g, ' ')))
    .map((p) => writtenName(p))
    .filter(Boolean);
}

function addCodes(rec: ActorRecord, codes: string[]): void {
  for (const c of codes) {
    const [code, ...rest] = c.split(/\s+/);
    if (!code || code === '---') continue;
    if (rest.length) rec.dated = true;
    else rec.codes.push(code);
  }
}

/** Every name of a record, parenthetical acronyms split off ("Islamic Army of Aden (IAA)"). */
function allNames(rec: ActorRecord): string[] {
  return [...new Set(rec.names.flatMap(splitParenthetical))];
}

function countryOf(code: string, iso3to2: Map<string, string>): string | null {
  return iso3to2.get(code.slice(0, 3)) ?? null;
}

/**
 * Militant and non-state groups (TOPS 2013), and the leaders and members the file lists among
 * them: a record named like a person (by `people`, from the source's own person lists) becomes a
 * PERSON whose parent is the group its code points at, and a person's name is never a group alias.
 */
export function milNonStateEntries(text: string, iso3to2: Map<string, string>, people: PersonNames): StoredEntry[] {
  const records = parseActors(text).map((rec) => ({ rec, names: allNames(rec) }));
  const groupNames = records.filter((r) => !isPersonName(r.names[0], people)).flatMap((r) => r.names.map((n) => tokenize(n).map((t) => t.norm)));
  const isPerson = (name: string) => isPersonName(name, people) && !leadsGroupName(name, groupNames);
  const groups: { code: string; id: string; names: number }[] = [];
  const out: StoredEntry[] = [];
  for (const { rec, names } of records) {
    // One organisation-like name ("… Ansar al-Qaeda Europe") makes the whole record a group's.
    const person = isPerson(names[0]) && !names.some(hasGroupWord);
    // A person record's other names are its own short forms ("Bin Laden"); a group's person names go.
    const [name, ...aliases] = person ? names : names.filter((n, i) => i === 0 || !isPerson(n));
    const code = rec.codes[0] ?? '';
    const id = `${person ? 'per' : 'grp'}:${slug(name)}`;
    if (!person && code) groups.push({ code, id, names: names.length });
    out.push({
      id,
      type: (person ? 'PERSON' : 'ARMED_GROUP') as EntityType,
      name,
      aliases,
      country: code ? countryOf(code, iso3to2) : null,
      parent: person && code ? code : null,
      sources: [SOURCE],
    });
  }
  // Parents wait for every group: al-Qaeda's record may follow its leaders' in the file.
  for (const e of out) if (e.parent) e.parent = groupByCode(e.parent, groups);
  return out;
}

/** Given and family names of the office holders in the country and international files. */
export function petrarchPersonNames(countriesText: string, internationalText: string): PersonNames {
  return personNames([...parseActors(countriesText), ...parseActors(internationalText)]);
}

/** Words that make a phrase an institution, not a person ("… Agency", "… Council", "… Watch"). */
const INSTITUTION = /\b(organi[sz]ation|agency|fund|council|committee|commission|bank|union|league|association|foundation|institute|programme|program|court|tribunal|office|nations|alliance|forum|community|cent(er|re)|international|watch|mission|federation|society|cross|crescent|network|panel|secretariat|parliament|assembly|treaty|pact|group|authority|board|conference|cooperation|development|relief|rescue|rights|refugees?|aid|health|peace|corps|doctors|reporters|frontieres|unicef|interpol)\b/i;
/** One-word phrases this short under an IGO/NGO code are acronyms (IAEA, OSCE, UNHCR). */
const ORG_ACRONYM_MAX = 6;

/** IGOs and NGOs of the international file, skipping office holders (dated codes) and companies. */
export function internationalEntries(text: string): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (const rec of parseActors(text)) {
    const code = rec.codes[0] ?? '';
    if (rec.dated || !/^(IGO|NGO)/.test(code)) continue;
    const names = allNames(rec).filter((n) => INSTITUTION.test(n) || (!/\s/.test(n) && n.replace(/\P{L}/gu, '').length <= ORG_ACRONYM_MAX));
    if (!names.length) continue;
    const [name, ...aliases] = names;
    out.push({ id: `org:${slug(name)}`, type: 'ORG', name, aliases, country: null, parent: null, sources: [SOURCE] });
  }
  return out;
}

/** Role codes of state institutions that are actors in conflict news: military, police, intelligence. */
const STATE_FORCE = /^([A-Z]{3})(MIL|SPY|COP)$/;
const FORCE_WORD = /\b(army|force|forces|service|intelligence|police|guard|guards|agency|rifles|corps|directorate|ministry|security|navy|marines|commission|peshmerga|basij|mossad|shin bet|stasi)\b|^[A-Z]{2,6}$/i;

/** Armies, police and intelligence services listed in the country file (ANSF, FSB, ISI, Mossad). */
export function stateForceEntries(text: string, iso3to2: Map<string, string>): StoredEntry[] {
  const out: StoredEntry[] = [];
  for (const rec of parseActors(text)) {
    const m = rec.codes.map((c) => STATE_FORCE.exec(c)).find(Boolean);
    if (!m || rec.dated || /CountryInfo/i.test(rec.comment)) continue;
    const names = allNames(rec);
    if (!FORCE_WORD.test(names[0])) continue;
    const country = iso3to2.get(m[1]) ?? null;
    const [name, ...aliases] = names;
    out.push({
      id: `${m[2] === 'MIL' ? 'mil' : 'sec'}:${(country ?? m[1]).toLowerCase()}-${slug(name)}`,
      type: m[2] === 'MIL' ? 'MILITARY_UNIT' : 'ORG',
      name,
      aliases,
      country,
      parent: country ? `cty:${country}` : null,
      sources: [SOURCE],
    });
  }
  return out;
}
