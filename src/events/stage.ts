// Extract events: trigger candidates per sentence (extractors), dressed with actors, place, date,
// counts and claims, then merged and ranked within the article (refiners).
import type { Stage } from '../stage.ts';
import { loadKb } from '../annotate/kb/match.ts';
import { findTriggers } from './triggers/index.ts';
import { buildDraft, type ArticleAnnotations, type Draft } from './mention.ts';
import { refineDrafts } from './refine.ts';

/** Candidates below this trigger score are noise from broad CAMEO patterns. */
const MIN_TRIGGER_SCORE = 0.3;
/** One event per type per sentence: the best-scoring trigger speaks for the sentence. */

export function extractEvents(a: ArticleAnnotations): ReturnType<typeof refineDrafts> {
  const kb = loadKb();
  const lookup = { get: (id: string) => kb.get(id), name: (id: string | null) => (id ? kb.get(id)?.name ?? null : null) };
  const drafts: Draft[] = [];
  a.sentences.forEach((s, i) => {
    const best = new Map<string, ReturnType<typeof findTriggers>[number]>();
    for (const c of findTriggers(a.text, s)) {
      if (c.score < MIN_TRIGGER_SCORE) continue;
      const prev = best.get(c.type);
      if (!prev || c.score > prev.score) best.set(c.type, c);
    }
    for (const c of [...best.values()].sort((x, y) => x.start - y.start)) drafts.push(buildDraft(a, i, c, lookup));
  });
  return refineDrafts(drafts, a.published);
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
