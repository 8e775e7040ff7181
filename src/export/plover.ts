// PLOVER-style JSON records, shaped like the PLOVER gold-standard records (id, date, event, mode,
// context, source/target actors, eventLoc, dead, injured, text), with our evidence spans added so
// every field can still be traced to the article text.
import type { Event, EventActor } from '../model.ts';
import { TYPES, type EventType } from '../events/taxonomy.ts';
import { eventJson } from '../events/json.ts';
import { ploverSector, sidesOf } from './actors.ts';
import { countryCodes } from './countries.ts';
import type { EventSources } from './sources.ts';

/** PLOVER contexts (as the gold-standard records spell them) that follow from our type groups. */
const GROUP_CONTEXT: Record<string, string> = {
  battles: 'military', explosions_remote_violence: 'military', military_posture: 'military',
  protests: 'political', riots: 'political',
};
const TYPE_CONTEXT: Record<string, string> = {
  arrest: 'legal', designation_sanction: 'legal', agreement: 'diplomatic', headquarters_or_base_established: 'military',
};

export function ploverContext(e: Event): string | null {
  const info = TYPES[e.type as EventType];
  const contexts = new Set<string>();
  const fromType = TYPE_CONTEXT[e.type] ?? (info ? GROUP_CONTEXT[info.group] : undefined);
  if (fromType) contexts.add(fromType);
  if (e.tags.includes('terrorism')) contexts.add('terrorism');
  return contexts.size ? [...contexts].join(', ') : null;
}

function ploverActor(a: EventActor) {
  const code = a.kbId?.startsWith('igo:') ? 'IGO' : countryCodes(a.country)?.iso3 ?? null;
  return { actorText: a.name, code, sector: ploverSector(a), kbId: a.kbId };
}

const headcount = (c: Event['fatalities']) => (c ? c.best ?? c.low ?? c.high : null);

export async function ploverRecord(e: Event, sources: EventSources): Promise<Record<string, unknown>> {
  const info = TYPES[e.type as EventType];
  const { side1, side2 } = sidesOf(e);
  const quote = (await sources.quotes(e))[0] ?? null;
  const full = eventJson(e, await sources.refs(e));
  return {
    id: e.id,
    date: e.date?.start ?? e.date?.end ?? null,
    dateEnd: e.date?.end ?? null,
    event: info?.plover.category ?? null,
    eventText: e.evidence.type?.[0]?.text ?? null,
    mode: info?.plover.mode ?? null,
    context: ploverContext(e),
    source: side1.map(ploverActor),
    target: side2.map(ploverActor),
    eventLoc: e.location && {
      name: e.location.name, adm1: e.location.admin1, countryCode: countryCodes(e.location.country)?.iso3 ?? null,
      lat: e.location.lat, lon: e.location.lon, geoPrecision: e.location.precision, gazetteerId: e.location.gazetteerId,
    },
    dead: headcount(e.fatalities),
    injured: headcount(e.injured),
    text: quote?.text ?? null,
    textSpan: quote && { article_id: quote.articleId, start: quote.start, end: quote.end },
    cameo: info?.cameo ?? null,
    modality: e.modality,
    evidence: full.evidence,
    sources: full.sources,
  };
}
