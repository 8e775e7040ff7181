// `sitrep resolve --rebuild`: forgets every story and canonical event and resolves the stored
// articles again in publication order, from their stored annotations and mentions. Cannot-link
// pairs are kept, so user splits survive.
import type { Store } from '../store.ts';
import { resolveArticle } from './resolve.ts';

/** Articles listed per page while rebuilding. */
const PAGE = 500;

/** Mention ids are "<articleId>:<offset>": sorting by offset restores the order extraction gave. */
const offsetOf = (id: string) => Number(id.slice(id.lastIndexOf(':') + 1)) || 0;

export async function rebuildResolution(store: Store, progress?: (done: number) => void): Promise<number> {
  await store.resetResolution();
  const ids: { id: string; published: string | null }[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.listArticles({ limit: PAGE, offset });
    ids.push(...page.map((a) => ({ id: a.id, published: a.published })));
    if (page.length < PAGE) break;
  }
  // listArticles gives newest first; a stream delivers oldest first, undated last.
  ids.sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id));
  let done = 0;
  for (const { id } of ids) {
    const [article, analysis, events] = await Promise.all([store.getArticle(id), store.getAnalysis(id), store.queryMentions({ articleId: id, limit: 10_000 })]);
    if (!article || !analysis) continue;
    await resolveArticle(store, { article, entities: analysis.entities, places: analysis.places, events: events.sort((x, y) => offsetOf(x.id) - offsetOf(y.id)) });
    done++;
    progress?.(done);
  }
  return done;
}
