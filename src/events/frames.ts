// Syntactic frames read off the surface text, without a parser: the clause a trigger stands in,
// whether a name is a place ("in Moscow", "from Afghanistan", "Kabul-based") or a party, and
// whether it belongs to another event ("since the Taliban's return", "the rise of the Taliban").
import type { Span } from '../model.ts';

/** Prepositions that put the following name in a locative frame. */
const LOCATIVE_PREPS = 'in|at|near|along|across|through|outside|inside|on|from|into|around|beyond|within|throughout|towards?|off|over';
/** Words that may stand between a preposition and its place: "in the northern Khatlon region". */
const PRE_PLACE_WORDS = 3;
/** A name after a temporal or causal preposition belongs to another event: "since the Taliban's return". */
const OTHER_EVENT_PREPS = 'since|after|before|following|amid|despite|because of|due to|ahead of';
/** Nouns whose "of" names the party itself ("troops of Russia"); any other noun's "of" names a different event ("the rise of the Taliban"). */
const PARTY_NOUNS = new Set(['troops', 'forces', 'units', 'members', 'fighters', 'militants', 'soldiers', 'army', 'government', 'ministry', 'officials', 'leader', 'leaders', 'head', 'president', 'police', 'navy', 'air', 'military', 'wing', 'branch', 'faction', 'supporters', 'delegation', 'representatives']);
/** Counts whose "of" names the party counted ("dozens of Malian soldiers"), not another event. */
const COUNT_NOUNS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'many', 'some', 'most', 'all', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'number', 'group', 'unit']);
/** Words opening a subordinate or participial clause after a comma, or a coordinated clause with a partitive subject (", and several of the suspects …"). */
const CLAUSE_OPENERS = /^,\s+(?:and\s+(?:several|some|many|most|dozens|hundreds|thousands|scores)\s+of\b|which|who|whom|whose|where|while|whereas|as|after|before|since|although|though|but|so|because|amid|despite|when|a\s+\w+\s+that|(?!including\b)[a-z]+ing\b|[a-z]+ed\s+by\b)/;
/** Subordinators that, opening a sentence, end their clause at the first comma. */
const FRONTED_SUBORDINATE = /^(?:since|after|before|following|when|while|although|though|as|despite|amid|because|if|once|until)\b/i;

/** The clause around `at` inside `sentence`: cut at semicolons, dashes and comma-introduced subordinate clauses. */
export function clauseAround(text: string, sentence: Span, at: Span, keepOwnRelative = false): Span {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: number[] = [];
  for (const m of body.matchAll(/;|\s[–—]\s|,/g)) {
    const i = m.index!;
    if (m[0] !== ',' || CLAUSE_OPENERS.test(body.slice(i, i + 40))) cuts.push(i);
  }
  // "weeks after gunmen killed …": a time adverbial opens another event's clause, comma or not.
  for (const m of body.matchAll(/\s(?:(?:days|weeks|months|years|hours|shortly|soon|just|long)\s+)(?:after|before|since)\s/g)) cuts.push(m.index!);
  if (FRONTED_SUBORDINATE.test(body)) {
    const comma = body.indexOf(',');
    if (comma > 0) cuts.push(comma);
  }
  // A comma-opened clause ends at the next comma too: ", sharing a boundary with Afghanistan, faces …".
  for (const c of [...cuts]) {
    if (body[c] !== ',') continue;
    const next = body.indexOf(',', c + 1);
    if (next > 0) cuts.push(next);
  }
  const rel = at.start - sentence.start;
  let start = 0, end = body.length;
  // With `keepOwnRelative` (for dates), a relative clause right after the trigger describes it: "The exercise, which began on April 15, …".
  const own = (c: number) => keepOwnRelative && c >= at.end - sentence.start && c - (at.end - sentence.start) <= 2 && /^,\s+(?:which|that)\b/.test(body.slice(c, c + 8));
  for (const c of cuts.filter((x) => !own(x) && !cuts.some((y) => own(y) && body.indexOf(',', y + 1) === x))) {
    if (c < rel && c + 1 > start) start = c + 1;
    if (c >= at.end - sentence.start && c < end) end = c;
  }
  return { start: sentence.start + start, end: sentence.start + end };
}

