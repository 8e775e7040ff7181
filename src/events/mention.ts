// One event mention: a trigger candidate dressed with actors, place, date, counts, claims and
// modality, each with the span it came from and the rule that made it.
import type { Claim, Count, DateMention, Event, EventDate, EventLocation, Mention, Place, Quantity, Sentence, Span } from '../model.ts';
import type { TriggerCandidate } from './triggers/index.ts';
import { casualtyKind } from '../annotate/quantities.ts';
import { TYPES } from './taxonomy.ts';
import { pickActors, type KbLookup } from './actors.ts';
import { findClaims } from './claims.ts';
import { readModality, recallCue } from './modality.ts';
import { evidenceFor } from './evidence.ts';

/** ACLED's geo-precision codes for our place precisions. */
const GEO_PRECISION = { point: 1, region: 2, country: 3 } as const;
/** Attack-type events whose perpetrator is on a terrorist designation list carry the terrorism tag. */
const DESIGNATION_SOURCES = new Set(['ofac']);

export interface ArticleAnnotations {
  articleId: string;
  text: string;
  published: string | null;
  sentences: Sentence[];
  entities: Mention[];
  places: Place[];
  dates: DateMention[];
  quantities: Quantity[];
}

/** A mention before refinement: the event plus what refiners need (sentence index, recall cue). */
export interface Draft {
  event: Event;
  sentence: number;
  trigger: TriggerCandidate;
  recall: Span | null;
}

const within = (s: Span) => (x: Span) => x.start >= s.start && x.end <= s.end;

function countFrom(q: Quantity): Count {
  return { low: q.low, best: q.best, high: q.high, qualifier: q.qualifier };
}

/** A date mention's value, or "--MM-DD" / "--MM" when only the year is missing. */
function isoOf(d: DateMention, which: 'start' | 'end'): string | null {
  const v = which === 'end' && d.role === 'interval' ? d.endValue : d.value;
  if (v) return v;
  const { month, day } = d.parts;
  if (!month || which === 'end' && d.role === 'interval') return null;
  return `--${String(month).padStart(2, '0')}${day ? '-' + String(day).padStart(2, '0') : ''}`;
}

/** An event date from the date mentions of its sentence: starts, ends and intervals combined. */
export function dateFrom(ds: DateMention[]): EventDate | null {
  const usable = ds.filter((d) => d.value || d.parts.month);
  if (!usable.length) return null;
  const start = usable.find((d) => d.role !== 'end') ?? null;
  const end = usable.find((d) => d.role === 'end') ?? (start && start.role === 'interval' ? start : null);
  const unresolved = usable.find((d) => !d.yearResolved);
  return {
    start: start ? isoOf(start, 'start') : null,
    end: end ? isoOf(end, end.role === 'interval' ? 'end' : 'start') : start?.role === 'point' ? isoOf(start, 'start') : null,
    precision: (start ?? end)!.precision,
    basis: 'stated',
    yearResolved: !unresolved,
    reason: unresolved?.reason ?? null,
  };
}

export function buildDraft(a: ArticleAnnotations, sIndex: number, trig: TriggerCandidate, kb: KbLookup & { name(id: string | null): string | null }): Draft {
  const { text, articleId } = a;
  const sentence = a.sentences[sIndex];
  const inS = within(sentence);
  const ev = (span: Span) => evidenceFor(articleId, text, span);
  const mentions = a.entities.filter(inS);
  const evidence: Event['evidence'] = { type: [ev(trig)] };
  const provenance: Event['provenance'] = { type: { rule: trig.rule, basis: 'stated' } };

  const subject = mentions.find((m) => m.type === 'ARMED_GROUP') ?? null;
  const claims: Claim[] = findClaims({ articleId, text, sentence, mentions, subject, kbName: kb.name });
  const claimantSpans = claims.map((c) => c.evidence[0]);
  const isClaimant = (m: Mention) => m.type === 'MEDIA' || claimantSpans.some((c) => m.start >= c.start && m.end <= c.end);
  // The party a claim is about (the blamed group) is the perpetrator, not a bystander.
  const picks = pickActors(trig.type, trig, mentions, text, kb, isClaimant);
  const actors = picks.map((p) => p.actor);
  picks.forEach((p, i) => {
    evidence[`actors.${i}`] = [ev(p.mention)];
    provenance[`actors.${i}`] = { rule: `actor:${p.mention.rule}`, basis: p.mention.type === 'MILITARY_UNIT' && p.actor.kbId?.startsWith('cty:') ? 'implied' : 'stated' };
  });
  claims.forEach((c, i) => (provenance[`claims.${i}`] = { rule: `claim:${c.stance}`, basis: 'stated' }));

  const place = [...a.places.filter(inS)].sort((x, y) => GEO_PRECISION[x.precision] - GEO_PRECISION[y.precision])[0];
  let location: EventLocation | null = null;
  if (place) {
    location = {
      name: place.name, admin1: place.admin1, country: place.country, lat: place.lat, lon: place.lon,
      gazetteerId: place.gazetteerId, precision: GEO_PRECISION[place.precision],
    };
    evidence.location = [ev(place)];
    provenance.location = { rule: `place:${place.rule}`, basis: 'stated' };
  }

  const ds = a.dates.filter(inS);
  const date = dateFrom(ds);
  if (date) {
    evidence.date = ds.map(ev);
    provenance.date = { rule: ds.map((d) => d.rule).join('+'), basis: 'stated' };
  }

  let fatalities: Count | null = null;
  let injured: Count | null = null;
  for (const q of a.quantities.filter(inS)) {
    const kind = casualtyKind(q);
    if (kind === 'killed' && !fatalities) {
      fatalities = countFrom(q);
      evidence.fatalities = [ev(q)];
      provenance.fatalities = { rule: q.rule, basis: 'stated' };
    } else if (kind === 'injured' && !injured) {
      injured = countFrom(q);
      evidence.injured = [ev(q)];
      provenance.injured = { rule: q.rule, basis: 'stated' };
    }
  }

  const mod = readModality(text, sentence, trig);
  if (mod.cue) {
    evidence.modality = [ev(mod.cue)];
    provenance.modality = { rule: `modality-cue:${mod.modality}`, basis: 'stated' };
  }

  const tags = new Set(trig.tags);
  const perpetrator = picks.find((p) => p.mention.type === 'ARMED_GROUP');
  const claimAbout = claims.find((c) => c.stance === 'attributes' || c.stance === 'claims_responsibility');
  const designated = [perpetrator?.actor.kbId, claimAbout ? subject?.kbId : null].some((id) => id && kb.get(id)?.sources.some((s) => DESIGNATION_SOURCES.has(s)));
  if (designated && ['violence_against_civilians', 'explosions_remote_violence', 'battles'].includes(TYPES[trig.type].group)) {
    tags.add('terrorism');
    provenance.tags = { rule: 'tag:designated-perpetrator', basis: 'implied' };
  }
  if (tags.size) evidence.tags = [ev(trig)];

  const event: Event = {
    id: `${articleId}:${trig.start}`,
    type: trig.type,
    tags: [...tags].sort(),
    actors, location, date, fatalities, injured, claims,
    modality: mod.modality,
    main: false,
    background: false,
    evidence, provenance,
    articleIds: [articleId],
  };
  return { event, sentence: sIndex, trigger: trig, recall: recallCue(text, sentence) };
}
