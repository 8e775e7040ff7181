// The articles behind events, read once and kept in a small cache, and the sentences that carry an
// event's evidence: exports quote them (ACLED notes, PLOVER text) and briefs cite them.
import type { Article, Event, Evidence, Span } from '../model.ts';
import type { Store } from '../store.ts';
import type { SourceRef } from '../events/json.ts';
import { splitSentences } from '../annotate/sentences.ts';

/** Articles kept in memory: events come newest first, so one article's events sit close together. */
export const ARTICLE_CACHE_SIZE = 200;
/** A quoted sentence longer than this is cut to the clause holding the evidence, so notes stay short. */
export const MAX_QUOTE_CHARS = 360;
/** Evidence fields in the order they best say what happened: the trigger first, then the toll. */
const QUOTE_FIELDS = ['type', 'fatalities', 'injured', 'location', 'date'];

interface Cached {
  article: Article | null;
  sentences?: Span[];
}

export class EventSources {
  private cache = new Map<string, Cached>();
  constructor(private store: Store, private maxArticles = ARTICLE_CACHE_SIZE) {}

  private async entry(id: string): Promise<Cached> {
    let hit = this.cache.get(id);
    if (hit) {
      this.cache.delete(id);
      this.cache.set(id, hit);
      return hit;
    }
    hit = { article: await this.store.getArticle(id) };
    this.cache.set(id, hit);
    if (this.cache.size > this.maxArticles) this.cache.delete(this.cache.keys().next().value as string);
    return hit;
  }

  async article(id: string): Promise<Article | null> {
    return (await this.entry(id)).article;
  }

  async refs(e: Event): Promise<SourceRef[]> {
    const out: SourceRef[] = [];
    for (const id of e.articleIds) {
      const a = await this.article(id);
      out.push({ article_id: id, url: a?.url ?? null, outlet: a?.outlet ?? null, title: a?.title ?? null, published: a?.published ?? null });
    }
    return out;
  }

  /** Outlet names (or titles, or ids where the outlet is unknown), distinct, in article order. */
  async outlets(e: Event): Promise<string[]> {
    const names = new Set<string>();
    for (const r of await this.refs(e)) names.add(r.outlet ?? r.title ?? r.article_id);
    return [...names];
  }

  /** The sentence (or, when long, the clause) of the article holding `ev`, as evidence; null when the span is stale. */
  async quote(ev: Evidence): Promise<Evidence | null> {
    const hit = await this.entry(ev.articleId);
    const text = hit.article?.text;
    if (!text || text.slice(ev.start, ev.end) !== ev.text) return null;
    hit.sentences ??= splitSentences(text).map((s) => ({ start: s.start, end: s.end }));
    const s = hit.sentences.find((x) => x.start <= ev.start && ev.start < x.end) ?? lineAround(text, ev);
    const span = s.end - s.start > MAX_QUOTE_CHARS ? clauseAround(text, s, ev) : s;
    const trimmed = trimSpan(text, span);
    return { articleId: ev.articleId, start: trimmed.start, end: trimmed.end, text: text.slice(trimmed.start, trimmed.end) };
  }

  /** One quoted sentence per source article of the event, the trigger's sentence first. */
  async quotes(e: Event): Promise<Evidence[]> {
    const out: Evidence[] = [];
    const byArticle = new Set<string>();
    for (const ev of orderedEvidence(e)) {
      if (byArticle.has(ev.articleId)) continue;
      const q = await this.quote(ev);
      if (!q) continue;
      byArticle.add(ev.articleId);
      out.push(q);
    }
    return out;
  }
}

function orderedEvidence(e: Event): Evidence[] {
  const keys = [...QUOTE_FIELDS.filter((k) => e.evidence[k]), ...Object.keys(e.evidence).filter((k) => !QUOTE_FIELDS.includes(k)).sort()];
  return keys.flatMap((k) => e.evidence[k] ?? []);
}

function lineAround(text: string, ev: Span): Span {
  const start = text.lastIndexOf('\n', ev.start - 1) + 1;
  const nl = text.indexOf('\n', ev.end);
  return { start, end: nl < 0 ? text.length : nl };
}

/** The clause of a long sentence that holds the evidence: cut at semicolons and dashes, never inside the evidence. */
function clauseAround(text: string, s: Span, ev: Span): Span {
  let start = s.start;
  let end = s.end;
  const breaks = /;\s|\s[—–]\s/g;
  const body = text.slice(s.start, s.end);
  for (const m of body.matchAll(breaks)) {
    const at = s.start + m.index!;
    if (at + m[0].length <= ev.start) start = at + m[0].length;
    else if (at >= ev.end && at < end) end = at;
  }
  return { start, end };
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