const wordsBefore = (text: string, at: number, chars = 60) => text.slice(Math.max(0, at - chars), at);

/** The name at `span` is in a locative frame: after "in/at/from/along…" (a few words between) or before "-based". */
export function isLocative(text: string, span: Span): boolean {
  if (/^[-‐]based\b/.test(text.slice(span.end, span.end + 7))) return true;
  const before = wordsBefore(text, span.start);
  const re = new RegExp(`\\b(?:${LOCATIVE_PREPS})\\s+(?:(?:the|a|an|[a-z][\\p{L}-]*|[A-Z][\\p{L}-]*['’]s)\\s+){0,${PRE_PLACE_WORDS}}$`, 'u');
  if (/\b(?:border|borders|frontier|boundary)\s+with\s+(?:the\s+)?$/.test(before)) return true;
  // "in the Afghan provinces of Khost": the division noun's "of" names the place itself.
  if (DIVISION_OF.test(before)) return true;
  // "in Khost and Paktika": a name joined to a place in a locative frame is one too.
  const joined = COORDINATED_NAME.exec(before);
  if (joined) return isLocative(text, { start: span.start - before.length + joined.index, end: span.start - before.length + joined.index + joined[1].length });
  const m = before.match(re);
  if (!m) return false;
  // "in [the] X" must not run over a verb or a capitalised word: only determiners and modifiers between.
  return !/\b(?:and|or|that|which|who|is|are|was|were|has|have)\s/.test(m[0].replace(/^\S+\s/, ''));
}

/** A locative preposition, then a division noun and "of": "in the Afghan provinces of ", "near the town of ". */
const DIVISION_OF = new RegExp(`\\b(?:${LOCATIVE_PREPS})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+|[a-z]+ern\\s+)?(?:province|provinces|region|regions|district|districts|state|states|city|cities|town|towns|village|villages|county|counties|governorate|governorates|oblast)\\s+of\\s+$`, 'u');
/** A capitalised name, then "and"/"or" (after an optional comma) right before the span. */
const COORDINATED_NAME = /(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}),?\s+(?:and|or)\s+$/u;

/** The name is a possessive ("Russia's base"): it modifies a noun, it is not a place of its own. */
export function isPossessive(text: string, span: Span): boolean {
  return /^['’]s?\b/.test(text.slice(span.end, span.end + 3)) || /['’]s?$/.test(text.slice(span.start, span.end));
}

/** The name belongs to another event: after "since/after/amid …", or the "of" of a non-party noun ("the rise of"). */
export function inOtherEventFrame(text: string, span: Span, trigger: Span): boolean {
  const before = wordsBefore(text, span.start, 40);
  const temporal = before.match(new RegExp(`\\b(?:${OTHER_EVENT_PREPS})\\s+(?:(?:the|a|an|[a-z][\\p{L}-]*)\\s+){0,2}$`, 'iu'));
  if (temporal && !(trigger.start >= span.start - temporal[0].length && trigger.start < span.start)) return true;
  const of = before.match(/\b([a-z]+)\s+of\s+(?:the\s+)?$/);
  if (!of) return false;
  const nounEnd = span.start - of[0].length + of[1].length;
  const isTrigger = nounEnd > trigger.start && nounEnd <= trigger.end;
  return !isTrigger && !PARTY_NOUNS.has(of[1]) && !COUNT_NOUNS.has(of[1]);
}

/** The name is followed by a people noun that makes it a nationality, not a state: "Tajik citizens". */
export function isNationals(text: string, span: Span): boolean {
  return /^\s+(?:citizens|nationals|people|residents|migrants|men|women|workers|students|immigrants|emigrants|community|diaspora)\b/.test(text.slice(span.end, span.end + 16));
}

