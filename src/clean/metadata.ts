// Article metadata from the page head: JSON-LD first (publishers fill it for search engines, so it
// is the most deliberate), then OpenGraph / article / Dublin Core metas, then the visible page.
import { normaliseSpace } from './text.ts';
import type { ArticleMeta } from '../model.ts';

interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface PageDocument {
  querySelectorAll(selector: string): ArrayLike<El>;
  querySelector(selector: string): El | null;
}

/** Metadata and the site-name candidates a title suffix may repeat. */
export type PageMeta = ArticleMeta;

/** JSON-LD types that describe the article itself (not the site, a breadcrumb or a video). */
const ARTICLE_TYPE = /Article|Posting|Report|BlogPosting|WebPage/i;
/** A title suffix or prefix naming the site: "Drills begin | Reuters", "Reuters - Drills begin". */
const TITLE_SEPARATOR = /\s+[|\-–—:»·•]\s+/;
/** Parts shorter than this cannot be the whole headline (a prefix like "News" or "Video"). */
const MIN_HEADLINE_WORDS = 3;

export function pageMetadata(doc: PageDocument, pageUrl: string | null): PageMeta {
  const ld = jsonLdArticle(doc);
  const metas = new Map<string, string>();
  const all = doc.querySelectorAll('meta');
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const content = m.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, normaliseSpace(content));
  }
  const meta = (...keys: string[]) => keys.map((k) => metas.get(k)).find((v) => v) ?? null;

  const canonicalUrl = absolute(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url'), pageUrl);
  const outlet = str(ld?.publisher?.name) ?? meta('og:site_name', 'application-name', 'twitter:site:name') ?? hostName(canonicalUrl ?? pageUrl);
  const h1 = doc.querySelector('h1')?.textContent;
  const docTitle = doc.querySelector('title')?.textContent;
  const title =
    str(ld?.headline) ?? meta('og:title', 'twitter:title', 'dc.title', 'sailthru.title') ??
    (docTitle ? stripSiteName(normaliseSpace(docTitle), outlet) : null) ?? (h1 ? normaliseSpace(h1) || null : null);
  const published =
    isoDate(str(ld?.datePublished) ?? meta('article:published_time', 'og:published_time', 'datepublished', 'pubdate',
      'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date')) ??
    isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const author = personNames(ld?.author) ?? meta('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author');
  return { url: pageUrl, canonicalUrl, title, published, author: author && !/^https?:/.test(author) ? author : null, outlet };
}

// JSON-LD is untyped by nature; these narrow it where it is read.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function jsonLdArticle(doc: PageDocument): Json | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: Json;
    try {
      data = JSON.parse(scripts[i].textContent ?? '');
    } catch {
      continue; // publishers ship broken JSON-LD; the metas still speak
    }
    const found = findArticle(data);
    if (found) return found;
  }
  return null;
}

function findArticle(data: Json): Json | null {
  if (!data || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const d of data) {
      const f = findArticle(d);
      if (f) return f;
    }
    return null;
  }
  if (data['@graph']) return findArticle(data['@graph']);
  const types = ([] as string[]).concat(data['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t)) && (data.headline || data.datePublished)) return data;
  return null;
}

function str(v: unknown): string | null {
  if (Array.isArray(v)) return str(v[0]);
  return typeof v === 'string' && normaliseSpace(v) ? normaliseSpace(v) : null;
}

function personNames(v: Json): string | null {
  const list = ([] as Json[]).concat(v ?? []);
  const names = list.map((p) => (typeof p === 'string' ? p : p?.name)).filter((n) => typeof n === 'string' && n.trim());
  return names.length ? names.map((n: string) => normaliseSpace(n)).join(', ') : null;
}

/** An ISO 8601 date or date-time, or null when the value does not read as one. */
export function isoDate(v: string | null): string | null {
  if (!v) return null;
  const s = v.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (iso) {
    if (!iso[2]) return iso[1];
    const zone = iso[3] ? (iso[3] === 'Z' ? 'Z' : iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${iso[1]}T${iso[2].length === 5 ? iso[2] + ':00' : iso[2]}${zone}`;
  }
  const t = Date.parse(s);
  return Number.isFinite(t) && /\d{4}/.test(s) ? new Date(t).toISOString() : null;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).toString();
  } catch {
    return null;
  }
}

export function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "Drills begin on the border | Example News" → "Drills begin on the border". */
export function stripSiteName(title: string, outlet: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = outlet?.toLowerCase();
  const kept = parts.filter((p) => p.toLowerCase() !== site);
  if (kept.length < parts.length) return kept.join(' - ');
  // No named site: keep the longest part when it reads as a headline on its own.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= MIN_HEADLINE_WORDS ? longest : title;
}
