// /api/export and /api/brief: the same exports and briefs as `sitrep export` and `sitrep brief`
// (src/export, src/brief). Exports stream, so a large store never sits in memory as one string.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store.ts';
import { EXPORT_FORMATS, exportFormat, exportStream, type ExportFormat } from '../../export/index.ts';
import { writeBrief } from '../../brief/brief.ts';
import { ApiError, badRequest } from '../errors.ts';
import { eventFilters, isoDate, strictObject } from '../schemas.ts';
import { eventQuery, type EventFilterParams } from '../records.ts';

export const FORMAT_NAMES = EXPORT_FORMATS.map((f) => f.name);

export function reportRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: EventFilterParams & { format: ExportFormat; download: boolean; mentions: boolean } }>('/api/export', {
    schema: {
      summary: `Events matching the filters in an exchange format: ${EXPORT_FORMATS.map((f) => `${f.name} (${f.description})`).join('; ')}`,
      tags: ['exports'],
      querystring: strictObject({
        format: { type: 'string', enum: FORMAT_NAMES },
        download: { type: 'boolean', default: false, description: 'send as an attachment' },
        ...eventFilters,
        limit: { type: 'integer', minimum: 1, description: 'at most this many events (default: all)' },
        offset: { type: 'integer', minimum: 0 },
      }, ['format']),
    },
  }, async (req, reply) => {
    const { format, download, mentions, ...filters } = req.query;
    const info = exportFormat(format);
    const query = { ...eventQuery(filters), mentions };
    reply.type(info.contentType);
    if (download) reply.header('content-disposition', `attachment; filename="sitrep-events.${info.extension}"`);
    return reply.send(Readable.from(exportStream(store, format, query)));
  });

  app.get<{ Querystring: { country?: string; since?: string; until?: string; story?: string; mentions: boolean; format: 'markdown' | 'json' } }>('/api/brief', {
    schema: {
      summary: 'A Markdown situation report; every sentence is quoted from a source article and cites its span',
      tags: ['briefs'],
      querystring: strictObject({
        country: eventFilters.country, since: isoDate('from'), until: isoDate('to'), story: eventFilters.story,
        mentions: eventFilters.mentions,
        format: { type: 'string', enum: ['markdown', 'json'], default: 'markdown', description: 'json: {markdown, citations}' },
      }),
    },
  }, async (req, reply) => {
    const { country, since, until, story, mentions, format } = req.query;
    if (!country && !story) throw badRequest('country', 'give a country (with since/until) or a story');
    if (since && until && since > until) throw badRequest('since', `"${since}" is after until "${until}"`);
    if (story && !(await store.getStory(story))) throw new ApiError(404, `story "${story}" not found`);
    const brief = await writeBrief(store, { country: country?.toUpperCase(), since, until, storyId: story, mentions });
    if (format === 'json') return brief;
    reply.type('text/markdown; charset=utf-8');
    return brief.markdown;
  });
}
