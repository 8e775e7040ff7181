// What a count counts: the nouns a casualty or force-size number goes with, the verbs that make it
// a death or injury toll, and the words that mark a number as something else (a time, an age, money).
import type { Quantity } from '../../model.ts';

/** Nouns a conflict report counts; singular forms too, for "one soldier". */
export const COUNTED_NOUNS = new Set((
  'people person persons civilian civilians soldier soldiers troop troops serviceman servicemen servicemember ' +
  'servicemembers personnel militant militants fighter fighters insurgent insurgents rebel rebels gunman gunmen ' +
  'attacker attackers assailant assailants police policeman policemen officer officers child children kid kids ' +
  'woman women man men boy boys girl girls teen teens teenager teenagers victim victims body bodies casualty ' +
  'casualties death deaths fatality fatalities dead wounded injured injury injuries refugee refugees prisoner ' +
  'prisoners hostage hostages detainee detainees protester protesters protestor protestors demonstrator ' +
  'demonstrators student students journalist journalists migrant migrants resident residents villager villagers ' +
  'worker workers member members life lives pilgrim pilgrims worshipper worshippers passenger passengers ' +
  'guard guards marine marines sailor sailors tank tanks vehicle vehicles aircraft jet jets helicopter ' +
  'helicopters drone drones warship warships ship ships suspect suspects'
).split(' '));

/**
 * Things a number may count that are never people: weapons, ammunition, vehicles, buildings,
 * animals, objects. A casualty verb after them ("two handguns was shot") is not a toll of theirs.
 */
export const THING_NOUNS = new Set((
  'gun guns handgun handguns pistol pistols rifle rifles shotgun shotguns revolver revolvers weapon weapons firearm ' +
  'firearms bullet bullets round rounds shot shots shell shells casing casings cartridge cartridges magazine magazines ' +
  'knife knives car cars truck trucks suv suvs van vans motorcycle motorcycles bike bikes home homes house houses ' +
  'building buildings apartment apartments store stores camera cameras call calls dog dogs cat cats horse horses ' +
  'bag bags phone phones window windows door doors'
).split(' '));

/** Words between a number and its noun that end the search: the noun is not there. */
export const NOT_A_MODIFIER = new Set(
  ('were was are is and or but in at on of to by from with for who that which had have has been as than said after ' +
    'before when while since until he she it they his her their its we you i shortly').split(' '),
);

const KILLED = new Set(['killed', 'dead', 'death', 'deaths', 'died', 'fatality', 'fatalities', 'life', 'lives', 'body', 'bodies', 'slain', 'murdered', 'executed']);
const INJURED = new Set(['injured', 'wounded', 'hurt', 'injury', 'injuries', 'hospitalized', 'hospitalised']);
const FORCE = new Set([
  'troop', 'troops', 'soldier', 'soldiers', 'serviceman', 'servicemen', 'servicemember', 'servicemembers', 'personnel',
  'militant', 'militants', 'fighter', 'fighters', 'insurgent', 'insurgents', 'rebel', 'rebels', 'marine', 'marines',
  'sailor', 'sailors', 'tank', 'tanks', 'vehicle', 'vehicles', 'aircraft', 'jet', 'jets', 'helicopter', 'helicopters',
  'drone', 'drones', 'warship', 'warships', 'ship', 'ships',
]);

/** A verb phrase right after the counted words: "were killed", "died", "shot dead". */
export const VERB_AFTER = /^\s*,?\s*(?:(?:were|was|have|has|had|been|are|is|being|reportedly|also|later|all|confirmed|reported|believed|feared|found|left|now|since|both)\s+)*((?:(?:fatally|mortally|critically|seriously|severely|slightly)\s+)?(?:shot\s+(?:and\s+)?(?:killed|wounded|injured)|shot\s+(?:dead|to\s+death)|gunned\s+down|killed|dead|died|slain|murdered|executed|wounded|injured|hurt|hospitali[sz]ed|shot|stabbed))\b/i;
/** A verb or toll phrase right before the number: "killing 12", "the death toll rose to 40". */
export const VERB_BEFORE = /(?:\b(killing|killed|kills|kill|wounding|wounded|injuring|injured|hurting)|\b(death\s+toll|toll)(?:\s+(?:has|had|have|rose|risen|climbed|reached|stands|stood|is|was|now|of|at|to|jumped|increased)){0,3})\s+$/i;

/** The canonical unit for a casualty verb; nouns keep their own word. */
export function normaliseVerb(verb: string): string {
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  if (v === 'shot' || v === 'stabbed') return v;
  if (/fatal|mortal|kill|dead|death|died|slain|murder|execut|toll|gunned/.test(v)) return 'killed';
  return 'injured';
}

/**
 * What a quantity is a count of, for the event stage: deaths, injuries, or the size of a force.
 * Null when the unit does not say ("12 people", "5 shot" can be either).
 */
export function casualtyKind(q: Quantity): 'killed' | 'injured' | 'size' | null {
  const unit = q.unit?.toLowerCase() ?? null;
  if (!unit) return null;
  const word = unit.split(/\s+/).pop()!;
  if (KILLED.has(word)) return 'killed';
  if (INJURED.has(word)) return 'injured';
  if (FORCE.has(word)) return 'size';
  return null;
}
