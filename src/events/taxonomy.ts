// Sitrep's event types: ACLED's 25 sub-event types (so our events line up with the reference
// conflict dataset), plus the non-lethal security events ACLED and UCDP leave out (drills,
// deployments, designations, threats, claims and denials), each mapped to ACLED, PLOVER and CAMEO
// so records can be compared with those datasets and their gold standards.

export const EVENT_TYPES = [
  // Battles
  'armed_clash', 'government_regains_territory', 'non_state_actor_overtakes_territory',
  // Explosions/Remote violence
  'chemical_weapon', 'air_drone_strike', 'suicide_bomb', 'shelling_artillery_missile_attack',
  'remote_explosive_landmine_ied', 'grenade',
  // Violence against civilians
  'sexual_violence', 'attack', 'abduction_forced_disappearance',
  // Protests
  'peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters',
  // Riots
  'violent_demonstration', 'mob_violence',
  // Strategic developments
  'agreement', 'arrest', 'change_to_group_activity', 'disrupted_weapons_use',
  'headquarters_or_base_established', 'looting_property_destruction', 'non_violent_transfer_of_territory', 'other',
  // Our extension
  'military_exercise', 'military_deployment', 'military_withdrawal', 'designation_sanction',
  'statement_threat', 'accusation_attribution', 'denial', 'propaganda_publication', 'group_formation',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Tags that cut across types: an air strike can be cross-border, a bombing can be terrorism. */
export const EVENT_TAGS = ['terrorism', 'cross_border', 'suicide'] as const;
export type EventTag = (typeof EVENT_TAGS)[number];

export type AcledEventType =
  | 'Battles' | 'Explosions/Remote violence' | 'Violence against civilians'
  | 'Protests' | 'Riots' | 'Strategic developments';

/** Our coarse groups: ACLED's six event types, then two for the extension. */
export type EventGroup =
  | 'battles' | 'explosions_remote_violence' | 'violence_against_civilians' | 'protests' | 'riots'
  | 'strategic_developments' | 'military_posture' | 'statements';

/** The PLOVER manual's 16 categories (draft 0.8, 2021; FIGHT of older drafts is ASSAULT there). */
export type PloverCategory =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export interface TypeInfo {
  label: string;
  /** ACLED event_type / sub_event_type, exactly as ACLED spells them; null where ACLED has no such event. */
  acled: { event_type: AcledEventType; sub_event_type: string } | null;
  /** PLOVER category and mode (modes from the manual's tables); null category where none fits. */
  plover: { category: PloverCategory | null; mode: string | null };
  /** CAMEO event code, root or specific; null where CAMEO has none. */
  cameo: string | null;
  group: EventGroup;
  /** Why a mapping is not the obvious one, where it is not. */
  note?: string;
}

const acled = (event_type: AcledEventType, sub_event_type: string) => ({ event_type, sub_event_type });
const plover = (category: PloverCategory | null, mode: string | null = null) => ({ category, mode });
const BATTLES = 'Battles';
const EXPLOSIONS = 'Explosions/Remote violence';
const VAC = 'Violence against civilians';
const SD = 'Strategic developments';

export const TYPES: Record<EventType, TypeInfo> = {
  armed_clash: { label: 'Armed clash', acled: acled(BATTLES, 'Armed clash'), plover: plover('ASSAULT', 'firearms'), cameo: '190', group: 'battles' },
  government_regains_territory: {
    label: 'Government regains territory', acled: acled(BATTLES, 'Government regains territory'),
    plover: plover('ASSAULT'), cameo: '192', group: 'battles',
    note: 'CAMEO lists RECAPTURE under 192 (occupy territory), which CAMEO2PLOVER puts in COERCE; ACLED counts it as a battle, so PLOVER ASSAULT',
  },
  non_state_actor_overtakes_territory: {
    label: 'Non-state actor overtakes territory', acled: acled(BATTLES, 'Non-state actor overtakes territory'),
    plover: plover('ASSAULT'), cameo: '192', group: 'battles',
    note: 'as government_regains_territory: a battle in ACLED, 192 in CAMEO',
  },
  chemical_weapon: { label: 'Chemical weapon', acled: acled(EXPLOSIONS, 'Chemical weapon'), plover: plover('ASSAULT', 'unconventional'), cameo: '2041', group: 'explosions_remote_violence' },
  air_drone_strike: { label: 'Air/drone strike', acled: acled(EXPLOSIONS, 'Air/drone strike'), plover: plover('ASSAULT', 'aerial'), cameo: '195', group: 'explosions_remote_violence' },
  suicide_bomb: { label: 'Suicide bomb', acled: acled(EXPLOSIONS, 'Suicide bomb'), plover: plover('ASSAULT', 'suicide-attack'), cameo: '1831', group: 'explosions_remote_violence' },
  shelling_artillery_missile_attack: {
    label: 'Shelling/artillery/missile attack', acled: acled(EXPLOSIONS, 'Shelling/artillery/missile attack'),
    plover: plover('ASSAULT', 'heavy-weapons'), cameo: '194', group: 'explosions_remote_violence',
  },
  remote_explosive_landmine_ied: {
    label: 'Remote explosive/landmine/IED', acled: acled(EXPLOSIONS, 'Remote explosive/landmine/IED'),
    plover: plover('ASSAULT', 'explosives'), cameo: '1833', group: 'explosions_remote_violence',
    note: 'CAMEO 1833 is roadside bombing; car bombs are 1832',
  },
  grenade: {
    label: 'Grenade', acled: acled(EXPLOSIONS, 'Grenade'), plover: plover('ASSAULT', 'explosives'), cameo: '193', group: 'explosions_remote_violence',
    note: 'the CAMEO verb dictionary codes grenade attacks under 193 (small arms and light weapons)',
  },
  sexual_violence: { label: 'Sexual violence', acled: acled(VAC, 'Sexual violence'), plover: plover('ASSAULT', 'sexual'), cameo: '1821', group: 'violence_against_civilians' },
  attack: { label: 'Attack', acled: acled(VAC, 'Attack'), plover: plover('ASSAULT'), cameo: '180', group: 'violence_against_civilians' },
  abduction_forced_disappearance: {
    label: 'Abduction/forced disappearance', acled: acled(VAC, 'Abduction/forced disappearance'),
    plover: plover('ASSAULT', 'abduct'), cameo: '181', group: 'violence_against_civilians',
  },
  peaceful_protest: { label: 'Peaceful protest', acled: acled('Protests', 'Peaceful protest'), plover: plover('PROTEST', 'demo'), cameo: '141', group: 'protests' },
  protest_with_intervention: {
    label: 'Protest with intervention', acled: acled('Protests', 'Protest with intervention'),
    plover: plover('PROTEST', 'demo'), cameo: '141', group: 'protests',
    note: 'the event is the protest; the intervention itself would be PLOVER COERCE/ASSAULT crowd-control',
  },
  excessive_force_against_protesters: {
    label: 'Excessive force against protesters', acled: acled('Protests', 'Excessive force against protesters'),
    plover: plover('ASSAULT'), cameo: '175', group: 'protests',
    note: 'CAMEO 175 (violent repression) is ASSAULT in CAMEO2PLOVER',
  },
  violent_demonstration: { label: 'Violent demonstration', acled: acled('Riots', 'Violent demonstration'), plover: plover('PROTEST', 'riot'), cameo: '145', group: 'riots' },
  mob_violence: { label: 'Mob violence', acled: acled('Riots', 'Mob violence'), plover: plover('PROTEST', 'riot'), cameo: '145', group: 'riots' },
  agreement: {
    label: 'Agreement', acled: acled(SD, 'Agreement'), plover: plover('AGREE'), cameo: '057', group: 'strategic_developments',
    note: 'CAMEO2PLOVER puts 057 (sign formal agreement) under SUPPORT and implemented ceasefires under RETREAT; we follow the PLOVER AGREE reading of agreeing to cooperate or settle',
  },
  arrest: { label: 'Arrest', acled: acled(SD, 'Arrests'), plover: plover('COERCE', 'arrest'), cameo: '173', group: 'strategic_developments' },
  change_to_group_activity: {
    label: 'Change to group/activity', acled: acled(SD, 'Change to group/activity'), plover: plover(null), cameo: null, group: 'strategic_developments',
    note: 'neither PLOVER nor CAMEO has a category for an armed group changing name, leader or activity',
  },
  disrupted_weapons_use: { label: 'Disrupted weapons use', acled: acled(SD, 'Disrupted weapons use'), plover: plover('COERCE', 'seize'), cameo: '1711', group: 'strategic_developments' },
  headquarters_or_base_established: {
    label: 'Headquarters or base established', acled: acled(SD, 'Headquarters or base established'),
    plover: plover('MOBILIZE', 'militia'), cameo: '150', group: 'strategic_developments',
    note: 'the CAMEO verb dictionary codes "construct a base" under 150 (demonstrate military power)',
  },
  looting_property_destruction: {
    label: 'Looting/property destruction', acled: acled(SD, 'Looting/property destruction'),
    plover: plover('ASSAULT', 'destroy'), cameo: '1712', group: 'strategic_developments',
  },
  non_violent_transfer_of_territory: {
    label: 'Non-violent transfer of territory', acled: acled(SD, 'Non-violent transfer of territory'),
    plover: plover('RETREAT', 'withdraw'), cameo: '0874', group: 'strategic_developments',
  },
  other: { label: 'Other', acled: acled(SD, 'Other'), plover: plover(null), cameo: null, group: 'strategic_developments' },
  military_exercise: {
    label: 'Military exercise', acled: null, plover: plover('MOBILIZE', 'troops'), cameo: '150', group: 'military_posture',
    note: 'PLOVER codes joint exercises as COOPERATE (CAMEO 062) and single-country ones as MOBILIZE',
  },
  military_deployment: { label: 'Military deployment', acled: null, plover: plover('MOBILIZE', 'troops'), cameo: '154', group: 'military_posture' },
  military_withdrawal: { label: 'Military withdrawal', acled: null, plover: plover('RETREAT', 'withdraw'), cameo: '0874', group: 'military_posture' },
  designation_sanction: {
    label: 'Designation or sanction', acled: null, plover: plover('SANCTION', 'discontinue'), cameo: '163', group: 'statements',
    note: 'CAMEO2PLOVER codes 163 (impose sanctions) as COERCE; the PLOVER manual puts international sanctions under SANCTION discontinue',
  },
  statement_threat: { label: 'Statement or threat', acled: null, plover: plover('THREATEN'), cameo: '130', group: 'statements' },
  accusation_attribution: { label: 'Accusation or attribution', acled: null, plover: plover('ACCUSE', 'allege'), cameo: '112', group: 'statements' },
  denial: {
    label: 'Denial', acled: null, plover: plover('REJECT'), cameo: '120', group: 'statements',
    note: 'CAMEO has no "deny"; 120 (reject) is nearest',
  },
  propaganda_publication: {
    label: 'Propaganda publication', acled: null, plover: plover(null), cameo: '010', group: 'statements',
    note: 'CAMEO 010 is "make statement"; PLOVER 2021 has no statement category',
  },
  group_formation: {
    label: 'Group formation', acled: acled(SD, 'Change to group/activity'), plover: plover(null), cameo: null, group: 'strategic_developments',
    note: 'ACLED records the creation, merger and split of armed groups as Change to group/activity',
  },
};

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}
