// Duplicate recognition: an exact copy (same clean text, same id) stops here; a near-identical
// copy (MinHash similarity ≥ config.nearDuplicateSimilarity) is linked to its first copy and not processed
// further, so a syndicated wire story is counted once.
import type { Stage } from '../stage.ts';
import { minhash } from './minhash.ts';

export const fingerprintStage: Stage = {
  name: 'dedupe',
  needs: ['article'],
  adds: [],
  usesStore: true,
  async run(doc, ctx) {
    const article = doc.article!;
    // A worker thread may have computed it already; the main thread then only checks the store.
    if (!article.fingerprint) article.fingerprint = minhash(article.text);
    if (!ctx.store) return;
    if (await ctx.store.hasArticle(article.id)) {
      doc.stop = 'already stored';
      return;
    }
    const original = await ctx.store.findNearDuplicate(article.fingerprint, ctx.config.nearDuplicateSimilarity);
    if (original) {
      article.duplicateOf = original;
      doc.stop = `near-duplicate of ${original}`;
    }
  },
};
