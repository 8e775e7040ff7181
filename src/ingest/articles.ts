// Article objects as JSON and JSONL carry them: {url, title, published, outlet, text | html}.
import type { ArticleMeta, RawDocument } from '../model.ts';
import { normaliseDate } from './dates.ts';
import { failure, success, type IngestItem } from './item.ts';

/**
 * Field names accepted for each piece of metadata, first match wins. Besides ours, the names
 * news-please and common dataset dumps use, so their files ingest without a conversion step.
 */
const FIELD_ALIASES: Record<Exclude<keyof ArticleMeta, 'published'>, string[]> = {
  url: ['url', 'source_url', 'link'],
  canonicalUrl: ['canonicalUrl', 'canonical_url'],
  title: ['title', 'headline'],
  author: ['author', 'byline'],
  outlet: ['outlet', 'source_domain', 'site_name'],
};
const DATE_ALIASES = ['published', 'date_publish', 'publishedAt', 'pubDate', 'date'];

function firstString(obj: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const v = obj[name];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * The RawDocument for one article object; throws a one-line reason when it is not one.
 * `text` wins over `html` when both are given: it is the body already extracted by the producer.
 */
export function rawFromArticle(value: unknown, source: string): RawDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`expected an article object, got ${describe(value)}`);
  }
  const obj = value as Record<string, unknown>;
  const text = typeof obj.text === 'string' && obj.text.trim() ? obj.text : null;
  const html = typeof obj.html === 'string' && obj.html.trim() ? obj.html : null;
  if (text === null && html === null) throw new Error('no "text" or "html" field with content');
  const given: Partial<ArticleMeta> = {};
  for (const [field, names] of Object.entries(FIELD_ALIASES) as [keyof typeof FIELD_ALIASES, string[]][]) {
    const v = firstString(obj, names);
    if (v !== undefined) given[field] = v;
  }
  const published = normaliseDate(firstString(obj, DATE_ALIASES));
  if (published) given.published = published;
  return text !== null ? { source, kind: 'text', body: text, given } : { source, kind: 'html', body: html!, given };
}

/** Items for a JSON document holding one article object or an array of them (`path#N` each). */
export function itemsFromJson(json: string, source: string): IngestItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    return [failure(source, `invalid JSON: ${err instanceof Error ? err.message : String(err)}`)];
  }
  if (!Array.isArray(parsed)) {
    try {
      return [success(rawFromArticle(parsed, source))];
    } catch (err) {
      return [failure(source, err)];
    }
  }
  if (parsed.length === 0) return [failure(source, 'empty input (an empty JSON array)')];
  return parsed.map((entry, i) => {
    const name = `${source}#${i + 1}`;
    try {
      return success(rawFromArticle(entry, name));
    } catch (err) {
      return failure(name, err);
    }
  });
}
