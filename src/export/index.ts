// Exports: the formats others read (ACLED-style and UCDP GED-style CSV, GeoJSON, JSONL, PLOVER-style
// JSON), written as a stream of chunks so a large store never sits in memory as one string.
import type { Event } from '../model.ts';
import type { Store } from '../store.ts';
import { eventJson } from '../events/json.ts';
import { acledHeader, acledRow } from './acled.ts';
import { ucdpHeader, ucdpRow } from './ucdp.ts';
import { ploverRecord } from './plover.ts';
import { selectEvents, type ExportQuery } from './select.ts';
import { EventSources } from './sources.ts';

export type { ExportQuery } from './select.ts';

export const EXPORT_FORMATS = [
  { name: 'acled-csv', contentType: 'text/csv; charset=utf-8', extension: 'csv', description: 'ACLED-style CSV (ACLED column names)' },
  { name: 'ucdp-csv', contentType: 'text/csv; charset=utf-8', extension: 'csv', description: 'UCDP GED-style CSV (GED column names)' },
  { name: 'geojson', contentType: 'application/geo+json; charset=utf-8', extension: 'geojson', description: 'GeoJSON FeatureCollection of located events' },
  { name: 'jsonl', contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl', description: 'one full event record with evidence per line' },
  { name: 'plover-json', contentType: 'application/json; charset=utf-8', extension: 'json', description: 'PLOVER-style JSON records with evidence' },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['name'];
export type ExportFormatInfo = (typeof EXPORT_FORMATS)[number];

/** The format named, or an error naming the valid ones. */
export function exportFormat(name: string): ExportFormatInfo {
  const f = EXPORT_FORMATS.find((x) => x.name === name);
  if (!f) throw new Error(`export: unknown format "${name}"; valid formats are ${EXPORT_FORMATS.map((x) => x.name).join(', ')}`);
  return f;
}

interface Writer {
  start: string;
  /** The chunk for one event, or null when the format leaves it out. */
  item(e: Event, first: boolean): Promise<string | null>;
  end(): string;
}

function writerFor(format: ExportFormat, sources: EventSources): Writer {
  switch (format) {
    case 'acled-csv':
      return { start: acledHeader(), item: (e) => acledRow(e, sources), end: () => '' };
    case 'ucdp-csv':
      return { start: ucdpHeader(), item: (e) => ucdpRow(e, sources), end: () => '' };
    case 'jsonl':
      return { start: '', item: async (e) => JSON.stringify(eventJson(e, await sources.refs(e))) + '\n', end: () => '' };
    case 'plover-json':
      return {
        start: '[',
        item: async (e, first) => (first ? '\n' : ',\n') + JSON.stringify(await ploverRecord(e, sources)),
        end: () => '\n]\n',
      };
    case 'geojson': {
      let omitted = 0;
      let written = 0;
      return {
        start: '{"type":"FeatureCollection","features":[',
        item: async (e) => {
          const loc = e.location;
          if (!loc || loc.lat === null || loc.lon === null) {
            omitted++;
            return null;
          }
          const feature = { type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties: eventJson(e, await sources.refs(e)) };
          return (written++ ? ',\n' : '\n') + JSON.stringify(feature);
        },
        // Events without coordinates are counted, so a reader knows the map is not the whole set.
        end: () => `\n],"omitted":${omitted}}\n`,
      };
    }
  }
}

/** The export as chunks of text (UTF-8 when written); `query.mentions` forces per-article mentions. */
export async function* exportStream(store: Store, format: ExportFormat, query: ExportQuery = {}): AsyncGenerator<string> {
  exportFormat(format);
  const writer = writerFor(format, new EventSources(store));
  yield writer.start;
  let first = true;
  for await (const e of selectEvents(store, query)) {
    const chunk = await writer.item(e, first);
    if (chunk === null) continue;
    first = false;
    yield chunk;
  }
  yield writer.end();
}

/** The whole export as one string (for tests and small answers; use exportStream for big stores). */
export async function exportEvents(store: Store, format: ExportFormat, query: ExportQuery = {}): Promise<string> {
  let out = '';
  for await (const chunk of exportStream(store, format, query)) out += chunk;
  return out;
}
