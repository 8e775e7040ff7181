// Whether a proposed split would cut one incident in two because its reports word it differently.
// Two incidents of one kind in ECB+ (two rehab stays, two title fights) usually differ in who they
// are about beyond their shared star: the opponent, the victim, the judge. When every person that
// most members of one group name is also what most members of the other group name, and nobody
// else leads either group, the groups are about the same people: word differences alone (an
// interview versus a court report) are no evidence of a second incident, so the story stays whole.
import type { MemberSketch } from './story-split.ts';
import { mainAnchors } from './anchors.ts';

/** A person leads a group when it is among the main people of at least this share of its members (half: the usual lead). */
const LEAD_SHARE = 0.5;

/** The people named as main by at least LEAD_SHARE of the group's members (main anchors and headline names). */
export function leadPeople(members: MemberSketch[], group: number[]): Set<string> {
  const count = new Map<string, number>();
  for (const i of group) {
    const m = members[i];
    for (const k of new Set([...mainAnchors(m.anchors.person ?? {}), ...(m.titled.person ?? [])])) count.set(k, (count.get(k) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= LEAD_SHARE * group.length).map(([k]) => k));
}

/** Whether both groups are led by exactly the same people (at least one): one incident's reports, not two incidents. */
export function sameLeadPeople(members: MemberSketch[], first: number[], second: number[]): boolean {
  const x = leadPeople(members, first), y = leadPeople(members, second);
  return x.size > 0 && x.size === y.size && [...x].every((k) => y.has(k));
}
