// JSON-schema pieces shared by the routes; the OpenAPI document is built from the same schemas.
import { EVENT_TYPES } from '../events/taxonomy.ts';

/** Pages larger than this are a dump, not a view: use /api/export for those. */
export const MAX_PAGE = 5000;
/** What a list returns when the caller does not say: one screen of rows. */
export const DEFAULT_PAGE = 100;

export const DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

export const paging = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: DEFAULT_PAGE, description: `rows per page (1-${MAX_PAGE})` },
  offset: { type: 'integer', minimum: 0, default: 0, description: 'rows to skip' },
} as const;

export const isoDate = (description: string) => ({ type: 'string', pattern: DATE_PATTERN, description: `a date YYYY, YYYY-MM or YYYY-MM-DD: ${description}` });

export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

export const eventFilters = {
  type: { type: 'string', description: `event types, comma-separated; one of ${EVENT_TYPES.join(', ')}` },
  actor: { type: 'string', minLength: 1, description: 'an actor KB id (grp:taliban) or name, case-insensitive' },
  country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'an ISO 3166-1 alpha-2 country code (e.g. TJ) of the event location' },
  since: isoDate('events whose date range ends on or after this date'),
  until: isoDate('events whose date range starts on or before this date'),
  bbox: { type: 'string', description: 'bounding box west,south,east,north in degrees' },
  q: { type: 'string', description: 'full-text search over evidence, actors and places' },
  story: { type: 'string', description: 'a story id' },
  article: { type: 'string', description: 'an article id: the events reported in it' },
  mentions: { type: 'boolean', default: false, description: 'per-article mentions instead of canonical events' },
  background: { type: 'boolean', default: true, description: 'include events the article recalls as background' },
} as const;

/** A JSON-schema object with no unknown keys, so a misspelt parameter is a 400 instead of being ignored. */
export function strictObject<P extends Record<string, unknown>>(properties: P, required: string[] = []) {
  return { type: 'object', additionalProperties: false, properties, required } as const;
}
