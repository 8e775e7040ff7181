// The resolve stage: clusters the article into a story and merges its event mentions across
// articles. It writes stories and canonical events itself, before `storeDoc` stores the article
// and its mentions (src/cli/ingest.ts): canonical events refer to mentions by id
// ("<articleId>:<offset>", stable across runs) and keep the mention records they were built from,
// so the order of the writes does not matter, and the pipeline stays the one place stages run.
// Without a store (`sitrep clean`, `sitrep extract`) there is nothing to resolve against.
import type { Stage } from '../stage.ts';
import { resolveArticle } from './resolve.ts';

export const resolveStage: Stage = {
  name: 'resolve',
  needs: ['article', 'entities', 'places', 'events'],
  adds: [],
  // Worker threads have no store; the main thread runs this stage after them, in input order.
  usesStore: true,
  async run(doc, ctx) {
    if (!ctx.store || doc.article!.duplicateOf) return;
    await resolveArticle(ctx.store, { article: doc.article!, entities: doc.entities!, places: doc.places!, events: doc.events! });
  },
};
