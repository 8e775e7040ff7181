// Who did what to whom: the actors of an event mention, read from the named mentions near its
// trigger. A demonym stands for its country ("Russian-Tajik drills"); a unit brings its state.
import type { EventActor, Mention } from '../model.ts';
import type { KbEntry } from '../annotate/kb/match.ts';
import { TYPES, type EventType } from './taxonomy.ts';

const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'ARMED_GROUP', 'MILITARY_UNIT']);
/** Joint activities: everyone named beside the trigger is a partner, not a target. */
const COOPERATIVE: ReadonlySet<EventType> = new Set(['military_exercise', 'agreement', 'military_deployment', 'headquarters_or_base_established']);
/** Violent groups, where the party after the trigger is on the receiving end. */
const VIOLENT_GROUPS = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians', 'riots']);

export interface ActorPick {
  actor: EventActor;
  mention: Mention;
}

export interface KbLookup {
  get(id: string): KbEntry | undefined;
}

/** The actor an entity mention stands for: NORP and units resolve to their country where the KB knows it. */
function actorOf(m: Mention, text: string, kb: KbLookup): Omit<EventActor, 'role'> | null {
  if (!ACTOR_TYPES.has(m.type)) return null;
  const entry = m.kbId ? kb.get(m.kbId) : undefined;
  if (m.type === 'NORP') {
    const country = entry?.country ? kb.get(`cty:${entry.country}`) : undefined;
    if (!country) return null;
    return { name: country.name, kbId: country.id, country: country.country };
  }
  return { name: entry?.name ?? text.slice(m.start, m.end), kbId: entry?.id ?? null, country: entry?.country ?? null };
}

/**
 * Actors from the mentions of one sentence. `claimants` are spans already read as sources of the
 * report ("according to TASS"), which are not actors of the event.
 */
export function pickActors(type: EventType, trigger: { start: number; end: number }, mentions: Mention[], text: string, kb: KbLookup, exclude: (m: Mention) => boolean): ActorPick[] {
  const picks: ActorPick[] = [];
  const seen = new Set<string>();
  const group = TYPES[type].group;
  for (const m of mentions) {
    if (exclude(m)) continue;
    const a = actorOf(m, text, kb);
    if (!a) continue;
    const key = a.kbId ?? a.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    let role: EventActor['role'];
    if (m.type === 'MILITARY_UNIT' || m.type === 'PERSON') role = 'associated';
    else if (COOPERATIVE.has(type)) role = picks.some((p) => p.actor.role === 'actor1') ? 'partner' : 'actor1';
    else if (VIOLENT_GROUPS.has(group) && m.start >= trigger.end) role = picks.some((p) => p.actor.role === 'actor2' || p.actor.role === 'target') ? 'associated' : 'actor2';
    else role = picks.some((p) => p.actor.role === 'actor1') ? 'associated' : 'actor1';
    picks.push({ actor: { ...a, role }, mention: m });
  }
  // A unit with a known state brings the state in, if the sentence did not name it.
  for (const p of [...picks]) {
    if (p.mention.type !== 'MILITARY_UNIT' || !p.actor.country) continue;
    const stateId = `cty:${p.actor.country}`;
    if (picks.some((q) => q.actor.kbId === stateId)) continue;
    const state = kb.get(stateId);
    if (!state) continue;
    const role = picks.some((q) => q.actor.role === 'actor1') ? (COOPERATIVE.has(type) ? 'partner' : 'associated') : 'actor1';
    picks.push({ actor: { name: state.name, kbId: state.id, country: state.country, role }, mention: p.mention });
  }
  return picks;
}
