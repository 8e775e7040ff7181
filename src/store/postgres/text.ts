// Full-text search settings shared by article and event search in PostgreSQL.

/** English stemming finds "flood" for "floods"; most of the corpus is English and the rest still matches on exact words. */
export const TEXT_SEARCH_CONFIG = 'english';

/** The words of a free-text query, so punctuation and tsquery operators typed by a user never break it. */
export function searchTerms(q: string): string {
  return (q.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
