// The API and web UI in one fastify instance: JSON under /api/, the OpenAPI document at
// /openapi.json, the UI at /. Query strings are validated by JSON schema; unknown parameters are
// refused so a typo cannot silently widen a query.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Store } from '../store.ts';
import { EVENT_TYPES, TYPES } from '../events/taxonomy.ts';
import { errorHandler, notFound } from './errors.ts';
import { OpenApi } from './openapi.ts';
import { staticRoutes } from './static.ts';
import { articleRoutes } from './routes/articles.ts';
import { eventRoutes } from './routes/events.ts';
import { storyRoutes } from './routes/stories.ts';
import { actorRoutes } from './routes/actors.ts';
import { placeRoutes } from './routes/places.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { reportRoutes } from './routes/reports.ts';

export interface ServerOptions {
  config: Config;
  /** pino logging of each request (off in tests). */
  logger?: boolean;
}

export async function buildServer(store: Store, opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.config.maxInputBytes,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  });
  const spec = new OpenApi({
    title: 'Sitrep API', version: '0.1.0',
    description: 'Sourced, deduplicated, geocoded conflict and security events; every field points at character offsets of a stored article.',
  });
  spec.attach(app);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) => errorHandler(notFound(`${req.method} ${req.url.split('?')[0]}`) as never, req, reply));

  app.get('/openapi.json', async () => spec.document());
  app.get('/api/meta', { schema: { summary: 'Event types, their labels and groups, and store counts', tags: ['meta'] } }, async () => ({
    types: EVENT_TYPES.map((t) => ({ id: t, label: TYPES[t].label, group: TYPES[t].group })),
    articles: await store.countArticles(),
    mentions: await store.countEvents({}, false),
    canonical: await store.countEvents({}, true),
    store: store.kind,
  }));
  articleRoutes(app, store);
  eventRoutes(app, store);
  storyRoutes(app, store);
  actorRoutes(app, store);
  placeRoutes(app);
  ingestRoutes(app, store, opts.config);
  reportRoutes(app, store);
  staticRoutes(app);
  await app.ready();
  return app;
}
