// Generic actors: most conflict reports name no organisation ("Gunmen killed three soldiers",
// "Police fired tear gas at protesters"). ACLED codes these as generic actors of the event's
// country: "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", "Police Forces of Nigeria",
// "Military Forces of Nigeria", "Protesters (Nigeria)", "Rioters (Nigeria)", "Government of Nigeria"
// (officials, the authorities: who threatens or denies as often as who fires). They have no KB id;
// the role comes from syntax (subject of the act → actor1, object or passive subject → victim),
// and a named actor already in that role keeps it.
import type { Event, EventActor, Place, Span } from '../model.ts';
import { TYPES, type EventType } from './taxonomy.ts';

export type GenericKind = 'armed_group' | 'civilians' | 'police' | 'military' | 'protesters' | 'rioters' | 'government';

/** The ACLED name of a generic actor, with and without its country. */
const NAMES: Record<GenericKind, (country: string | null) => string> = {
  armed_group: (c) => (c ? `Unidentified Armed Group (${c})` : 'Unidentified Armed Group'),
  civilians: (c) => (c ? `Civilians (${c})` : 'Civilians'),
  police: (c) => (c ? `Police Forces of ${c}` : 'Police Forces'),
  military: (c) => (c ? `Military Forces of ${c}` : 'Military Forces'),
  protesters: (c) => (c ? `Protesters (${c})` : 'Protesters'),
  rioters: (c) => (c ? `Rioters (${c})` : 'Rioters'),
  government: (c) => (c ? `Government of ${c}` : 'Government'),
};

/** Provenance rule prefix that marks a generic actor (the post-pass finds them by it). */
export const GENERIC_RULE = 'actor:generic-noun';

