// /api/export and /api/brief: the same exports and briefs as `sitrep export` and `sitrep brief`,
// from src/export and src/brief. Until those modules are present the endpoints answer 501.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store.ts';
import { ApiError } from '../errors.ts';
import { eventFilters, isoDate, strictObject } from '../schemas.ts';
import { eventQuery, type EventFilterParams } from '../records.ts';

export const EXPORT_FORMATS = ['acled-csv', 'ucdp-csv', 'geojson', 'jsonl', 'plover-json'] as const;
const CONTENT_TYPES: Record<string, string> = {
  'acled-csv': 'text/csv; charset=utf-8', 'ucdp-csv': 'text/csv; charset=utf-8',
  geojson: 'application/geo+json', jsonl: 'application/x-ndjson', 'plover-json': 'application/json',
};
const EXTENSIONS: Record<string, string> = { 'acled-csv': 'csv', 'ucdp-csv': 'csv', geojson: 'geojson', jsonl: 'jsonl', 'plover-json': 'json' };

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The first module among `files` (relative to src/) that exports `name`, or null. */
async function findExport<F>(files: string[], name: string): Promise<F | null> {
  for (const file of files) {
    const full = path.join(SRC, file);
    if (!fs.existsSync(full)) continue;
    const mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
    if (typeof mod[name] === 'function') return mod[name] as F;
  }
  return null;
}

type ExportFn = (store: Store, format: string, query: ReturnType<typeof eventQuery>) => Promise<unknown> | unknown;
type BriefFn = (store: Store, options: Record<string, unknown>) => Promise<unknown> | unknown;

const EXPORT_MODULES = ['export/index.ts', 'export/export.ts', 'export/exports.ts'];
const BRIEF_MODULES = ['brief/index.ts', 'brief/brief.ts', 'brief/write.ts'];

/** Collects what an exporter returns (a string, a Buffer, or an iterable of chunks) into one string. */
async function collect(out: unknown): Promise<string> {
  if (typeof out === 'string') return out;
  if (Buffer.isBuffer(out)) return out.toString('utf8');
  if (out && typeof out === 'object' && (Symbol.asyncIterator in out || Symbol.iterator in out)) {
    let s = '';
    for await (const chunk of out as AsyncIterable<unknown>) s += typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : JSON.stringify(chunk) + '\n';
    return s;
  }
  return JSON.stringify(out);
}

export function reportRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: EventFilterParams & { format: string; download: boolean } }>('/api/export', {
    schema: {
      summary: 'Events matching the filters in an exchange format',
      tags: ['exports'],
      querystring: strictObject({
        format: { type: 'string', enum: [...EXPORT_FORMATS] },
        download: { type: 'boolean', default: false, description: 'send as an attachment' },
        ...eventFilters,
        limit: { type: 'integer', minimum: 1, maximum: 1_000_000 },
      }, ['format']),
    },
  }, async (req, reply) => {
    const exportEvents = await findExport<ExportFn>(EXPORT_MODULES, 'exportEvents');
    if (!exportEvents) throw new ApiError(501, 'exports are not available in this build yet (src/export has no exportEvents)');
    const { format, download, ...filters } = req.query;
    const body = await collect(await exportEvents(store, format, eventQuery(filters)));
    reply.type(CONTENT_TYPES[format]);
    if (download) reply.header('content-disposition', `attachment; filename="sitrep-events.${EXTENSIONS[format]}"`);
    return body;
  });

  app.get<{ Querystring: { country?: string; since?: string; until?: string; story?: string } }>('/api/brief', {
    schema: {
      summary: 'A Markdown situation report where every sentence cites its source article and span',
      tags: ['briefs'],
      querystring: strictObject({
        country: eventFilters.country, since: isoDate('from'), until: isoDate('to'), story: eventFilters.story,
      }),
    },
  }, async (req, reply) => {
    const writeBrief = await findExport<BriefFn>(BRIEF_MODULES, 'writeBrief');
    if (!writeBrief) throw new ApiError(501, 'briefs are not available in this build yet (src/brief has no writeBrief)');
    const { country, since, until, story } = req.query;
    if (!country && !story) throw new ApiError(400, 'country: give a country (with since/until) or a story', 'country');
    const out = await writeBrief(store, { country: country?.toUpperCase(), since, until, storyId: story, story });
    reply.type('text/markdown; charset=utf-8');
    return typeof out === 'string' ? out : await collect(out);
  });
}
