// Situation briefs: a Markdown report whose every sentence is quoted verbatim from a source article
// and cited to its character span. Only headings, labels and counts are ours, and those are
// computed from the stored events; nothing is paraphrased or generated.
import type { Event, Evidence } from '../model.ts';
import type { Store } from '../store.ts';
import { TYPES, type EventType } from '../events/taxonomy.ts';
import { countryName } from '../export/countries.ts';
import { collectEvents, usesMentions } from '../export/select.ts';
import { EventSources } from '../export/sources.ts';
import { mdEscape, mdTable } from './markdown.ts';

export interface BriefOptions {
  country?: string;
  since?: string;
  until?: string;
  storyId?: string;
  /** Use per-article mentions even when canonical events exist. */
  mentions?: boolean;
}

export interface Citation {
  n: number;
  articleId: string;
  start: number;
  end: number;
  text: string;
}

/** Events read for one brief: a brief is read by people, and past this it is a data dump (use an export). */
export const BRIEF_MAX_EVENTS = 1000;
/** Source sentences quoted per main event: enough to show agreement between outlets without repeating. */
export const QUOTES_PER_MAIN_EVENT = 3;
/** Background events recalled in the context section: a reminder, not a history. */
export const CONTEXT_MAX_EVENTS = 8;

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const label = (e: Event) => TYPES[e.type as EventType]?.label ?? e.type;
const dateOf = (e: Event) => e.date?.start ?? e.date?.end ?? null;

function when(e: Event): string {
  const d = e.date;
  if (!d || (!d.start && !d.end)) return 'undated';
  if (!d.yearResolved) return `${d.start ?? d.end} (year unknown)`;
  return d.start && d.end && d.start !== d.end ? `${d.start} to ${d.end}` : (d.start ?? d.end)!;
}

function eventLine(e: Event): string {
  const parts = [when(e), label(e) + (e.modality === 'occurred' ? '' : ` (${e.modality})`)];
  if (e.location) parts.push(e.location.name + (e.location.country ? `, ${e.location.country}` : ''));
  return parts.map(mdEscape).join(' · ');
}

/** Oldest first; events whose year is unknown or that have no date go last. */
function byDate(a: Event, b: Event): number {
  const da = a.date?.yearResolved ? dateOf(a) : null;
  const db = b.date?.yearResolved ? dateOf(b) : null;
  if (da && db) return da < db ? -1 : da > db ? 1 : a.id < b.id ? -1 : 1;
  return da ? -1 : db ? 1 : a.id < b.id ? -1 : 1;
}

class Citations {
  readonly list: Citation[] = [];
  private byKey = new Map<string, Citation>();
  private quoted = new Set<string>();

  /** Whether this sentence text was quoted already (the same words from two events say nothing new). */
  seen(q: Evidence): boolean {
    return this.quoted.has(q.text);
  }

  cite(q: Evidence): string {
    this.quoted.add(q.text);
    const key = `${q.articleId}:${q.start}:${q.end}`;
    let c = this.byKey.get(key);
    if (!c) {
      c = { n: this.list.length + 1, articleId: q.articleId, start: q.start, end: q.end, text: q.text };
      this.list.push(c);
      this.byKey.set(key, c);
    }
    return `> ${mdEscape(q.text)} [^${c.n}]`;
  }
}

function heading(opts: BriefOptions, storyTitle: string | null): string {
  if (storyTitle !== null) return `# Situation report: ${mdEscape(storyTitle)}`;
  if (opts.country) return `# Situation report: ${mdEscape(countryName(opts.country) ?? opts.country)} (${mdEscape(opts.country.toUpperCase())})`;
  return '# Situation report: all countries';
}

