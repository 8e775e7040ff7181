// Military units named by their number: "the 158th Fighter Wing", "Fourth Air Force", "the 5th
// Special Forces Group", "IV Corps", "3 Air Division" (the style of unit histories). The cue in
// entities.ts reads digit ordinals before a few heads; this pass adds spelled ordinals, Roman
// numerals before a corps or an army, bare numbers before a capitalised unit name, and the heads
// of air and naval units. The number is part of the unit's name, and the whole is one unit.
import type { EntityType, Mention } from '../../model.ts';

/** Words ending a unit's name (singular: "two Infantry Divisions" counts units, it names none). */
const UNIT_HEADS = 'Division|Brigade|Regiment|Battalion|Army|Corps|Fleet|Flotilla|Squadron|Wing|Group|Force|Command|Company|Detachment|Battery';
/** Spelled ordinals up to the twentieth. */
const SPELLED = 'First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth';
/**
 * A numbered unit: a digit ordinal or a spelled one with up to three capitalised words before the
 * head; a bare number with one to three ("3 Air Division", not "5 Battalions"); a Roman numeral
 * right before "Corps" or "Army" ("IV Corps").
 */
const NUMBERED_UNIT = new RegExp(
  `\\b(?:(?:\\d{1,3}(?:st|nd|rd|th|d)|${SPELLED})(?: \\p{Lu}[\\p{L}-]+){0,3}|\\d{1,3}(?: \\p{Lu}[\\p{L}-]+){1,3}|[IVX]{1,5}) (?:${UNIT_HEADS})\\b`,
  'gu',
);
/** Readings a unit's name may replace: its number or words read as a place, a person or a part of it. */
const REPLACEABLE = new Set<EntityType>(['ORG', 'MILITARY_UNIT', 'LOC', 'GPE', 'PERSON', 'NORP', 'ARMED_GROUP']);
/** Roman numerals name only corps and armies ("IV Corps"); "X Group" or "I Company" is no unit. */
const ROMAN_HEADS = /^[IVX]{1,5} (?:Corps|Army)$/;

/** The mentions, with numbered units read whole as military units. */
export function markNumberedUnits(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const hit of text.matchAll(NUMBERED_UNIT)) {
    if (/^[IVX]/.test(hit[0]) && !ROMAN_HEADS.test(hit[0])) continue;
    // An article opens a new name: "05 The Boring Company" is a number before a company.
    if (/ (?:The|A|An) /.test(hit[0])) continue;
    const start = hit.index!, end = start + hit[0].length;
    const over = out.filter((m) => m.start < end && start < m.end);
    // A longer name around it ("U.S. Sixth Fleet", "Jordanian 71st Battalion") or the same reading stays.
    if (over.some((m) => m.start < start || m.end > end || !REPLACEABLE.has(m.type))) continue;
    if (over.some((m) => m.start === start && m.end === end)) continue;
    out = out.filter((m) => !over.includes(m));
    out.push({ start, end, type: 'MILITARY_UNIT', kbId: null, rule: 'name:numbered-unit' });
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}