/** Noun phrases of each kind; modifiers ("unidentified", "heavily armed") are part of the evidence. */
const NOUNS: [GenericKind, RegExp][] = [
  ['armed_group', /\b(?:(?:unidentified|unknown|suspected|masked|heavily|armed|rival)\s+){0,3}(?:gunm[ae]n|attackers?|assailants?|militants|insurgents|bandits|jihadists|kidnappers|abductors|(?:suicide\s+)?bombers?|armed\s+men|armed\s+group|fighters|raiders|terrorists)\b/gi],
  ['police', /\b(?:(?:riot|anti-riot)\s+)?(?:police(?:m[ae]n|\s+officers?)?|gendarmes?|gendarmerie)\b/gi],
  ['military', /\b(?:soldiers|troops|servicem[ae]n|(?:the\s+)?army|(?:the\s+)?military|security\s+forces|government\s+forces)\b/gi],
  ['protesters', /\b(?:protesters|protestors|demonstrators|marchers)\b/gi],
  ['rioters', /\b(?:rioters|(?:an?\s+)?(?:angry\s+)?mob)\b/gi],
  // After the military: "government forces" are troops, the bare "government" is the state's civil power.
  // "pro-government toughs", "the government line": a modifier of another noun names no party.
  ['government', /(?<![-‐])\b(?:(?:(?:senior|top|local|state|government|regime|election|electoral|party|ruling[-\s]party)\s+)?officials|(?:the\s+)?authorities|(?:the\s+)?(?:government|regime)(?![-‐]|\s+(?:forces|troops|soldiers|buildings?|offices?|officials?|line|policy|policies|plans?|programm?e?s?|spokes(?:man|woman|person)|statements?|website|media|critics|supporters|loyalists|employees|workers|jobs|contracts?|funds?|funding|budget|debt|bonds?|data|figures|reports?|sources?|ministers?|ministry|side|control|troops)\b|['’])\b)/gi],
  ['civilians', /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of)\s+)?(?:civilians|villagers|residents|farmers|worshipp?ers|passengers|pupils|schoolchildren|students|shoppers|commuters|herders|pilgrims|mourners)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of|hundreds\s+of)\s+people\b/gi],
];

/** Kinds a trigger word may itself name as the doer ("suicide bomber", "protesters"). */
const AGENT_KINDS = new Set<GenericKind>(['armed_group', 'protesters', 'rioters']);
/** Groups whose crowd is the actor: police met it. */
const CROWD_GROUPS = new Set(['protests', 'riots']);
/** A participle clause after the act tells its victims: "…, killing 12 civilians and wounding 30". */
const VICTIM_CLAUSE = /^,\s+(?:killing|wounding|injuring|leaving|kidnapping|abducting)\b[^;.]*/i;
/** Kinds that can only be on the receiving end (civilians who attack are rioters or a mob). */
const VICTIM_ONLY = new Set<GenericKind>(['civilians']);
/** Groups whose reports name generic parties the way ACLED codes them. */
const GENERIC_GROUPS = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians', 'protests', 'riots', 'statements']);
/** Acts done to someone: the victim is the target, not actor2 (as in actors.ts). */
const TARGETED = new Set<string>(['arrest', 'abduction_forced_disappearance']);
/** "police said", "the army told reporters": a speaker, not a party. */
const SPEECH_AFTER = /^\s+(?:(?:had|have|has)\s+)?(?:said|say|says|told|reported|report|added|confirmed|stated|announced|believe[sd]?|suspect(?:ed)?|are\s+investigating|were\s+investigating|investigat)/i;
/** The noun phrase is the subject of a passive act ("three soldiers were killed"): the victim. */
const PASSIVE_BETWEEN = /^\s+(?:[\w'-]+\s+){0,3}?(?:was|were|have\s+been|has\s+been|had\s+been|being|got)\s+(?:\w+ly\s+)?$/i;

/** Doers before those done to, as ACLED lists them. */
const ROLE_ORDER: EventActor['role'][] = ['actor1', 'actor2', 'target'];

export interface GenericPick extends Span {
  kind: GenericKind;
  role: EventActor['role'];
}

/**
 * Generic parties of the event at `trigger`, read from its clause: subjects before the act are
 * actor1, objects and passive subjects the victims, "by gunmen" the actor1 wherever it stands; a
 * participle clause after it ("…, killing 12 civilians") adds its victims.
 * `taken`: roles a named actor already holds.
 */
export function genericParties(type: EventType, text: string, clause: Span, sentenceEnd: number, trigger: Span, taken: Set<EventActor['role']>): GenericPick[] {
  if (!GENERIC_GROUPS.has(TYPES[type].group) && !TARGETED.has(type)) return [];
  const tail = VICTIM_CLAUSE.exec(text.slice(clause.end, Math.max(clause.end, sentenceEnd)));
  const reach = tail ? clause.end + tail[0].length : clause.end;
  const body = text.slice(clause.start, reach);
  const found: (GenericPick & { order: number })[] = [];
  for (const [kind, re] of NOUNS) {
    for (const m of body.matchAll(re)) {
      const start = clause.start + m.index!;
      const end = start + m[0].length;
      const inTrigger = start < trigger.end && end > trigger.start;
      // The trigger may be the party itself ("a suicide bomber", "protesters marched"): the doer.
      if (inTrigger && !AGENT_KINDS.has(kind)) continue;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      // A source's verb that is not the event's own ("police said militants threatened…"); a statement's speaker stays.
      const speech = SPEECH_AFTER.exec(text.slice(end, end + 40));
      if (speech && !(trigger.start >= end && trigger.start < end + speech[0].length)) continue;
      const byAgent = /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, start - 8), start));
      const before = end <= trigger.start;
      const passive = before && PASSIVE_BETWEEN.test(text.slice(end, trigger.start));
      const victim = TARGETED.has(type) ? 'target' : 'actor2';
      const role0: EventActor['role'] = byAgent || inTrigger ? 'actor1' : before && !passive ? 'actor1' : victim;
      // A protest's or riot's own crowd is its actor1 and the police who met it actor2, wherever told.
      const crowd = CROWD_GROUPS.has(TYPES[type].group);
      const role = crowd && (kind === 'protesters' || kind === 'rioters') ? 'actor1' : crowd && role0 === 'actor1' && (kind === 'police' || kind === 'military') ? 'actor2' : role0;
      if (VICTIM_ONLY.has(kind) && role === 'actor1') continue;
      found.push({ start, end, kind, role, order: start });
    }
  }
  const out: GenericPick[] = [];
  const roles = new Set(taken);
  for (const f of found.sort((a, b) => a.order - b.order)) {
    if (roles.has(f.role) || out.some((o) => o.kind === f.kind)) continue;
    roles.add(f.role);
    out.push({ start: f.start, end: f.end, kind: f.kind, role: f.role });
  }
  return out.sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** The generic actor for a pick, before its country is known. */
export function genericActor(p: GenericPick): EventActor {
  return { name: NAMES[p.kind](null), kbId: null, role: p.role, country: null };
}

/** The country most of the article's places are in: the default home of its generic actors. */
export function dominantCountry(places: Place[]): string | null {
  const n = new Map<string, number>();
  for (const p of places) if (p.country) n.set(p.country, (n.get(p.country) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Gives each generic actor the country of its event's place, else the article's dominant country,
 * and the ACLED name that goes with it. `countryName` turns an ISO code into a name.
 */
export function placeGenericActors(events: Event[], dominant: string | null, countryName: (iso: string) => string | null): void {
  for (const e of events) {
    namedFirst(e);
    e.actors.forEach((a, i) => {
      const rule = e.provenance[`actors.${i}`]?.rule ?? '';
      if (!rule.startsWith(GENERIC_RULE)) return;
      const kind = rule.slice(GENERIC_RULE.length + 1) as GenericKind;
      const iso = e.location?.country ?? dominant;
      const name = iso ? countryName(iso) : null;
      a.country = iso;
      a.name = NAMES[kind](name);
      if (iso && !e.location?.country) e.provenance[`actors.${i}`] = { rule, basis: 'implied' };
    });
  }
}

/** The event's i-th actor is a generic party, not a named one. */
export function isGenericActor(e: Event, i: number): boolean {
  return (e.provenance[`actors.${i}`]?.rule ?? '').startsWith(GENERIC_RULE);
}
const isGeneric = isGenericActor;

/**
 * Named actors first, then generic ones; a generic party whose role a named actor took in another
 * sentence ("a suicide bomber" … "TTP claimed the bombing") is that actor's, and goes.
 */
function namedFirst(e: Event): void {
  const idx = e.actors.map((_, i) => i);
  const named = idx.filter((i) => !isGeneric(e, i));
  const held = new Set(named.map((i) => e.actors[i].role));
  const order = [...named, ...idx.filter((i) => isGeneric(e, i) && !held.has(e.actors[i].role))];
  if (order.length === idx.length && order.every((i, k) => i === k)) return;
  const evidence = { ...e.evidence };
  const provenance = { ...e.provenance };
  for (const i of idx) {
    delete evidence[`actors.${i}`];
    delete provenance[`actors.${i}`];
  }
  order.forEach((from, to) => {
    if (e.evidence[`actors.${from}`]) evidence[`actors.${to}`] = e.evidence[`actors.${from}`];
    if (e.provenance[`actors.${from}`]) provenance[`actors.${to}`] = e.provenance[`actors.${from}`];
  });
  e.actors = order.map((i) => e.actors[i]);
  e.evidence = evidence;
  e.provenance = provenance;
}
