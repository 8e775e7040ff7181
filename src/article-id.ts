import { createHash } from 'node:crypto';

/**
 * An article's id: a digest of its whitespace-normalised clean text, so the same input always
 * maps to the same id and re-ingesting it adds nothing. 16 hex digits (64 bits) keep ids short
 * while collisions stay negligible below billions of articles.
 */
export function articleId(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}
