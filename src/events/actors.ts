// Who did what to whom: the actors of an event mention, read from the named mentions in its
// clause. A demonym stands for its country ("Russian-Tajik drills"), a capital used as a party for
// its state ("between Moscow and Dushanbe"), a unit brings its state in the unit's role. Names in
// a locative frame ("from Afghanistan") are places, and names of other events' parties ("since the
// Taliban's return") are left out.
import type { EventActor, Mention, Span } from '../model.ts';
import type { KbEntry } from '../annotate/kb/match.ts';
import { TYPES, type EventType } from './taxonomy.ts';
import { inOtherEventFrame, isLocative, isNationals, modifiesPlace } from './frames.ts';

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'ARMED_GROUP', 'MILITARY_UNIT']);
/** Types whose names can be places: a locative frame makes them the location, not a party. */
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** Joint activities: everyone named beside the trigger is a partner, not a target. */
const COOPERATIVE: ReadonlySet<EventType> = new Set(['military_exercise', 'agreement', 'military_deployment', 'headquarters_or_base_established']);
/** Violent groups, where the party after the trigger is on the receiving end. */
const VIOLENT_GROUPS = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians', 'riots']);
/** Events done by a group to itself: only organisations can be their actor ("TTP was formed"). */
const GROUP_ONLY: ReadonlySet<EventType> = new Set(['group_formation', 'propaganda_publication']);
/** Acts done to someone: the party after the trigger, and any armed group named, is the target. */
const TARGETED: ReadonlySet<EventType> = new Set(['arrest', 'abduction_forced_disappearance', 'designation_sanction']);
/** What stands between a passive participle and its agent: "detained by Russian security services", "killed by the Taliban". */
const AGENT_GAP = /^\s+by\s+(?:the\s+)?$/i;
/** Words of a noun phrase that may stand between a demonym modifier and its head ("Russian-Tajik military drills"). */
const NP_MODIFIER_GAP = 24;

export interface ActorPick {
  actor: EventActor;
  mention: Mention;
}

export interface KbLookup {
  get(id: string): KbEntry | undefined;
  /** Known names inside a text (to find the state in "U.S. State Department"); absent in lookups that only resolve ids. */
  match?(text: string): { kbId: string; start: number }[];
}

/** Heads of an organ of a state: an unlinked "U.S. State Department" or "Russian Defence Ministry" acts for its state. */
const STATE_ORGAN_HEAD = /\b(?:Ministry|Department|Office|Government|Cabinet|Embassy|Army|Navy|Air Force|Armed Forces|Forces|Police|Guard|Service|Command|Council|Parliament|Kremlin)$/;

/** The country an unlinked state organ belongs to: the country or demonym its name opens with. */
function organState(surface: string, kb: KbLookup): string | null {
  if (!kb.match || !STATE_ORGAN_HEAD.test(surface)) return null;
  const first = kb.match(surface).find((x) => x.start === 0 || (x.start <= 4 && /^the\s/i.test(surface)));
  if (!first) return null;
  const entry = kb.get(first.kbId);
  return entry?.id.startsWith('cty:') || entry?.id.startsWith('cap:') ? entry.country : null;
}

/** The actor an entity mention stands for: demonyms and capitals resolve to their country where the KB knows it. */
function actorOf(m: Mention, text: string, kb: KbLookup): Omit<EventActor, 'role'> | null {
  if (!ACTOR_TYPES.has(m.type)) return null;
  const entry = m.kbId ? kb.get(m.kbId) : undefined;
  // A people ("Tuareg", "Fulani": KB ids nrp:) is a party of its own; a UCDP home country does not make them that state.
  if (entry?.id.startsWith('nrp:')) return { name: entry.name, kbId: entry.id, country: entry.country };
  if (m.type === 'NORP' || entry?.id.startsWith('cap:')) {
    const country = entry?.country ? kb.get(`cty:${entry.country}`) : undefined;
    if (!country) return null;
    return { name: country.name, kbId: country.id, country: country.country };
  }
  const surface = text.slice(m.start, m.end);
  const country = entry?.country ?? (!entry && m.type === 'ORG' ? organState(surface, kb) : null);
  return { name: entry?.name ?? surface, kbId: entry?.id ?? null, country };
}

