// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes a RawDocument carrying the feed's
// metadata. Items that hold only a summary are replaced by the page their link points to.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleMeta } from '../model.ts';
import { normaliseDate } from './dates.ts';
import { failure, success, type IngestItem } from './item.ts';

/** An item body with less text than this is a teaser: the article is on the linked page. */
export const SUMMARY_MAX_CHARS = 500;
/** Entity limits guard against expansion bombs; escaped HTML in a big feed legitimately expands a lot. */
const MAX_ENTITY_EXPANSIONS = 10_000_000;

/** Fetches an item's page; yields its items (normally one) with `given` laid over what the page says. */
export type PageFetcher = (link: string, given: Partial<ArticleMeta>) => AsyncIterable<IngestItem>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  processEntities: { maxTotalExpansions: MAX_ENTITY_EXPANSIONS, maxExpandedLength: MAX_ENTITY_EXPANSIONS },
  // Atom content may be inline XHTML: keep it as markup rather than as a tree of objects.
  stopNodes: ['feed.entry.content'],
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

interface FeedItem {
  link: string | null;
  meta: Partial<ArticleMeta>;
  body: string;
}

type Node = unknown;

function textOf(v: Node): string {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.length ? textOf(v[0]) : '';
  if (v && typeof v === 'object') return textOf((v as Record<string, unknown>)['#text'] ?? '');
  return '';
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Unescapes raw (unparsed) Atom content: CDATA sections and the XML entities. */
function unescapeRaw(raw: string): string {
  if (/^\s*<!\[CDATA\[/.test(raw)) return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  return raw.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : XML_ENTITIES[e.toLowerCase()],
  );
}

/** Plain text of an HTML fragment, for titles and for measuring a body's length. */
export function plainText(html: string): string {
  return unescapeRaw(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function atomLink(links: Node): string | null {
  const all = (Array.isArray(links) ? links : [links]).filter((l): l is Record<string, string> => !!l && typeof l === 'object');
  const alt = all.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? all[0];
  return alt?.['@_href']?.trim() || null;
}

function meta(fields: { link: string | null; title: Node; published: Node; author: Node; outlet: string }): Partial<ArticleMeta> {
  const m: Partial<ArticleMeta> = {};
  if (fields.link) m.url = fields.link;
  const title = plainText(textOf(fields.title));
  if (title) m.title = title;
  const published = normaliseDate(textOf(fields.published));
  if (published) m.published = published;
  const author = textOf(fields.author);
  if (author) m.author = author;
  if (fields.outlet) m.outlet = fields.outlet;
  return m;
}

function rssItems(items: Record<string, Node>[], outlet: string): FeedItem[] {
  return items.map((it) => {
    const guid = it.guid;
    const permalink = guid && typeof guid === 'object' && (guid as Record<string, string>)['@_isPermaLink'] !== 'false' ? textOf(guid) : '';
    const link = textOf(it.link) || (/^https?:\/\//.test(permalink) ? permalink : '') || null;
    const body = textOf(it['content:encoded']) || textOf(it.description);
    return { link, body, meta: meta({ link, title: it.title, published: it.pubDate ?? it['dc:date'], author: it['dc:creator'] ?? it.author, outlet }) };
  });
}

function atomItems(entries: Record<string, Node>[], outlet: string): FeedItem[] {
  return entries.map((e) => {
    const link = atomLink(e.link);
    const content = e.content && typeof e.content === 'object' ? unescapeRaw(textOf(e.content)) : textOf(e.content);
    const body = content || textOf(e.summary);
    const author = e.author && typeof e.author === 'object' ? (e.author as Record<string, Node>).name : e.author;
    return { link, body, meta: meta({ link, title: e.title, published: e.published ?? e.updated, author, outlet }) };
  });
}

/** A feed's relative item link made absolute against the feed's own URL. */
function resolveLink(link: string, base: string): string {
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

/** Escapes ampersands that start no entity: sloppy feeds carry "Tom & Jerry" and readers accept it. */
function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

/** The items of a feed document; throws "malformed feed: …" when it does not parse as one. */
export function parseFeed(xml: string): FeedItem[] {
  let checked = XMLValidator.validate(xml);
  if (checked !== true && checked.err.code === 'InvalidChar' && /'&'/.test(checked.err.msg)) {
    xml = escapeBareAmpersands(xml);
    checked = XMLValidator.validate(xml);
  }
  if (checked !== true) throw new Error(`malformed feed: ${checked.err.msg} (line ${checked.err.line})`);
  const doc = parser.parse(xml) as Record<string, Record<string, Node>>;
  if (doc.rss) {
    const channel = (Array.isArray(doc.rss.channel) ? doc.rss.channel[0] : doc.rss.channel) as Record<string, Node> | undefined;
    if (!channel) throw new Error('malformed feed: <rss> without <channel>');
    return rssItems((channel.item as Record<string, Node>[]) ?? [], textOf(channel.title));
  }
  if (doc['rdf:RDF']) {
    const rdf = doc['rdf:RDF'];
    return rssItems((rdf.item as Record<string, Node>[]) ?? [], textOf((rdf.channel as Record<string, Node> | undefined)?.title));
  }
  if (doc.feed) return atomItems((doc.feed.entry as Record<string, Node>[]) ?? [], plainText(textOf(doc.feed.title)));
  throw new Error('malformed feed: no <rss>, <rdf:RDF> or <feed> root element');
}

/**
 * Items for a feed named `source`. An item whose body is under SUMMARY_MAX_CHARS of text is
 * fetched from its link (feed metadata kept); a failed fetch is that item's failure only.
 */
export async function* itemsFromFeed(
  xml: string,
  source: string,
  fetchPage: PageFetcher,
  /** The URL the feed was fetched from (after redirects), for relative item links. */
  feedUrl?: string,
): AsyncGenerator<IngestItem> {
  let items: FeedItem[];
  try {
    items = parseFeed(xml);
  } catch (err) {
    yield failure(source, err);
    return;
  }
  if (items.length === 0) {
    yield failure(source, 'feed has no items');
    return;
  }
  const base = feedUrl ?? (/^https?:\/\//i.test(source) ? source : undefined);
  for (const [i, item] of items.entries()) {
    if (item.link && base) item.link = item.meta.url = resolveLink(item.link, base);
    const name = item.link ?? `${source}#${i + 1}`;
    if (item.link && plainText(item.body).length < SUMMARY_MAX_CHARS) {
      yield* fetchPage(item.link, item.meta);
    } else if (item.body.trim()) {
      yield success({ source: name, kind: 'html', body: item.body, given: item.meta });
    } else {
      yield failure(name, 'feed item has no content and no link');
    }
  }
}
