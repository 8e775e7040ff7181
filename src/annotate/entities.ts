// Entity mentions from three sources, merged: the actor knowledge base (exact aliases, linked),
// the trained sequence tagger (unseen names), and cue rules for what both miss (titles before
// names, "X Ministry", numbered units, named facilities). The knowledge base wins where they
// overlap, because its matches come with an identity, except where the tagger reads a longer name
// wholly around them ("Central Bank of Russia"), which is the entity the text names.
// The tagger's spans are first made consistent per document (ner/consistency.ts) and split where
// an organisation phrase holds a person (ner/person-splits.ts) or a person's name follows a title,
// a body or a people's word in one run (ner/name-leads.ts); places named as organisations
// ("Boston Bruins", ner/place-named-orgs.ts) and teams in match reports (ner/sports-teams.ts) are
// typed ORG. Last, the name passes (ner/name-passes.ts) read names by their shape and by the rest
// of the document ("Seagal" after "Steven Seagal").
import type { EntityType, Mention } from '../model.ts';
import type { Sentence } from './sentences.ts';
import { loadKb } from './kb/match.ts';
import { loadTagger, type NerSpan } from './ner/tagger.ts';
import { harmoniseNames } from './ner/consistency.ts';
import { markSportsTeams } from './ner/sports-teams.ts';
import { splitPersonFromOrg } from './ner/person-splits.ts';
import { splitLeadingWords } from './ner/name-leads.ts';
import { taggerNameLists } from './ner/name-lists.ts';
import { holdsOrgHead, isPlaceNamedOrg } from './ner/place-named-orgs.ts';
import { readsAsFacility } from './ner/name-facilities.ts';
import { readNameShape } from './ner/name-shapes.ts';
import { runNamePasses } from './ner/name-passes.ts';
import { TITLE_WORDS } from './ner/spans.ts';