/** Demonyms and units right before the trigger inside its noun phrase: "Russian-Tajik military drills". */
function npModifiers(mentions: Mention[], trigger: Span, text: string): Mention[] {
  const out: Mention[] = [];
  let left = trigger.start;
  // A modifier may share a word with the trigger: "Tajik military" + "military drills".
  for (const m of [...mentions].filter((x) => x.start < trigger.start).sort((a, b) => b.end - a.end)) {
    const gap = text.slice(Math.min(m.end, left), left);
    if (gap.length > NP_MODIFIER_GAP || !/^[\s\p{Ll}-]*$/u.test(gap)) break;
    if (!['NORP', 'MILITARY_UNIT'].includes(m.type) || /['’]s?$/.test(text.slice(m.start, m.end))) break;
    out.unshift(m);
    left = m.start;
  }
  return out;
}

/** Whether a mention can be a party to the event at `trigger`, from its frame in the text. */
export function isParty(m: Mention, text: string, trigger: Span): boolean {
  if ((PLACE_TYPES.has(m.type) || m.type === 'NORP') && isLocative(text, m)) return false;
  if (m.type !== 'MILITARY_UNIT' && modifiesPlace(text, m)) return false;
  if (m.type === 'NORP' && isNationals(text, m)) return false;
  return !inOtherEventFrame(text, m, trigger);
}

/**
 * Actors from the mentions of the trigger's clause. `exclude` marks spans already read as sources
 * of the report ("according to TASS"), which are not actors of the event; `perpetrator` is a party a
 * claim blames, who is actor1 wherever it stands.
 */
export function pickActors(type: EventType, trigger: Span & { noun?: boolean }, mentions: Mention[], text: string, kb: KbLookup, exclude: (m: Mention) => boolean, perpetrator: Mention | null = null): ActorPick[] {
  const picks: ActorPick[] = [];
  const seen = new Set<string>();
  const group = TYPES[type].group;
  const modifiers = !trigger.noun ? [] : npModifiers(mentions.filter((m) => !exclude(m)), trigger, text);
  // A group's own acts (formed, released) name it wherever it stands: "the rise of X, a group that was formed …".
  let pool = modifiers.length ? modifiers : mentions.filter((m) => !exclude(m) && (GROUP_ONLY.has(type) || isParty(m, text, trigger)));
  if (GROUP_ONLY.has(type)) pool = pool.filter((m) => m.type === 'ARMED_GROUP' || m.type === 'ORG' || m.type === 'MEDIA');
  // The trigger's own words name the act or its weapon ("IED kills"), never a named party; a longer name holding them ("Magnum Shooting Center") may be one.
  pool = pool.filter((m) => !(m.start >= trigger.start && m.end <= trigger.end));
  // The agent of a passive trigger did the act, wherever the sentence names its object.
  perpetrator ??= pool.find((m) => m.type !== 'PERSON' && m.start >= trigger.end && AGENT_GAP.test(text.slice(trigger.end, m.start))) ?? null;
  // The perpetrator is read first, so no party named before it takes actor1 too.
  if (perpetrator) pool = [perpetrator, ...pool.filter((m) => m !== perpetrator)];
  const has = (role: EventActor['role']) => picks.some((p) => p.actor.role === role);
  const add = (a: Omit<EventActor, 'role'>, role: EventActor['role'], m: Mention) => {
    const key = a.kbId ?? a.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    picks.push({ actor: { ...a, role }, mention: m });
  };
  for (const m of pool) {
    const a = actorOf(m, text, kb);
    if (!a) continue;
    let role: EventActor['role'];
    if (m === perpetrator) role = 'actor1';
    else if (m.type === 'PERSON') role = 'associated';
    else if (TARGETED.has(type) && (m.start >= trigger.end || m.type === 'ARMED_GROUP')) role = 'target';
    else if (COOPERATIVE.has(type)) role = has('actor1') ? 'partner' : 'actor1';
    else if (VIOLENT_GROUPS.has(group) && m.start >= trigger.end) role = has('actor2') || has('target') ? 'associated' : 'actor2';
    else role = has('actor1') ? 'associated' : 'actor1';
    // A unit or state organ with a known state: the state takes its role, the unit or organ stands beside it.
    const organ = m.type === 'MILITARY_UNIT' || (m.type === 'ORG' && !a.kbId);
    const state = organ && a.country ? kb.get(`cty:${a.country}`) : undefined;
    if (state) {
      add({ name: state.name, kbId: state.id, country: state.country }, role, m);
      add(a, 'associated', m);
    } else add(a, role, m);
  }
  return picks;
}
