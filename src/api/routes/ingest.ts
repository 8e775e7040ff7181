// POST /api/ingest: one article (text with its metadata) or a URL (a page or a feed), run
// through the whole pipeline and stored, answering with each article's id and its events.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { RawDocument } from '../../model.ts';
import type { Store } from '../../store.ts';
import type { Doc } from '../../stage.ts';
import { readSources } from '../../ingest/sources.ts';
import { rawFromArticle } from '../../ingest/articles.ts';
import { normaliseDate } from '../../ingest/dates.ts';
import { runStages, STAGES } from '../../pipeline.ts';
import { storeDoc } from '../../cli/ingest.ts';
import { badRequest } from '../errors.ts';
import { strictObject } from '../schemas.ts';
import { eventSummary } from '../records.ts';

/** A feed posted by URL can list hundreds of items; one request ingests at most this many. */
const MAX_ITEMS_PER_REQUEST = 200;

interface IngestBody {
  url?: string;
  text?: string;
  title?: string;
  published?: string;
  outlet?: string;
}

export interface IngestResult {
  source: string;
  status: 'stored' | 'duplicate' | 'already-stored' | 'failed';
  article_id: string | null;
  title: string | null;
  duplicate_of: string | null;
  error: string | null;
  events: Record<string, unknown>[];
}

/** The body as a RawDocument, or null when it names a URL to fetch; bad fields are 400s naming them. */
function rawFromBody(body: IngestBody): RawDocument | null {
  if (body.text === undefined) {
    if (body.url === undefined) throw badRequest('text', 'give either "url" (a page or feed to fetch) or "text" (the article body)');
    if (!/^https?:\/\//i.test(body.url)) throw badRequest('url', `"${body.url}" is not an http(s) URL`);
    return null;
  }
  if (!body.text.trim()) throw badRequest('text', 'is empty');
  if (body.published !== undefined && !normaliseDate(body.published)) {
    throw badRequest('published', `"${body.published}" is not a date (ISO 8601 such as 2024-04-15 or 2024-04-15T09:30:00Z, or RFC 822)`);
  }
  return rawFromArticle(body, body.url ?? 'api');
}

export function ingestRoutes(app: FastifyInstance, store: Store, config: Config): void {
  app.post<{ Body: IngestBody }>('/api/ingest', {
    schema: {
      summary: 'Ingest an article ({text, title, published, outlet, url?}) or a page/feed URL ({url})',
      tags: ['ingest'],
      body: strictObject({
        url: { type: 'string', minLength: 1, description: 'an http(s) page or feed; with text, the article\'s own URL' },
        text: { type: 'string', description: 'the article body as plain text' },
        title: { type: 'string' },
        published: { type: 'string', description: 'publication date, ISO 8601 or RFC 822' },
        outlet: { type: 'string' },
      }),
    },
    // Query strings need type coercion ("limit=5"); a JSON body does not, so a number where text
    // belongs is refused here, before the shared validator would turn it into a string.
    preValidation: async (req) => {
      const body = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('body', 'must be a JSON object such as {"url": "https://…"} or {"text": "…", "title": "…"}');
      for (const [field, value] of Object.entries(body)) if (typeof value !== 'string') throw badRequest(field, `must be a string, got ${value === null ? 'null' : typeof value}`);
    },
  }, async (req, reply) => {
    const raw = rawFromBody(req.body ?? {});
    const results: IngestResult[] = [];
    const fail = (source: string, error: string) =>
      results.push({ source, status: 'failed', article_id: null, title: null, duplicate_of: null, error, events: [] });
    const items = raw ? [{ ok: true as const, raw }] : readSources([req.body.url!], config);
    for await (const item of items) {
      if (results.length >= MAX_ITEMS_PER_REQUEST) break;
      if (!item.ok) {
        fail(item.source, item.error);
        continue;
      }
      let doc: Doc;
      try {
        doc = await runStages({ raw: item.raw }, STAGES, { config, store });
      } catch (err) {
        fail(item.raw.source, (err as Error).message);
        continue;
      }
      const a = doc.article;
      if (!a) {
        fail(item.raw.source, doc.stop ?? 'the pipeline made no article');
        continue;
      }
      const stored = doc.stop === 'already stored' ? false : await storeDoc(store, doc);
      const events = await store.queryMentions({ articleId: a.id, limit: 500 });
      results.push({
        source: item.raw.source,
        status: stored ? (a.duplicateOf ? 'duplicate' : 'stored') : 'already-stored',
        article_id: a.id, title: a.title, duplicate_of: a.duplicateOf, error: a.error,
        events: events.map(eventSummary),
      });
    }
    const ok = results.some((r) => r.status !== 'failed');
    reply.code(ok ? (results.some((r) => r.status === 'stored' || r.status === 'duplicate') ? 201 : 200) : 422);
    return { articles: results };
  });
}
