// Runs the whole pipeline (without the store-backed duplicate check) on one input, for tests and
// eval suites: the events of one article as `sitrep extract` would print them.
import type { Doc } from '../stage.ts';
import type { ArticleMeta } from '../model.ts';
import { runStages, STAGES } from '../pipeline.ts';
import { loadConfig } from '../config.ts';

const STAGES_WITHOUT_STORE = STAGES.filter((s) => s.name !== 'dedupe');

export async function extractArticle(source: string, body: string, given: Partial<ArticleMeta> = {}, kind: 'html' | 'text' = 'text'): Promise<Doc> {
  const doc = await runStages({ raw: { source, kind, body, given } }, STAGES_WITHOUT_STORE, { config: loadConfig() });
  if (doc.article?.error) throw new Error(`${source}: ${doc.article.error}`);
  return doc;
}
