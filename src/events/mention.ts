// One event mention: a trigger candidate dressed with actors, place, date, counts, claims and
// modality, each with the span it came from and the rule that made it.
import type { Claim, Count, Evidence, DateMention, Event, EventDate, EventLocation, Mention, Place, Quantity, Sentence, Span } from '../model.ts';
import type { TriggerCandidate } from './triggers/index.ts';
import { TYPES } from './taxonomy.ts';
import { pickActors, type KbLookup } from './actors.ts';
import { findClaims } from './claims.ts';
import { readModality, recallCue } from './modality.ts';
import { evidenceFor } from './evidence.ts';
import { COUNTED_GROUPS, sentenceTolls } from './tolls.ts';
import { GENERIC_RULE, genericActor, genericParties } from './generic.ts';
import { appositiveHead, clauseAround, isDateline, isLocative, isOrigin, isPossessive } from './frames.ts';

/** ACLED's geo-precision codes for our place precisions. */
const GEO_PRECISION = { point: 1, region: 2, country: 3 } as const;
/** Attack-type events whose perpetrator is on a terrorist designation list carry the terrorism tag. */
const DESIGNATION_SOURCES = new Set(['ofac']);
/** Only violence can be terrorism: a drill "against terrorism" or a statement about it is not. */
const TERRORISM_GROUPS = new Set(['violence_against_civilians', 'explosions_remote_violence', 'battles']);
/** Entity types that name a party: a place overlapping one outside a locative frame is that party, not the location. */
const PARTY_TYPES = new Set(['GPE', 'NORP', 'ORG', 'ARMED_GROUP', 'MILITARY_UNIT', 'PERSON']);
/** "Officials in Dushanbe": the place says where the speaker is, not where the event was. */
const SPEAKER_PLACE = /\b(?:officials?|sources?|spokes(?:man|woman|person)|authorities|ministry|government|administration|analysts?|residents|media|journalists?|correspondents?|reporters?)\s+(?:in|from|at)\s+(?:the\s+)?$/i;
/** "meant to prepare … to stop militants crossing from Afghanistan": a place after an infinitive is that verb's. */
const INFINITIVE_BETWEEN = /\bto\s+(?!the\b|a\b|an\b)[a-z]+\b/;
/** A demonym or name before these words is a news source ("Russian news agency TASS"), not a party. */
const MEDIA_NOUNS = /^\s+(?:state\s+)?(?:media|news|press|outlets?|agency|newspapers?|television|tv|broadcaster)\b/i;

/** An event mention's id: its article, trigger offset and type (one trigger may propose two types). */
export function mentionId(articleId: string, triggerStart: number, type: string): string {
  return `${articleId}:${triggerStart}:${type}`;
}

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
  /** The recall cue ("since", "recently") with its words: the evidence for `background`. */
  recall: Evidence | null;
  /** The trigger refers back to an event already named ("these drills"). */
  anaphoric: boolean;
  /** A toll told alone ("three soldiers were wounded"): the outcome of the violence told before, whose toll it adds. */
  outcome?: boolean;
  /** Only lends its words to the event it refers back to; with none told before, it is nothing. */
  lendOnly?: boolean;
}

const within = (s: Span) => (x: Span) => x.start >= s.start && x.end <= s.end;
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

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
  // The finest start told wins: "last month … on Jan. 28" happened on Jan. 28.
  const starts = usable.filter((d) => d.role !== 'end');
  const start = starts.find((d) => d.precision === 'day') ?? starts[0] ?? null;
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

/**
 * The event's place among the places of its clause: one in a locative frame ("in the Khatlon
 * region", "from Afghanistan"), or one that no party's name covers; the most precise, then the nearest.
 * A place that says where a person is from ("a Michigan man") is skipped like a possessive.
 */
