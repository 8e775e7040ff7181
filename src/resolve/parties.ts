// Who did it and who says so, across reports of one event. Actors are one per identity (KB id,
// else name), with each report's "actors.N" evidence moved to the merged actor it names; in a
// cooperative event (drills, agreements) a second party is a partner, never a second actor1.
// Claims are one per (claimant, stance, about), keeping every report's evidence.
import type { Claim, Event, EventActor, Evidence } from '../model.ts';

/** Event types done together: ours and the extraction's (src/events/actors.ts) name the same four. */
const COOPERATIVE_TYPES: ReadonlySet<string> = new Set(['military_exercise', 'agreement', 'military_deployment', 'headquarters_or_base_established']);

const actorKey = (a: EventActor) => (a.kbId ?? a.name.toLowerCase().replace(/\s+/g, ' ').trim());

/** Claimant identity: the KB id, else the name without articles, case or spacing differences. */
export function claimantKey(c: Claim): string {
  return c.claimantKbId ?? c.claimant.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

function addSpans(into: Evidence[], spans: Evidence[]): void {
  for (const s of spans) if (!into.some((x) => x.articleId === s.articleId && x.start === s.start && x.end === s.end)) into.push(s);
}

/** The merged actors, and their evidence under the merged indexes ("actors.0" is the first merged actor). */
export function mergeActors(ms: Event[], type: string): { actors: EventActor[]; evidence: Record<string, Evidence[]> } {
  const actors: EventActor[] = [];
  const at = new Map<string, number>();
  const evidence: Record<string, Evidence[]> = {};
  for (const m of ms) {
    m.actors.forEach((a, i) => {
      const key = actorKey(a);
      let j = at.get(key);
      if (j === undefined) {
        const second = a.role === 'actor1' && COOPERATIVE_TYPES.has(type) && actors.some((x) => x.role === 'actor1');
        j = actors.push(second ? { ...a, role: 'partner' } : { ...a }) - 1;
        at.set(key, j);
      }
      addSpans((evidence[`actors.${j}`] ??= []), m.evidence[`actors.${i}`] ?? []);
    });
  }
  return { actors, evidence };
}

/** Claims, one per (claimant, stance, about), each with all its reports' evidence. */
export function mergeClaims(ms: Event[]): Claim[] {
  const out = new Map<string, Claim>();
  for (const c of ms.flatMap((m) => m.claims)) {
    const key = `${claimantKey(c)}\u0000${c.stance}\u0000${(c.about ?? '').toLowerCase()}`;
    const prev = out.get(key);
    if (prev) addSpans(prev.evidence, c.evidence);
    else out.set(key, { ...c, evidence: [...c.evidence] });
  }
  return [...out.values()];
}
