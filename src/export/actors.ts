// What the actor KB id says about an actor's kind, in the terms each reference dataset uses. The id
// prefix is the KB's entity kind (cty country, cap capital, gov government body, mil military
// unit, sec security service, grp armed group, igo, med, org, per, nrp); names without a KB id
// say nothing, so their fields stay empty.
import type { Event, EventActor } from '../model.ts';

const prefix = (a: EventActor) => a.kbId?.split(':')[0] ?? null;

/** Countries, capitals (as metonyms for governments), ministries, armies and security services. */
const STATE_KINDS = new Set(['cty', 'cap', 'gov', 'mil', 'sec']);

export function isStateActor(a: EventActor): boolean {
  const p = prefix(a);
  return p !== null && STATE_KINDS.has(p);
}

export function isArmedGroup(a: EventActor): boolean {
  return prefix(a) === 'grp';
}

/** CAMEO/PLOVER sector codes (GOV, MIL, REB, SPY, MED, IGO) from the KB kind; null when unknown. */
const SECTORS: Record<string, string> = { cty: 'GOV', cap: 'GOV', gov: 'GOV', mil: 'MIL', sec: 'SPY', grp: 'REB', med: 'MED', igo: 'IGO' };

export function ploverSector(a: EventActor): string | null {
  const p = prefix(a);
  return p ? SECTORS[p] ?? null : null;
}

/**
 * ACLED's inter codes: 1 State forces, 8 External/Other forces (international bodies). Armed groups
 * could be rebels (2), political (3) or identity militias (4); the KB cannot tell, so they stay empty.
 */
export function acledInter(a: EventActor | undefined): number | null {
  if (!a) return null;
  if (isStateActor(a)) return 1;
  if (prefix(a) === 'igo') return 8;
  return null;
}

export interface Sides {
  /** Actor1 first, then others acting with it (partners, further actor1s). */
  side1: EventActor[];
  /** Actor2 first, then targets. */
  side2: EventActor[];
}

/** The two sides of an event; "associated" actors are named near it but on no known side, so they are left out. */
export function sidesOf(e: Event): Sides {
  const by = (...roles: EventActor['role'][]) => roles.flatMap((r) => e.actors.filter((a) => a.role === r));
  return { side1: by('actor1', 'partner'), side2: by('actor2', 'target') };
}