/** A name that modifies a place or another party: "Afghan soil", "Tajikistan's border", "Taliban-controlled". */
export function modifiesPlace(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 24);
  return /^(?:['’]s)?\s+(?:soil|territory|territories|(?:border|borders|frontier)(?!\s+(?:guards?|police|troops|forces?|service|patrols?|agency|officers|officials|units|protection|security)\b)|airspace|side|waters|capital|region|province|district|mountains|river|valley|gorge|lake|sea|north|south|east|west)\b/i.test(after)
    || /^[-‐](?:controlled|held|occupied|ruled|run)\b/i.test(after);
}

/** The name an appositive clause describes: "Tehrik-e-Taliban Tajikistan, a group that came into existence …". */
export function appositiveHead<M extends Span>(text: string, clause: Span, mentions: M[]): M | null {
  if (!/^\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3}?(?:that|which|who)\b/iu.test(text.slice(clause.start, clause.start + 60))) return null;
  const comma = text.lastIndexOf(',', clause.start);
  if (comma < 0 || clause.start - comma > 1) return null;
  return mentions.find((m) => m.end === comma || (m.end < comma && /^[\s)]*$/.test(text.slice(m.end, comma)))) ?? null;
}

/** How far into a line a dateline's town may start: after a headline and site name glued before it. */
const DATELINE_REACH = 400;
/** What follows a dateline's town or state: ", State" and/or "(Agency)" or "(Dec 7, 2015)", then a dash ("--", "–", "—"; "???" is a mis-decoded dash). */
const DATELINE_TAIL = /^(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?(?:\s*\([^()\n]{1,40}\))?\s*(?:[—–]|-{1,2}(?!\w)|\?{2,3})/;
/** A capitalised town word: "DUNCANNON", "ST. LOUIS", "MOUNT VERNON". */
const CAPS_TOWN = /^[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*(?=[\s,(—–-]|$)/;

/**
 * A dateline ("KHATLON, Tajikistan, April 17, 2024 — …", "HARTFORD, Conn. (AP) —") says where and
 * when the report was filed: the capitalised town, at a line's start or glued after its headline,
 * or the state, agency or date after "TOWN, ", followed by a dash.
 */
export function isDateline(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  if (span.start - lineStart >= DATELINE_REACH) return false;
  const before = text.slice(lineStart, span.start);
  // The state, agency or date after the town: "KHATLON, Tajikistan, April 17, 2024 —".
  if (/^[A-Z][A-Z .'-]+,[^\n]{0,60}$/.test(before) && /^[^\n]{0,12}\s[—–-]{1,2}\s/.test(text.slice(span.end, span.end + 16))) return true;
  const tail = text.slice(span.end, span.end + 60);
  // The state after a glued capitalised town: "…| FOX2now.comST. LOUIS, MO (KTVI)- …".
  if (/[A-Z]{2}[A-Z.'’ -]*,\s*$/.test(before.slice(-40)) && DATELINE_TAIL.test(tail)) return true;
  // The town itself, opening its line or glued to the headline (no space between): "…shootingDUNCANNON, Pa. (WHTM) –".
  const glued = before === '' || /\S$/.test(before);
  return glued && CAPS_TOWN.test(text.slice(span.start, span.end)) && DATELINE_TAIL.test(tail);
}

/** A day right after a verb of saying dates the saying, not the incident: "police said Thursday". */
const SPEECH_BEFORE = /\b(?:said|says|told\s+\S+|announced|confirmed|reported|stated|added)\s+(?:on\s+)?$/i;
/** Characters before a day searched for a verb of saying: the verb, its object and "on". */
const SPEECH_WINDOW = 30;

/** The date is the day of a saying ("the committee said on Saturday"), not of what was said. */
export function isSayingDay(text: string, span: Span): boolean {
  return SPEECH_BEFORE.test(text.slice(Math.max(0, span.start - SPEECH_WINDOW), span.start));
}

/** Nouns after a place that say where a person is from, not where the event was: "a Michigan man", "a Columbia native". */
const ORIGIN_NOUNS = /^\s+(?:man|woman|men|women|resident|residents|native|natives|teen|teens|teenager|teenagers|boy|boys|girl|girls)\b/;

/** The place describes a person's home: "a 53-year-old Maryland woman". */
export function isOrigin(text: string, span: Span): boolean {
  return ORIGIN_NOUNS.test(text.slice(span.end, span.end + 16));
}
