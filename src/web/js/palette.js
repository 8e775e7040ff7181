// Colours by event group (ACLED's six event types and our two extensions): distinct for
// colour-blind readers (Okabe–Ito based), violent groups warm, non-violent cool.
export const GROUPS = [
  { id: 'battles', label: 'Battles', color: '#d55e00' },
  { id: 'explosions_remote_violence', label: 'Explosions / remote violence', color: '#c0392b' },
  { id: 'violence_against_civilians', label: 'Violence against civilians', color: '#8e44ad' },
  { id: 'protests', label: 'Protests', color: '#e6a700' },
  { id: 'riots', label: 'Riots', color: '#cc79a7' },
  { id: 'strategic_developments', label: 'Strategic developments', color: '#0072b2' },
  { id: 'military_posture', label: 'Military posture', color: '#009e73' },
  { id: 'statements', label: 'Statements & claims', color: '#56768f' },
];

const BY_ID = new Map(GROUPS.map((g) => [g.id, g]));
export const groupColor = (group) => BY_ID.get(group)?.color ?? '#777';
export const groupLabel = (group) => BY_ID.get(group)?.label ?? group;

/** Evidence highlight classes by field root: "actors.2" → "actors". */
export const FIELD_LABELS = {
  type: 'Event type', actors: 'Actor', location: 'Location', date: 'Date', fatalities: 'Fatalities',
  injured: 'Injured', claims: 'Claim', modality: 'Modality', tags: 'Tag',
};
export const fieldRoot = (field) => field.split('.')[0];
