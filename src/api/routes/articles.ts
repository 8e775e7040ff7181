// /api/articles: full-text search over stored articles, and one article with what the cleaner
// cut, its annotations and the events reported in it.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store.ts';
import { notFound } from '../errors.ts';
import { idParams, paging, strictObject } from '../schemas.ts';
import { eventSummary } from '../records.ts';

/** An article reports few events; more than this is a runaway extractor, not a page to show. */
const MAX_EVENTS_PER_ARTICLE = 500;

export function articleRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { q?: string; limit: number; offset: number; duplicates: boolean } }>('/api/articles', {
    schema: {
      summary: 'Stored articles, newest first, or ranked by a full-text query',
      tags: ['articles'],
      querystring: strictObject({
        q: { type: 'string', description: 'full-text search over title and text' },
        duplicates: { type: 'boolean', default: false, description: 'include near-duplicate copies' },
        ...paging,
      }),
    },
  }, async (req) => {
    const { q, limit, offset, duplicates } = req.query;
    const articles = await store.listArticles({ search: q || undefined, limit, offset, withDuplicates: duplicates });
    return { total: q ? null : await store.countArticles(), articles };
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', {
    schema: { summary: 'One article: clean text, what the cleaner cut, annotations and events', tags: ['articles'], params: idParams },
  }, async (req) => {
    const article = await store.getArticle(req.params.id);
    if (!article) throw notFound(`article "${req.params.id}"`);
    const [analysis, events] = await Promise.all([
      store.getAnalysis(article.id),
      store.queryMentions({ articleId: article.id, limit: MAX_EVENTS_PER_ARTICLE }),
    ]);
    const { fingerprint: _fingerprint, ...shown } = article;
    return { article: shown, analysis, events: events.map(eventSummary) };
  });
}