export function pickPlace(text: string, places: Place[], entities: Mention[], trigger: Span): Place | null {
  const usable = places.filter((p) => !isPossessive(text, p) && !isOrigin(text, p) && !SPEAKER_PLACE.test(text.slice(Math.max(0, p.start - 40), p.start))
    && !(p.start >= trigger.end && INFINITIVE_BETWEEN.test(text.slice(trigger.end, p.start))) && (isLocative(text, p)
    || !entities.some((e) => PARTY_TYPES.has(e.type) && e.start < p.end && p.start < e.end)));
  const distance = (p: Place) => Math.min(Math.abs(p.start - trigger.end), Math.abs(trigger.start - p.end));
  return usable.sort((x, y) => GEO_PRECISION[x.precision] - GEO_PRECISION[y.precision] || distance(x) - distance(y))[0] ?? null;
}

/** `alone`: no other trigger in the sentence, so the sentence's dates may be read as this event's. */
export function buildDraft(a: ArticleAnnotations, sIndex: number, trig: TriggerCandidate, kb: KbLookup & { name(id: string | null): string | null }, alone = true): Draft {
  const { text, articleId } = a;
  const sentence = a.sentences[sIndex];
  const inS = within(sentence);
  const ev = (span: Span) => evidenceFor(articleId, text, span);
  const mentions = a.entities.filter(inS);
  const evidence: Event['evidence'] = { type: [ev(trig), ...(trig.cues ?? []).map(ev)] };
  const provenance: Event['provenance'] = { type: { rule: trig.rule, basis: 'stated' } };

  const subject = mentions.find((m) => m.type === 'ARMED_GROUP') ?? null;
  const clause = clauseAround(text, sentence, trig);
  let claims: Claim[] = findClaims({ articleId, text, sentence, mentions, subject, kbName: kb.name });
  // A statement's own speech act ("the Taliban denied") names its actor, not a source about it.
  const spoken = TYPES[trig.type].group === 'statements' ? claims.filter((c) => c.evidence[1] && (overlap(c.evidence[1], trig) || (c.evidence[1].end <= trig.start && c.evidence[1].start >= clause.start && ['announces', 'denies'].includes(c.stance)))) : [];
  const own = spoken.sort((x, y) => y.evidence[1].start - x.evidence[1].start)[0];
  const speaker = own ? mentions.find(within(own.evidence[0])) ?? null : null;
  if (own) claims = claims.filter((c) => c !== own);
  const claimantSpans = claims.map((c) => c.evidence[0]);
  const isClaimant = (m: Mention) => m.type === 'MEDIA' || MEDIA_NOUNS.test(text.slice(m.end, m.end + 24))
    || claimantSpans.some((c) => m.start >= c.start && m.end <= c.end);
  // The party a claim blames is the perpetrator, wherever it stands in the sentence.
  const blame = claims.find((c) => c.stance === 'attributes' || c.stance === 'claims_responsibility');
  const perpetrator = speaker ?? (blame ? mentions.find((m) => (blame.stance === 'claims_responsibility' || !isClaimant(m)) && (kb.name(m.kbId) ?? text.slice(m.start, m.end)) === blame.about) ?? null : null);
  const inC = within(clause);
  const head = appositiveHead(text, clause, mentions);
  const clauseMentions = head ? [head, ...mentions.filter(inC)] : mentions.filter(inC);
  const pos = sentence.tokens.filter((t) => t.start >= trig.start && t.end <= trig.end).at(-1)?.pos;
  const noun = pos !== undefined && pos !== 'VERB' && pos !== 'AUX';
  const picks = pickActors(trig.type, { start: trig.start, end: trig.end, noun }, clauseMentions, text, kb, isClaimant, perpetrator);
  const actors = picks.map((p) => p.actor);
  picks.forEach((p, i) => {
    evidence[`actors.${i}`] = [ev(p.mention)];
    const implied = p.mention === perpetrator || p.mention.type === 'NORP' || (p.mention.type === 'MILITARY_UNIT' && p.actor.kbId?.startsWith('cty:')) || p.mention.kbId?.startsWith('cap:');
    provenance[`actors.${i}`] = { rule: p.mention === speaker ? 'actor:speaker' : p.mention === perpetrator ? 'actor:blamed-party' : `actor:${p.mention.rule}`, basis: implied ? 'implied' : 'stated' };
  });
  // Unnamed parties ("gunmen", "police", "villagers") in roles no named actor holds, after the named ones.
  for (const g of genericParties(trig.type, text, clause, sentence.end, trig, new Set(actors.map((x) => x.role)))) {
    evidence[`actors.${actors.length}`] = [ev(g)];
    provenance[`actors.${actors.length}`] = { rule: `${GENERIC_RULE}:${g.kind}`, basis: 'stated' };
    actors.push(genericActor(g));
  }
  claims.forEach((c, i) => (provenance[`claims.${i}`] = { rule: `claim:${c.stance}`, basis: 'stated' }));

  const place = pickPlace(text, a.places.filter(inC), a.entities, trig);
  let location: EventLocation | null = null;
  if (place) {
    location = {
      name: place.name, admin1: place.admin1, country: place.country, lat: place.lat, lon: place.lon,
      gazetteerId: place.gazetteerId, precision: GEO_PRECISION[place.precision],
    };
    evidence.location = [ev(place)];
    provenance.location = { rule: `place:${place.rule}${isLocative(text, place) ? '+locative' : ''}`, basis: 'stated' };
  }

  // Dates of the trigger's clause; the whole sentence's only when no other event shares it.
  const dateClause = within(clauseAround(text, sentence, trig, true));
  const stated = a.dates.filter((d) => !isDateline(text, d));
  const ds = stated.filter(dateClause).length || !alone ? stated.filter(dateClause) : stated.filter(inS);
  const date = dateFrom(ds);
  if (date) {
    evidence.date = ds.map(ev);
    provenance.date = { rule: ds.map((d) => d.rule).join('+'), basis: 'stated' };
  }

  let fatalities: Count | null = null;
  let injured: Count | null = null;
  // Counts of dead and hurt belong to violence: a drill "weeks after gunmen killed 140" has none.
  const readings = COUNTED_GROUPS.has(TYPES[trig.type].group) ? sentenceTolls(text, sentence, a.quantities, mentions.filter((m) => m.type === 'PERSON')) : [];
  for (const r of readings) {
    const field = r.kind === 'killed' ? 'fatalities' : 'injured';
    evidence[field] = [ev(r)];
    provenance[field] = { rule: r.rule, basis: 'stated' };
    if (r.kind === 'killed') fatalities = r.count;
    else injured = r.count;
  }

  // Modality is read in the trigger's own clause: "…will continue through April 18, coinciding with concerns expressed".
  const mod = readModality(text, clause, trig);
  if (mod.cue) {
    evidence.modality = [ev(mod.cue)];
    provenance.modality = { rule: `modality-cue:${mod.modality}`, basis: 'stated' };
  }

  const violent = TERRORISM_GROUPS.has(TYPES[trig.type].group);
  const tags = new Set(trig.tags.filter((t) => t !== 'terrorism' || violent));
  if (tags.has('terrorism')) provenance.tags = { rule: 'tag:stated', basis: 'stated' };
  const designated = [perpetrator?.kbId, ...picks.filter((p) => p.mention.type === 'ARMED_GROUP' && p.actor.role === 'actor1').map((p) => p.actor.kbId)]
    .some((id) => id && kb.get(id)?.sources.some((s) => DESIGNATION_SOURCES.has(s)));
  if (designated && violent && !tags.has('terrorism')) {
    tags.add('terrorism');
    provenance.tags = { rule: 'tag:designated-perpetrator', basis: 'implied' };
  }
  if (tags.size) evidence.tags = [ev(trig)];

  const event: Event = {
    id: mentionId(articleId, trig.start, trig.type),
    type: trig.type,
    tags: [...tags].sort(),
    actors, location, date, fatalities, injured, claims,
    modality: mod.modality,
    main: false,
    background: false,
    evidence, provenance,
    articleIds: [articleId],
  };
  const recall = recallCue(text, sentence);
  return { event, sentence: sIndex, trigger: trig, recall: recall && ev(recall), anaphoric: false };
}
