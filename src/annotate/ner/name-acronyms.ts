// Acronyms. A body's acronym defined in brackets ("the Asia-Pacific Economic Cooperation (APEC)",
// "the CBC (the Brazilian Cycling Confederation)") names the body: when the acronym's letters are
// the initials of the capitalised words beside it, those words are its name, and the name, the
// acronym and every later bare use of the acronym are read as that body. linkAcronyms in
// entities.ts copies a reading already made onto the acronym; this pass finds names the tagger
// missed or read as a place, and brackets written with inner spaces. Acronyms of things
// ("an IED", "the USB ports", "won by KO") are no bodies, however the tagger reads them.
import type { EntityType, Mention } from '../../model.ts';
import { BODY_PART_TYPES, BODY_TYPES } from './name-bodies.ts';
import { ORG_HEADS } from './runs.ts';

/**
 * Acronyms of things, conditions, measures and roles that news uses as common nouns, written from
 * general knowledge (weapons, medicine, technology, money, sport, office).
 */
const THING_ACRONYMS = new Set(
  (
    'IED VBIED SVBIED UAV UXO RPG MANPADS APC IFV MRAP SAM ICBM IRBM SLBM WMD CBRN EOD FOB POW KIA MIA IDP ROE ' +
    'AIDS HIV SARS MERS TB MRI CT ICU ER DNA RNA PTSD ADHD IVF CPR ECG EKG PPE ' +
    'USB PC TV CD DVD GPS SMS LED LCD CPU GPU RAM HD HDMI IP URL HTML PDF VPN DNS LAN ISP SIM ATM PIN QR CCTV SUV ' +
    'GDP GNP VAT IPO CEO CFO COO CTO ETF USD EUR GBP JPY KO TKO MVP ERA RBI DJ MC EP LP FAQ RSVP DIY ' +
    'NGO MP MPP MEP AM PM BC AD BCE'
  ).split(' '),
);
/** Head nouns of bodies' names beyond the tagger's list ("Asia-Pacific Economic Cooperation", "Lunar Transportation Systems"). */
const MORE_HEADS = new Set(['cooperation', 'systems', 'railway', 'partnership', 'consortium', 'initiative', 'taskforce', 'secretariat', 'directorate', 'command']);
/** Words that end places' names ("Kurdistan Region of Iraq (KRI)", "United Arab Emirates (UAE)"): such a name stays a place. */
const PLACE_HEADS = /\b(?:Region|Province|District|Republic|Kingdom|State|States|Emirates|Islands?|Territory|Territories|Mountains|River|Sea|Valley|Strait|Gulf|Oblast|County|City)\b/;
/** Lowercase words inside a name that give no initial ("Organisation of the Islamic Cooperation"). */
const GLUE = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', '&']);
/** "Long Name (ACR)", brackets with or without inner spaces; the acronym may hold a digit or lowercase letters ("M5S", "CoI"). */
const AFTER_NAME = /\(\s?(\p{Lu}[\p{Lu}\p{Ll}\d&]{1,9})\s?\)/gu;
/** "ACR (the Long Name)". */
const BEFORE_NAME = /\b(\p{Lu}{2,8})\s?\(\s?(?:the\s)?(\p{Lu}[^()\n]{3,120}?)\s?\)/gu;

interface Word { start: number; end: number; text: string }