/** Unit names: "201st Military Base", "3rd Infantry Division", "Wagner Group" is in the KB. */
const UNIT_PATTERN = /\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){0,3}(?:Military Base|Base|Division|Brigade|Regiment|Battalion|Army|Corps|Fleet|Squadron|Company|Detachment)\b/g;
/** Armed-group name heads, for tagger ORGs the knowledge base does not know. */
const ARMED_GROUP_HEADS = /\b(?:Front|Brigades?|Militia|Jamaat|Jama'at|Tehrik|Mujahideen|Liberation Army|Liberation Front|Resistance|Battalions?|Islamic State|Taliban|Shabaab|Army of)\b/;
/** Titles that mark the next capitalised words as a person, which the tagger must not swallow. */
const PERSON_CUES = /\b(?:President|Prime Minister|Minister|Secretary-General|Secretary General|spokesman|spokeswoman|spokesperson|Gen\.|General|Col\.-Gen\.|Colonel|Lt\.|Major|Commander|King|Emir|Sheikh|Mr\.|Mrs\.|Ms\.|Dr\.|leader|envoy|ambassador)\s+((?:[A-Z][\p{L}'’-]+\s){0,2}[A-Z][\p{L}'’-]+)/gu;
const MINISTRY_PATTERN = /\b(?:(?:[A-Z][a-z]+\s){1,2}Ministry|Ministry of (?:[A-Z][a-z]+)(?:\s(?:and|of)\s[A-Z][a-z]+)*)\b/g;

/** Lowercase words that stand inside names ("Bank of England", "Ayman al-Zawahiri", "Plaza de Mayo"). */
const NAME_GLUE = new Set(
  'of and the for de du des del della di da do dos das la le les el al ul bin ibn von van der den y e et on in at upon am zu a an to'.split(' '),
);

const STARTS_CAPITALISED = /^\p{Lu}/u;
const WHITESPACE = /\s/;

/**
 * A capitalised name with a lowercase word that is no name glue ("Union army", "Tulcea county",
 * "Association of Muslim Scholars forbade"): the tagger ran a name on into the sentence or read a
 * description; all-lowercase names (web text) are left alone.
 */
function hasCommonWord(surface: string): boolean {
  // One word, or a first word without a capital, never qualifies: tested without the split.
  if (!STARTS_CAPITALISED.test(surface) || !WHITESPACE.test(surface)) return false;
  return surface.split(/\s+/).some((w) => /^\p{Ll}{2,}$/u.test(w) && !NAME_GLUE.has(w));
}
/** One word naming a belief or doctrine ("Catholicism", "Christianity", and "Islam", the creed that ends otherwise). */
const BELIEF = /^(?:\p{Lu}\p{Ll}+(?:ism|ianity)|Islam)$/u;

const TAGGER_TYPES: Record<string, EntityType | null> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', NORP: 'NORP', MISC: null };

/** The first word of a cue's name is no title, common word or people's name ("Director", "Meeting", "European"). */
function startsLikeName(name: string): boolean {
  const first = name.split(/\s+/)[0];
  const lists = taggerNameLists();
  return !TITLE_WORDS.has(first.toLowerCase()) && !lists.lower.hasPhrase(first) && !lists.norp.hasPhrase(first);
}

/** Inside a tagger span, these mark a list or an address rather than one name: a coordinator, a comma, a token with a digit. */
const NOT_ONE_NAME = /\s(?:and|&|or)\s|,|\/|\b\w*\d\w*\b/;

// The mentions taken are kept in text order and never overlap (take and widens see to it), so
// their ends rise with their starts: the ones a span overlaps are found by a binary search and lie
// side by side, where a scan of all would cost the square of an article's names.

/** Index of the first taken mention that ends after `at`. */
function firstEndingAfter(out: Mention[], at: number): number {
  let lo = 0, hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (out[mid].end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * True when `m` strictly contains at least one taken mention and crosses none (every overlap lies
 * wholly inside it): a longer name read around a shorter match.
 */
function widens(text: string, out: Mention[], m: Mention): boolean {
  // A list ("Hezbollah and Syria") or an address ("London E17") is several names, not a longer one.
  if (NOT_ONE_NAME.test(text.slice(m.start, m.end))) return false;
  let inside = 0;
  for (let k = firstEndingAfter(out, m.start); k < out.length && out[k].start < m.end; k++) {
    const o = out[k];
    if (o.start < m.start || o.end > m.end) return false;
    if (o.start === m.start && o.end === m.end) return false;
    inside++;
  }
  return inside > 0;
}

/** Adds `m` unless it overlaps a mention already taken (earlier sources win). */
function take(out: Mention[], m: Mention): void {
  if (m.end <= m.start) return;
  const k = firstEndingAfter(out, m.start);
  if (k < out.length && out[k].start < m.end) return;
  out.splice(k, 0, m);
}

export function findEntities(text: string, sentences: Sentence[]): Mention[] {
  const kb = loadKb();
  const out: Mention[] = [];
  for (const m of kb.match(text)) take(out, { start: m.start, end: m.end, type: m.type, kbId: m.kbId, rule: 'kb-alias' });

  for (const m of text.matchAll(UNIT_PATTERN)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    take(out, { ...span, type: 'MILITARY_UNIT', kbId: kb.resolve(m[0])?.id ?? null, rule: 'cue:unit-number' });
  }

  for (const m of text.matchAll(PERSON_CUES)) {
    const start = m.index! + m[0].length - m[1].length;
    const name = m[1].replace(/['’]s$/, '');
    // A title before a country or group name ("President of Russia") is not a person, nor is a
    // title word before another title or a common word ("General Secretary", "Extraordinary
    // General Meeting", "Major European rivers").
    if (kb.resolve(name) || !startsLikeName(name)) continue;
    take(out, { start, end: start + name.length, type: 'PERSON', kbId: null, rule: 'cue:title' });
  }

  // Every ministry name holds the word: a plain search spares the pattern's scan of most texts.
  if (text.includes('Ministry')) {
    for (const m of text.matchAll(MINISTRY_PATTERN)) {
      take(out, { start: m.index!, end: m.index! + m[0].length, type: 'ORG', kbId: kb.resolve(m[0])?.id ?? null, rule: 'cue:ministry' });
    }
  }

  const tagger = loadTagger();
  // A loop, not flat() and flatMap(), which cost more than the splits themselves.
  const split: NerSpan[] = [];
  for (const spans of tagger.tagDocument(text, sentences)) {
    for (const s of spans) for (const part of splitPersonFromOrg(text, s)) for (const lead of splitLeadingWords(text, part)) split.push(lead);
  }
  const tagged = harmoniseNames(text, split).map((s) => readNameShape(text, s));
  for (const span of tagged) {
    let type = TAGGER_TYPES[span.label];
    if (!type) continue;
    const surface = text.slice(span.start, span.end);
    // A creed or doctrine ("Catholicism", "Christianity") is neither actor nor place.
    if (BELIEF.test(surface)) continue;
    // Persons are spared: their lowercase parts are name parts ("Kim Jong-un" written "Jong - un").
    if (span.label !== 'PER' && hasCommonWord(surface)) continue;
    const known = kb.resolve(surface);
    if (known) type = known.type;
    else if (type === 'ORG' && ARMED_GROUP_HEADS.test(surface)) type = 'ARMED_GROUP';
    else if (readsAsFacility(surface, type)) type = 'FAC';
    else if (type === 'LOC' && (isPlaceNamedOrg(surface) || holdsOrgHead(surface))) type = 'ORG';
    const m: Mention = { start: span.start, end: span.end, type, kbId: known?.id ?? null, rule: 'ner-perceptron' };
    if (widens(text, out, m)) {
      // The tagger read a longer name around KB alias or cue matches ("Central Bank of Russia"
      // around "Russia"): the longer name is the entity, linked only if the KB knows it whole.
      const k = firstEndingAfter(out, m.start);
      let past = k;
      while (past < out.length && out[past].start < m.end) past++;
      out.splice(k, past - k, m);
    } else take(out, m);
  }
  return linkAcronyms(text, runNamePasses(text, markSportsTeams(text, sentences, out.sort((a, b) => a.start - b.start))));
}

/** An acronym in brackets right after a name: "201st Russian Military Base (RVB)". */
const BRACKETED_ACRONYM = /^\s*\(([A-Z][A-Z0-9&-]{1,9})\)/;
/** How many characters after a name BRACKETED_ACRONYM reads. */
const ACRONYM_WINDOW = 16;

/**
 * Whether the first character after `at` that is no whitespace, within ACRONYM_WINDOW, is an
 * opening bracket: what BRACKETED_ACRONYM needs first. Read by char code, as most names have none
 * and so cost no slice and no match.
 */
function bracketFollows(text: string, at: number): boolean {
  const end = Math.min(text.length, at + ACRONYM_WINDOW);
  for (let k = at; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) return true;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
    if (c < 0x80 || !WHITESPACE.test(text[k])) return false;
  }
  return false;
}

/**
 * A bracketed acronym names the mention before it, and so does every later use of it: each gets
 * that mention's type and identity (a separate ORG "RVB" would become a second actor).
 */
export function linkAcronyms(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (const m of mentions) {
    if (!bracketFollows(text, m.end)) continue;
    const a = text.slice(m.end, m.end + ACRONYM_WINDOW).match(BRACKETED_ACRONYM);
    if (!a) continue;
    const acronym = a[1];
    const at = m.end + a[0].indexOf(acronym);
    for (let i = 0; i < out.length; i++) {
      const o = out[i];
      if (o === m || text.slice(o.start, o.end) !== acronym || o.start < m.end) continue;
      if (o.kbId && o.kbId !== m.kbId) continue;
      out[i] = { ...o, type: m.type, kbId: m.kbId, rule: 'acronym-of-preceding' };
    }
    if (!out.some((o) => o.start < at + acronym.length && at < o.end)) {
      out.push({ start: at, end: at + acronym.length, type: m.type, kbId: m.kbId, rule: 'acronym-of-preceding' });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
