// One document's bytes → items: refuse binary and empty input, decode, then decide what it is
// (feed, JSON, JSONL, HTML or text) from the name's hint or, failing that, from the content.
import type { ArticleMeta } from '../model.ts';
import { itemsFromJson } from './articles.ts';
import { charsetFromBom, decodeBytes } from './charset.ts';
import { itemsFromFeed } from './feeds.ts';
import { fetchBytes } from './http.ts';
import { failure, success, type IngestItem, type IngestOptions } from './item.ts';
import { itemsFromJsonl } from './jsonl.ts';
import { isBinary, looksLikeFeed, looksLikeHtml, looksLikeJson, looksLikeJsonl } from './sniff.ts';

/** What a file name or Content-Type says the document is; null leaves it to sniffing. */
export type Hint = 'text' | 'html' | 'feed' | 'json' | 'jsonl' | null;

const EXTENSION_HINTS: Record<string, Hint> = {
  txt: 'text', text: 'text', md: 'text',
  html: 'html', htm: 'html', xhtml: 'html',
  xml: 'feed', rss: 'feed', atom: 'feed',
  json: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
};

export function hintFromName(name: string): Hint {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return (ext && EXTENSION_HINTS[ext]) || null;
}

/** Content types that are never an article's text. */
const NON_TEXT_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|octet-stream|x-|vnd\.)/i;

export function hintFromContentType(contentType: string | null): Hint {
  const type = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type)) return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  if (type === 'application/json') return 'json';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain') return 'text';
  return null;
}

export interface DocumentContext {
  hint: Hint;
  contentType?: string | null;
  given?: Partial<ArticleMeta>;
  /** False for pages fetched for a feed item: a feed's item must not open another feed. */
  allowFeed?: boolean;
  opts: IngestOptions;
}

/** Items for one whole document held in memory. */
export async function* itemsFromBytes(bytes: Buffer, source: string, ctx: DocumentContext): AsyncGenerator<IngestItem> {
  if (bytes.length === 0) return yield failure(source, 'empty input');
  const bom = charsetFromBom(bytes);
  if (!bom?.startsWith('utf-16') && isBinary(bytes)) return yield failure(source, 'binary file, not text');
  let text: string;
  try {
    text = decodeBytes(bytes, ctx.contentType).text;
  } catch (err) {
    return yield failure(source, err);
  }
  if (!text.trim()) return yield failure(source, 'empty input');
  const given = ctx.given ?? {};
  const hint = ctx.hint;
  const allowFeed = ctx.allowFeed ?? true;
  // A file named .xml that is really a web page is read as one; other XML must parse as a feed.
  const feed = (hint !== 'json' && hint !== 'jsonl' && looksLikeFeed(text)) || (hint === 'feed' && !looksLikeHtml(text));
  if (feed && !allowFeed) return yield failure(source, 'the page behind a feed item is itself a feed; not followed');
  if (feed) {
    const fetchPage = (link: string, itemGiven: Partial<ArticleMeta>) => itemsFromUrl(link, ctx.opts, itemGiven, false);
    return yield* itemsFromFeed(text, source, fetchPage, given.url ?? undefined);
  }
  if (hint === 'jsonl' || (hint === null && looksLikeJsonl(text) && text.trim().includes('\n'))) {
    return yield* itemsFromJsonl([Buffer.from(text, 'utf8')], source, ctx.opts.maxInputBytes);
  }
  if (hint === 'json' || (hint === null && looksLikeJson(text) && isJson(text))) {
    // Each article carries its own metadata; the URL the JSON came from is not any article's URL.
    return yield* itemsFromJson(text, source);
  }
  const kind = hint === 'html' || hint === 'text' ? hint : looksLikeHtml(text) || hint === 'feed' ? 'html' : 'text';
  yield success({ source, kind, body: text, given });
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Items for a URL: fetched under the limits, then read like any document. `given.url` is the
 * final URL after redirects unless the caller's `given` (a feed item's metadata) says otherwise.
 */
export async function* itemsFromUrl(
  url: string,
  opts: IngestOptions,
  given: Partial<ArticleMeta> = {},
  allowFeed = true,
): AsyncGenerator<IngestItem> {
  let fetched;
  try {
    fetched = await fetchBytes(url, opts);
  } catch (err) {
    return yield failure(url, err);
  }
  const type = fetched.contentType?.split(';')[0].trim() ?? '';
  if (NON_TEXT_TYPE.test(type) && !/xml|json/.test(type)) return yield failure(url, `not text: ${type}`);
  yield* itemsFromBytes(fetched.bytes, url, {
    hint: hintFromContentType(fetched.contentType),
    contentType: fetched.contentType,
    given: { url: fetched.finalUrl, ...given },
    allowFeed,
    opts,
  });
}