function period(opts: BriefOptions, events: Event[]): string {
  const asked = opts.since && opts.since === opts.until ? opts.since : opts.since && opts.until ? `${opts.since} to ${opts.until}` : opts.since ? `from ${opts.since}` : opts.until ? `until ${opts.until}` : 'all dates';
  const dated = events.map((e) => (e.date?.yearResolved ? dateOf(e) : null)).filter((d): d is string => !!d).sort();
  const span = dated.length ? `; events dated ${dated[0]} to ${dated[dated.length - 1]}` : '';
  return `Period: ${asked}${span}.`;
}

export async function writeBrief(store: Store, options: BriefOptions): Promise<{ markdown: string; citations: Citation[] }> {
  const country = options.country?.toUpperCase();
  const query = { country, since: options.since, until: options.until, storyId: options.storyId, mentions: options.mentions };
  const story = options.storyId ? await store.getStory(options.storyId) : null;
  if (options.storyId && !story) throw new Error(`brief: no story "${options.storyId}"`);
  const mentions = await usesMentions(store, query);
  const total = await store.countEvents(query, !mentions);
  const events = (await collectEvents(store, { ...query, limit: BRIEF_MAX_EVENTS })).sort(byDate);
  const sources = new EventSources(store);
  const cites = new Citations();

  const articles = new Set(events.flatMap((e) => e.articleIds));
  const outlets = new Set<string>();
  for (const e of events) for (const o of await sources.outlets(e)) outlets.add(o);
  const out: string[] = [heading({ ...options, country }, story?.title ?? null), '', period(options, events), ''];
  out.push(
    `${count(total, mentions ? 'event mention' : 'event')} from ${count(articles.size, 'article')} (${count(outlets.size, 'outlet')})` +
      (total > events.length ? `; the ${events.length} read for this brief are summarised.` : '.'),
    'Every sentence below is quoted verbatim from a source article; its footnote gives the outlet, date and character span.',
    '',
  );
  if (!events.length) return { markdown: out.join('\n') + 'No events match.\n', citations: [] };

  const counts = new Map<string, { events: number; main: number; background: number }>();
  for (const e of events) {
    const c = counts.get(e.type) ?? { events: 0, main: 0, background: 0 };
    c.events++;
    if (e.main && !e.background) c.main++;
    if (e.background) c.background++;
    counts.set(e.type, c);
  }
  const rows = [...counts].sort((a, b) => b[1].events - a[1].events || (a[0] < b[0] ? -1 : 1));
  out.push('## Events by type', '', mdTable(['Type', 'Events', 'Main', 'Background'], rows.map(([t, c]) => [TYPES[t as EventType]?.label ?? t, c.events, c.main, c.background])), '');

  const main = events.filter((e) => e.main && !e.background);
  const other = events.filter((e) => !e.main && !e.background);
  const background = events.filter((e) => e.background);

  const section = async (title: string, list: Event[], perEvent: number, max = Infinity) => {
    const body: string[] = [];
    for (const e of list) {
      if (body.length && body.filter((l) => l.startsWith('**')).length >= max) break;
      const quotes = (await sources.quotes(e)).filter((q) => !cites.seen(q)).slice(0, perEvent);
      if (!quotes.length) continue;
      body.push(`**${eventLine(e)}**`, '', ...quotes.flatMap((q) => [cites.cite(q), '']));
    }
    if (body.length) out.push(`## ${title}`, '', ...body);
  };
  await section('Main events', main, QUOTES_PER_MAIN_EVENT);
  await section('Other reported events', other, 1);
  await section('Context', background, 1, CONTEXT_MAX_EVENTS);

  if (cites.list.length) out.push('## Sources', '');
  for (const c of cites.list) {
    const a = await sources.article(c.articleId);
    const parts = [a?.outlet, a?.title && `"${a.title}"`, a?.published, a?.url && `<${a.url}>`].filter((p): p is string => !!p).map((p) => (p.startsWith('<') ? p : mdEscape(p)));
    out.push(`[^${c.n}]: ${[...parts, `article ${c.articleId}`, `characters ${c.start}–${c.end}`].join(', ')}.`);
  }
  return { markdown: out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n', citations: cites.list };
}
