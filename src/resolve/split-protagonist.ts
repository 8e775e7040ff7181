// Whether a proposed split would cut one incident in two because its reports word it differently.
// Two incidents of one kind in ECB+ (two rehab stays, two title fights) usually differ in who they
// are about beyond their shared star (the opponent, the victim, the judge), or in where and when.
// When most members of each group name the same person and nobody else leads either group, or name
// the same person and also the same place or year, the groups report one incident: word
// differences alone (an interview versus a court report) are no evidence of a second one. A small
// group (a first handful of reports) that shares both the lead place and the lead year with the
// rest is one incident's side story too, whoever it names.
import type { MemberSketch } from './story-split.ts';
import { mainAnchors, type AnchorKind } from './anchors.ts';

/** An anchor leads a group when it is among the main anchors of at least this share of its members (half: the usual lead). */
const LEAD_SHARE = 0.5;
/**
 * A group of at most this many members (the fewest a split allows) needs its own place or year to
 * split off. ECB+ dev: shuffled-order min B³ F1 0.898->0.900 at 3 or 4; for all sizes 0.892.
 */
const SMALL_GROUP = 3;

/** The anchors of one kind named as main (or in the headline) by at least LEAD_SHARE of the group's members. */
export function leads(members: MemberSketch[], group: number[], kind: AnchorKind): Set<string> {
  const count = new Map<string, number>();
  for (const i of group) {
    const m = members[i];
    for (const k of new Set([...mainAnchors(m.anchors[kind] ?? {}), ...(m.titled[kind] ?? [])])) count.set(k, (count.get(k) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= LEAD_SHARE * group.length).map(([k]) => k));
}

const shareOne = (x: Set<string>, y: Set<string>) => [...x].some((k) => y.has(k));

/**
 * Whether the two groups report one incident by who, where and when: led by exactly the same people
 * (at least one), sharing a lead person and also a lead place or lead year, or, when one group is
 * small, sharing both a lead place and a lead year.
 */
export function sameIncidentLeads(members: MemberSketch[], first: number[], second: number[]): boolean {
  const [x, y] = [first, second].map((g) => leads(members, g, 'person'));
  if (x.size > 0 && x.size === y.size && [...x].every((k) => y.has(k))) return true;
  const [place, year] = (['region', 'year'] as const).map((kind) => shareOne(leads(members, first, kind), leads(members, second, kind)));
  if (shareOne(x, y) && (place || year)) return true;
  return Math.min(first.length, second.length) <= SMALL_GROUP && place && year;
}
