// /api/actors: the actor knowledge base (names, aliases, parent group) joined with the events
// each actor took part in, counted by month.
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store.ts';
import { loadKb, type Kb, type KbEntry } from '../../annotate/kb/match.ts';
import { notFound } from '../errors.ts';
import { idParams, strictObject } from '../schemas.ts';
import { eventSummary, readsCanonical } from '../records.ts';

/** A search box shows a handful of names; more is noise. */
const MAX_ACTOR_HITS = 50;
/** Events read to count an actor's activity by month; beyond this the page says it is partial. */
const ACTOR_EVENT_SCAN = 5000;
/** Events listed on the actor page (the monthly counts cover up to ACTOR_EVENT_SCAN). */
const ACTOR_EVENT_LIST = 200;

/** Exact names first, then prefixes, then substrings; shorter names before longer at equal rank. */
export function searchKb(kb: Kb, query: string, limit: number): { entry: KbEntry; alias: string }[] {
  const q = query.trim().toLowerCase();
  const hits: { entry: KbEntry; alias: string; rank: number }[] = [];
  for (const entry of kb.entries()) {
    let best: { alias: string; rank: number } | null = null;
    for (const alias of [entry.name, ...entry.aliases]) {
      const a = alias.toLowerCase();
      const rank = a === q ? 0 : a.startsWith(q) ? 1 : a.includes(q) ? 2 : entry.id.toLowerCase() === q ? 0 : -1;
      if (rank >= 0 && (!best || rank < best.rank)) best = { alias, rank };
    }
    if (best) hits.push({ entry, ...best });
  }
  hits.sort((x, y) => x.rank - y.rank || x.entry.name.length - y.entry.name.length || x.entry.name.localeCompare(y.entry.name));
  return hits.slice(0, limit);
}

const brief = (e: KbEntry) => ({ id: e.id, name: e.name, type: e.type, country: e.country, parent: e.parent });

export function actorRoutes(app: FastifyInstance, store: Store, kb: () => Kb = loadKb): void {
  app.get<{ Querystring: { q: string; limit: number } }>('/api/actors', {
    schema: {
      summary: 'Search the actor knowledge base by name or alias',
      tags: ['actors'],
      querystring: strictObject({
        q: { type: 'string', minLength: 2, description: 'part of a name or alias (at least 2 characters)' },
        limit: { type: 'integer', minimum: 1, maximum: MAX_ACTOR_HITS, default: 20 },
      }, ['q']),
    },
  }, async (req) => ({
    actors: searchKb(kb(), req.query.q, req.query.limit).map((h) => ({ ...brief(h.entry), matched: h.alias })),
  }));

  app.get<{ Params: { id: string }; Querystring: { mentions: boolean } }>('/api/actors/:id', {
    schema: {
      summary: 'One actor: KB entry (aliases, parent group), events over time and recent events',
      tags: ['actors'],
      params: idParams,
      querystring: strictObject({ mentions: { type: 'boolean', default: false } }),
    },
  }, async (req) => {
    const id = req.params.id;
    const entry = kb().get(id) ?? null;
    const canonical = await readsCanonical(store, req.query.mentions);
    const q = { actor: id, limit: ACTOR_EVENT_SCAN };
    const [events, total] = await Promise.all([
      canonical ? store.queryCanonical(q) : store.queryMentions(q),
      store.countEvents(q, canonical),
    ]);
    if (!entry && total === 0) throw notFound(`actor "${id}" (neither a KB id nor a name in any event)`);
    const byMonth = new Map<string, number>();
    for (const e of events) {
      const month = e.date?.start && /^\d{4}-\d{2}/.test(e.date.start) ? e.date.start.slice(0, 7) : 'undated';
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    const parent = entry?.parent ? kb().get(entry.parent) ?? null : null;
    return {
      actor: entry ? { ...brief(entry), aliases: entry.aliases, sources: entry.sources } : { id, name: id, type: null, country: null, parent: null, aliases: [], sources: [] },
      in_kb: entry !== null,
      parent: parent && brief(parent),
      total,
      counted: events.length,
      by_month: [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
      events: events.slice(0, ACTOR_EVENT_LIST).map(eventSummary),
    };
  });
}
