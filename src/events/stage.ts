// Extract events: trigger candidates per sentence (extractors), dressed with actors, place, date,
// counts and claims, then merged and ranked within the article (refiners).
import type { Stage } from '../stage.ts';
import { loadKb } from '../annotate/kb/match.ts';
import { findTriggers } from './triggers/index.ts';
import { buildDraft, type ArticleAnnotations, type Draft } from './mention.ts';
import { refineDrafts } from './refine.ts';
import { isAnaphoric, isParticipant, isToldOutcome, refineCandidates, violentBackReferences } from './filters.ts';
import { publicationCandidates } from './publication.ts';
import { impliedDates, impliedLocations } from './implied.ts';
import { settleSingleVictims } from './victims.ts';
import { gatherTolls, lendTollsToLead } from './tolls.ts';
import { dominantCountry, placeGenericActors } from './generic.ts';
import { TYPES, type EventType } from './taxonomy.ts';
import { eventness, judgedByModel } from './event-filter.ts';
import { articleReference, isStamp } from '../annotate/dates/reference.ts';
import { isOutletPlace } from '../geocode/outlet.ts';

/** Candidates below this trigger score are noise from broad CAMEO patterns. */
const MIN_TRIGGER_SCORE = 0.3;
const VIOLENT = new Set<string>(['battles', 'explosions_remote_violence', 'violence_against_civilians']);

/** A back-reference ("the bombing") or a toll told alone ("three soldiers were wounded") joins the violence told before it. */
function outcomeOf(text: string, s: ArticleAnnotations['sentences'][number], c: ReturnType<typeof findTriggers>[number], inSentence: number): { anaphoric: boolean; outcome: boolean } {
  const outcome = inSentence === 1 && isToldOutcome(text, s, c);
  return { anaphoric: outcome || isAnaphoric(text, c, c.type), outcome };
}

export function extractEvents(a0: ArticleAnnotations): ReturnType<typeof refineDrafts> {
  const kb = loadKb();
  // A publication stamp in the text ("INDIANAPOLIS, Ind. (Dec. 10, 2015) –") dates the article, not its events.
  const reference = articleReference(a0.text, a0.published, null, a0.dates);
  // The outlet's town ("The Augusta Chronicle") is where the story is from, never a place it tells: home place only.
  const a = { ...a0, dates: a0.dates.filter((d) => !isStamp(a0.text, d)), places: a0.places.filter((p) => !isOutletPlace(p)) };
  const lookup = { get: (id: string) => kb.get(id), match: (t: string) => kb.match(t), name: (id: string | null) => (id ? kb.get(id)?.name ?? null : null) };
  const drafts: Draft[] = [];
  // One event per type per sentence: the best-scoring trigger speaks for the sentence.
  a.sentences.forEach((s, i) => {
    const best = new Map<string, ReturnType<typeof findTriggers>[number]>();
    const found = [...findTriggers(a.text, s), ...publicationCandidates(a.text, s, a.entities)];
    const cands = refineCandidates(a.text, s, found);
    const margins = eventness(a.text, s, cands);
    for (const [k, c0] of cands.entries()) {
      let c = c0;
      if (c.score < MIN_TRIGGER_SCORE) continue;
      // A trigger that is only a noun ("an explosive device", "an assault suspect") may name no event: the model decides.
      if (judgedByModel(a.text, s, c)) {
        if (margins[k] < 0) continue;
        c = { ...c, rule: `${c.rule}+model:event-filter` };
      }
      const prev = best.get(c.type);
      // "Protesters clash with police": the act anchors the event, the people who did it are its type's cue.
      const actOverPeople = prev && isParticipant(a.text, prev) && !isParticipant(a.text, c);
      const peopleUnderAct = prev && isParticipant(a.text, c) && !isParticipant(a.text, prev);
      if (actOverPeople) best.set(c.type, { ...c, cues: [...(c.cues ?? []), { start: prev.start, end: prev.end }] });
      else if (peopleUnderAct) best.set(c.type, { ...prev, cues: [...(prev.cues ?? []), { start: c.start, end: c.end }] });
      else if (!prev || c.score > prev.score) best.set(c.type, c);
    }
    const chosen = [...best.values()].sort((x, y) => x.start - y.start);
    // "The attack" that lost the sentence to another trigger still names the violence told before: it lends its words.
    const losers = cands.filter((c) => VIOLENT.has(TYPES[c.type].group) && !chosen.includes(c) && c.score >= MIN_TRIGGER_SCORE && isAnaphoric(a.text, c, c.type));
    const refs = [...violentBackReferences(a.text, s, found, cands), ...losers].filter((c) => !chosen.some((k) => k.start < c.end && c.start < k.end));
    drafts.push(...refs.map((c) => ({ ...buildDraft(a, i, c, lookup, false), anaphoric: true, lendOnly: true })));
    const built = chosen.map((c) => ({ ...buildDraft(a, i, c, lookup, chosen.length === 1), ...outcomeOf(a.text, s, c, chosen.length) }));
    // An attribution of a violence reported in the same sentence is that event's claim, not an event of its own.
    const attributed = built.some((d) => VIOLENT.has(TYPES[d.event.type as EventType].group) && d.event.claims.some((c) => c.stance === 'attributes' || c.stance === 'claims_responsibility'));
    drafts.push(...built.filter((d) => !(attributed && d.event.type === 'accusation_attribution')));
  });
  const events = refineDrafts(drafts, reference?.value ?? null);
  impliedLocations(events, a.articleId, a.text, a0.places, a.entities.filter((m) => m.type === 'PERSON'));
  impliedDates(events, { articleId: a.articleId, text: a.text, dates: a.dates, reference });
  gatherTolls(events, { articleId: a.articleId, text: a.text, sentences: a.sentences, quantities: a.quantities, persons: a.entities.filter((m) => m.type === 'PERSON') });
  lendTollsToLead(events);
  settleSingleVictims(events);
  placeGenericActors(events, dominantCountry(a.places), (iso) => kb.get(`cty:${iso}`)?.name ?? null);
  return events;
}

export const eventsStage: Stage = {
  name: 'events',
  needs: ['article', 'sentences', 'entities', 'places', 'dates', 'quantities'],
  adds: ['events'],
  run(doc) {
    const art = doc.article!;
    doc.events = extractEvents({
      articleId: art.id, text: art.text, published: art.published, sentences: doc.sentences!,
      entities: doc.entities!, places: doc.places!, dates: doc.dates!, quantities: doc.quantities!,
    });
  },
};
