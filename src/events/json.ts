// The event record as scripts, the API and exports see it (snake_case, stable names; later
// issues add fields, never rename).
import type { Event, Evidence } from '../model.ts';
import { TYPES, type EventType } from './taxonomy.ts';

export interface SourceRef {
  article_id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
}

const evidenceJson = (e: Evidence) => ({ article_id: e.articleId, start: e.start, end: e.end, text: e.text });

export function eventJson(e: Event, sources: SourceRef[]): Record<string, unknown> {
  const info = TYPES[e.type as EventType];
  return {
    id: e.id,
    type: e.type,
    acled: info?.acled ?? null,
    plover: info?.plover ?? null,
    cameo: info?.cameo ?? null,
    tags: e.tags,
    actors: e.actors.map((a) => ({ name: a.name, kb_id: a.kbId, role: a.role, country: a.country })),
    location: e.location && {
      name: e.location.name, admin1: e.location.admin1, country: e.location.country, lat: e.location.lat,
      lon: e.location.lon, gazetteer_id: e.location.gazetteerId, precision: e.location.precision,
    },
    date: e.date && {
      start: e.date.start, end: e.date.end, precision: e.date.precision, basis: e.date.basis,
      year_resolved: e.date.yearResolved, reason: e.date.reason,
    },
    fatalities: e.fatalities,
    injured: e.injured,
    claims: e.claims.map((c) => ({ claimant: c.claimant, claimant_kb_id: c.claimantKbId, stance: c.stance, about: c.about, evidence: c.evidence.map(evidenceJson) })),
    modality: e.modality,
    main: e.main,
    background: e.background,
    evidence: Object.fromEntries(Object.entries(e.evidence).map(([k, v]) => [k, v.map(evidenceJson)])),
    provenance: e.provenance,
    sources,
  };
}
