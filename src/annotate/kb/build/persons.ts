// People listed among groups: the PETRARCH militant file lists leaders and members (Osama bin
// Laden, Ayman al-Zawahiri, the KEDS section's Jemaah Islamiyah members) with their group's code,
// so a build that reads every record as a group tags those people ARMED_GROUP. A name is read as
// a person's when it has the form of one by the source's own person lists: the office holders of
// its country and international files give the given names and family names.
import { tokenize } from '../text.ts';
import { hasOrganisationWord, isStopword } from './filter.ts';
import type { ActorRecord } from './petrarch.ts';

export interface PersonNames {
  given: Set<string>;
  family: Set<string>;
}

/** A personal name has at least a given name and a family name ("Bin Laden" alone is a short form). */
const MIN_PERSON_WORDS = 2;
/** Longer names are descriptions or full Arabic nasab chains kept whole by the source; six covers "Osama bin Mohammed bin Awad bin Laden". */
const MAX_PERSON_WORDS = 6;
/** A name word seen once among thousands of office holders may be a stray token ("Islamic"); twice is a name. */
const MIN_NAME_USES = 2;

/** Arabic and Urdu words that open group names ("Ansar al-Islam", "Lashkar-e-Omar") and English ones the generic list lacks. */
const GROUP_WORDS = new Set([
  'ansar', 'lashkar', 'jaish', 'jamaat', 'jamaah', 'jemaah', 'harakat', 'hizb', 'hezb', 'tehrik', 'kataib', 'saraya',
  'liwa', 'jund', 'ahrar', 'saif', 'sipah', 'commission', 'battalions', 'board', 'coordinating', 'guerilla', 'guerrilla',
]);
/** Patronymic particles: "Osama bin Laden", "Zulkifli bin Hir" have a person's form whatever the given name. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** Given and family names of the office holders (records with dated codes) in the source's person files. */
export function personNames(records: ActorRecord[]): PersonNames {
  const givenUses = new Map<string, number>();
  const familyUses = new Map<string, number>();
  for (const rec of records) {
    if (!rec.dated) continue;
    const words = tokenize(rec.names[0]).map((t) => t.norm);
    if (words.length < MIN_PERSON_WORDS || words.length > MAX_PERSON_WORDS) continue;
    givenUses.set(words[0], (givenUses.get(words[0]) ?? 0) + 1);
    const last = words[words.length - 1];
    familyUses.set(last, (familyUses.get(last) ?? 0) + 1);
  }
  const often = (m: Map<string, number>) => new Set([...m].filter(([, n]) => n >= MIN_NAME_USES).map(([w]) => w));
  return { given: often(givenUses), family: often(familyUses) };
}

/** Whether a name has a person's form: two to six words, no organisation word, a patronymic or a known given or family name. */
export function isPersonName(name: string, people: PersonNames): boolean {
  const words = tokenize(name).map((t) => t.norm);
  if (words.length < MIN_PERSON_WORDS || words.length > MAX_PERSON_WORDS) return false;
  if (isStopword(words[0]) || hasGroupWord(name)) return false;
  if (words.slice(1, -1).some((w) => PATRONYMIC.has(w))) return true;
  return people.given.has(words[0]) || people.family.has(words[words.length - 1]);
}

/** Whether a name holds a word only groups' names carry ("Organization", "Ansar", "Brigades"). */
export function hasGroupWord(name: string): boolean {
  return hasOrganisationWord(name) || tokenize(name).some((t) => GROUP_WORDS.has(t.norm));
}

/** Whether a name opens a longer group name ("Abu Sayyaf" of "Abu Sayyaf Group"): then it is the group's short form. */
export function leadsGroupName(name: string, groupNames: string[][]): boolean {
  const words = tokenize(name).map((t) => t.norm);
  return groupNames.some((g) => g.length > words.length && words.every((w, i) => g[i] === w));
}

/**
 * The group a person record belongs to by its CAMEO code: the group under the same code holding
 * more than half the names listed under it (al-Qaeda's twenty against Abu Nidal's five under
 * IMGMUSALQ). Regional codes shared by many small records (IMGSASMUS) name no group, so null.
 */
export function groupByCode(code: string, groups: { code: string; id: string; names: number }[]): string | null {
  const same = groups.filter((g) => g.code === code);
  const total = same.reduce((n, g) => n + g.names, 0);
  const top = same.reduce<(typeof same)[number] | null>((best, g) => (best && best.names >= g.names ? best : g), null);
  return top && top.names * 2 > total ? top.id : null;
}