/** The last word of a stretch (letters, digits, inner apostrophes and dots, or "&") and the spaces or hyphens after it. */
const LAST_WORD = /([\p{L}\d][\p{L}\d'’.]*|&)[ -]*$/u;
/** How far back the last word is looked for; no word of a name is longer. */
const LAST_WORD_REACH = 40;
/** Most words looked back over: an acronym spells at most ten letters, and glue words give none. */
const MAX_NAME_WORDS = 12;

/** The words of a capitalised name ending at `end` (glue allowed inside, hyphens split), nearest first. */
function wordsBefore(text: string, end: number): Word[] {
  const out: Word[] = [];
  let at = end;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    const m = text.slice(Math.max(0, at - LAST_WORD_REACH), at).match(LAST_WORD);
    if (!m) break;
    const start = at - m[0].length;
    const w = m[1];
    if (!/^\p{Lu}/u.test(w) && !GLUE.has(w)) break;
    out.push({ start, end: start + w.length, text: w });
    at = start;
  }
  return out;
}

/** The capital letters an acronym spells ("CoI" -> "CI", "M5S" -> "MS"). */
const spelled = (acronym: string) => acronym.replace(/[^\p{Lu}]/gu, '');

/**
 * The shortest run of capitalised words ending at `end` whose initials spell the acronym (glue
 * words give none), as a span, or null.
 */
function nameSpelling(text: string, end: number, acronym: string): { start: number; end: number } | null {
  const letters = spelled(acronym);
  if (letters.length < 2) return null;
  const words = wordsBefore(text, end);
  let initials = '';
  for (const w of words) {
    if (GLUE.has(w.text)) continue;
    initials = w.text[0] + initials;
    if (initials.length === letters.length) {
      return initials === letters ? { start: w.start, end: words[0].end } : null;
    }
  }
  return null;
}

/** Overlapping mentions that all lie inside the span and may be replaced by it (its place or people's words read alone, or a part of it), or null. */
function replaceable(mentions: Mention[], span: { start: number; end: number }): Mention[] | null {
  const over = mentions.filter((m) => m.start < span.end && span.start < m.end);
  return over.every((m) => m.start >= span.start && m.end <= span.end && BODY_PART_TYPES.has(m.type)) ? over : null;
}

/** The mentions, with things' acronyms dropped and bodies defined by an acronym read as bodies. */
export function markDefinedAcronyms(text: string, mentions: Mention[]): Mention[] {
  let out = mentions.filter((m) => !(BODY_TYPES.has(m.type) && m.rule !== 'kb-alias' && THING_ACRONYMS.has(text.slice(m.start, m.end).replace(/s$/, ''))));
  if (!text.includes('(')) return out;
  const defined: { acronym: string; name: { start: number; end: number } }[] = [];
  for (const hit of text.matchAll(AFTER_NAME)) {
    const acronym = hit[1];
    const name = nameSpelling(text, hit.index!, acronym);
    if (name) defined.push({ acronym, name });
  }
  for (const hit of text.matchAll(BEFORE_NAME)) {
    const acronym = hit[1];
    const close = hit.index! + hit[0].lastIndexOf(')');
    const inner = text.slice(0, close).trimEnd().length;
    const name = nameSpelling(text, inner, acronym);
    if (name && text.slice(name.start, name.end).length >= hit[2].trim().length - 4) defined.push({ acronym, name });
  }
  for (const { acronym, name } of defined) {
    // A plural acronym ("IDPs", "UAVs") names a kind of people or things, never one body.
    if (THING_ACRONYMS.has(acronym) || /\p{Lu}s$/u.test(acronym)) continue;
    const surface = text.slice(name.start, name.end);
    const exact = out.find((m) => m.start === name.start && m.end === name.end);
    // A name read whole as a person, a known place, or a place by its head word stays so.
    if (exact && (exact.type === 'PERSON' || (exact.kbId && !BODY_TYPES.has(exact.type)))) continue;
    if (PLACE_HEADS.test(surface)) continue;
    // A name read as a body, or holding a body's head noun, is a body; other defined names are
    // products, laws, events and places ("Internet Explorer (IE)", "Endangered Species Act (ESA)").
    const readAsBody = exact !== undefined && BODY_TYPES.has(exact.type);
    if (!readAsBody && !surface.split(/[\s-]+/).some((w) => ORG_HEADS.has(w.toLowerCase()) || MORE_HEADS.has(w.toLowerCase()))) continue;
    const type: EntityType = readAsBody ? exact.type : 'ORG';
    const kbId = readAsBody ? exact.kbId : null;
    if (!readAsBody) {
      const over = replaceable(out, name);
      if (!over) continue;
      out = out.filter((m) => !over.includes(m));
      out.push({ start: name.start, end: name.end, type, kbId, rule: 'name:acronym-defined' });
    }
    // Every use of the acronym as a word is the body: unread ones are added, readings of another
    // kind replaced; a use the knowledge base links to something else keeps its link.
    for (const use of text.matchAll(new RegExp(`(?<![\\p{L}\\d])${acronym.replace(/[&]/g, '\\$&')}(?![\\p{L}\\d])`, 'gu'))) {
      const span = { start: use.index!, end: use.index! + acronym.length };
      const over = out.filter((m) => m.start < span.end && span.start < m.end);
      if (over.length === 0) out.push({ ...span, type, kbId, rule: 'name:acronym-defined' });
      else if (over.length === 1 && over[0].start === span.start && over[0].end === span.end && !over[0].kbId && over[0].type !== type) {
        out = out.map((m) => (m === over[0] ? { ...m, type, kbId, rule: 'name:acronym-defined' } : m));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
