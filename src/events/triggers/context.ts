// Sentence features that settle what a family trigger means: who the victims are ("killed" is an
// attack on civilians or an armed clash), how a protest was met, who took a town; and the tags
// (terrorism, suicide, cross-border) the sentence states outright.
import type { EventType } from '../taxonomy.ts';
import type { Family } from './lexicon.ts';
import { anyForms } from './inflect.ts';

const cues = (words: string[]) => new Set(words.flatMap((w) => anyForms(w)));

/** Victims who are not combatants: ACLED's "violence against civilians". */
const CIVILIAN_CUES = cues([
  'civilian', 'villager', 'worshipper', 'worshiper', 'concertgoer', 'passenger', 'student', 'pupil', 'child',
  'children', 'woman', 'women', 'shopper', 'resident', 'pilgrim', 'farmer', 'journalist', 'reporter', 'teacher',
  'doctor', 'patient', 'family', 'families', 'wedding', 'market', 'school', 'church', 'mosque', 'synagogue',
  'temple', 'concert', 'festival', 'hospital', 'refugee', 'bystander', 'tourist', 'unarmed', 'spectator',
  'congregation', 'commuter', 'herder', 'fisherman', 'fishermen', 'mourner', 'shrine', 'displaced', 'hostage',
  'guest', 'hotel', 'restaurant', 'cafe', 'customer', 'diner', 'shopkeeper', 'pedestrian', 'motorist', 'traveller',
  'traveler', 'nightclub', 'employee', 'villages',
]);
/** Armed people or places on the receiving end: ACLED's battles (police count as state forces). */
const ARMED_CUES = cues([
  'soldier', 'troop', 'army', 'military', 'serviceman', 'servicemen', 'police', 'policeman', 'policemen',
  'militant', 'rebel', 'insurgent', 'fighter', 'jihadist', 'militia', 'militiaman', 'militiamen', 'checkpoint',
  'base', 'convoy', 'patrol', 'outpost', 'barracks', 'position', 'garrison', 'guard', 'marine', 'paratrooper',
  'commando', 'gendarme', 'gendarmerie', 'peacekeeper',
]);
/** Words that mean two armed sides fought, whatever the victims. */
const BATTLE_CUES = cues(['clash', 'firefight', 'gunbattle', 'skirmish', 'battle', 'fighting', 'shootout']);

const RIOT_CUES = cues([
  'riot', 'rioter', 'torch', 'torched', 'molotov', 'vandalise', 'vandalize', 'loot', 'looted', 'clash', 'rampage',
  'stone', 'stones', 'rock', 'rocks', 'petrol', 'arson', 'smash', 'smashed',
]);
const EXCESSIVE_FORCE_CUES = cues(['ammunition', 'live', 'kill', 'killed', 'dead', 'fatally', 'massacre', 'shot']);
const INTERVENTION_CUES = cues([
  'disperse', 'dispersed', 'teargas', 'tear', 'cannon', 'rubber', 'baton', 'arrest', 'arrested', 'detain',
  'detained', 'beat', 'beaten', 'crackdown', 'forcibly', 'pepper', 'stun', 'broke',
]);

const NON_STATE_CUES = cues([
  'militant', 'rebel', 'insurgent', 'jihadist', 'fighter', 'militia', 'taliban', 'shabaab', 'houthi', 'separatist',
  'gunmen', 'isis', 'isil', 'daesh', 'guerrilla', 'faction', 'jihadi', 'insurgency', 'extremist', 'boko', 'haram',
]);
const STATE_CUES = cues(['army', 'troop', 'soldier', 'government', 'military', 'regime', 'forces']);

export interface Reading {
  type: EventType;
  /** Multiplies the entry's score: how sure the sentence makes us of this reading. */
  factor: number;
  /** Which sentence cues chose the reading, for the type's provenance ("civilian-victims", "undecided"). */
  why?: string;
}

/** When the sentence decides, the reading is kept nearly whole; an undecided family splits its score. */
const DECIDED = 1;
const LEANING = 0.85;
const UNDECIDED = 0.7;
const RUNNER_UP = 0.6;

function has(words: Set<string>, set: Set<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

export function resolveFamily(family: Family, words: Set<string>): Reading[] {
  if (family === 'violence') {
    const civilians = has(words, CIVILIAN_CUES);
    const armed = has(words, ARMED_CUES) || has(words, BATTLE_CUES);
    if (civilians && !armed) return [{ type: 'attack', factor: DECIDED, why: 'civilian-victims' }];
    if (armed && !civilians) return [{ type: 'armed_clash', factor: DECIDED, why: 'armed-parties' }];
    if (civilians && armed) return [{ type: 'attack', factor: LEANING, why: 'civilians-and-armed' }, { type: 'armed_clash', factor: UNDECIDED, why: 'civilians-and-armed' }];
    return [{ type: 'attack', factor: UNDECIDED, why: 'undecided' }, { type: 'armed_clash', factor: RUNNER_UP, why: 'undecided' }];
  }
  if (family === 'protest') {
    if (has(words, RIOT_CUES)) return [{ type: 'violent_demonstration', factor: LEANING, why: 'riot-cues' }];
    if (has(words, EXCESSIVE_FORCE_CUES)) return [{ type: 'excessive_force_against_protesters', factor: LEANING, why: 'lethal-force-cues' }];
    if (has(words, INTERVENTION_CUES)) return [{ type: 'protest_with_intervention', factor: LEANING, why: 'intervention-cues' }];
    return [{ type: 'peaceful_protest', factor: DECIDED, why: 'no-force-cues' }];
  }
  const nonState = has(words, NON_STATE_CUES);
  const state = has(words, STATE_CUES);
  if (nonState && !state) return [{ type: 'non_state_actor_overtakes_territory', factor: DECIDED, why: 'non-state-party' }];
  if (state && !nonState) return [{ type: 'government_regains_territory', factor: DECIDED, why: 'state-party' }];
  return [
    { type: 'non_state_actor_overtakes_territory', factor: UNDECIDED, why: 'undecided' },
    { type: 'government_regains_territory', factor: RUNNER_UP, why: 'undecided' },
  ];
}

/** Tags the sentence states outright, from its lowercased words in order. */
export function sentenceTags(words: string[]): string[] {
  const tags: string[] = [];
  if (words.some((w) => /^terror(ist|ists|ism)?$/.test(w))) tags.push('terrorism');
  if (words.some((w) => /^suicide$/.test(w))) tags.push('suicide');
  const joined = ` ${words.join(' ')} `;
  if (/ cross border | across the border | over the border | crossborder | across the frontier /.test(joined)) tags.push('cross_border');
  return tags;
}
