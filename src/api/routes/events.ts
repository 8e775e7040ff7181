// /api/events: filtered, paginated listings and one event with its mentions, sources, conflicts
// and merge history.
import type { FastifyInstance } from 'fastify';
import type { CanonicalEvent, Event } from '../../model.ts';
import type { Store } from '../../store.ts';
import { notFound } from '../errors.ts';
import { eventFilters, idParams, paging, strictObject } from '../schemas.ts';
import { eventQuery, eventRecord, eventSummary, readsCanonical, sourceRefs, type EventFilterParams } from '../records.ts';

interface ListQuery extends EventFilterParams {
  mentions: boolean;
  view: 'full' | 'summary';
}

export function eventRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: ListQuery }>('/api/events', {
    schema: {
      summary: 'Events matching the filters, newest first, with {total, events}',
      tags: ['events'],
      querystring: strictObject({
        ...eventFilters, ...paging,
        view: { type: 'string', enum: ['full', 'summary'], default: 'full', description: 'summary: no evidence, for maps and timelines' },
      }),
    },
  }, async (req) => {
    const q = eventQuery(req.query);
    const canonical = await readsCanonical(store, req.query.mentions);
    const [events, total] = await Promise.all([
      canonical ? store.queryCanonical(q) : store.queryMentions(q),
      store.countEvents(q, canonical),
    ]);
    if (req.query.view === 'summary') return { total, kind: canonical ? 'canonical' : 'mention', events: events.map(eventSummary) };
    const refs = await sourceRefs(store, events);
    return { total, kind: canonical ? 'canonical' : 'mention', events: events.map((e) => eventRecord(e, refs)) };
  });

  app.get<{ Params: { id: string } }>('/api/events/:id', {
    schema: { summary: 'One event (canonical or mention) with its mentions, sources, conflicts and history', tags: ['events'], params: idParams },
  }, async (req) => {
    const id = req.params.id;
    const canonical = await store.getCanonical(id);
    let event: Event;
    let mentions: Event[];
    let parent: CanonicalEvent | null = null;
    if (canonical) {
      event = canonical;
      mentions = await store.getMentions(canonical.mentionIds);
    } else {
      const [mention] = await store.getMentions([id]);
      if (!mention) throw notFound(`event "${id}"`);
      event = mention;
      mentions = [mention];
      parent = await store.canonicalOfMention(id);
    }
    const refs = await sourceRefs(store, [event, ...mentions]);
    const story = canonical?.storyId ? await store.getStory(canonical.storyId) : null;
    return {
      event: eventRecord(event, refs),
      mentions: mentions.map((m) => eventRecord(m, refs)),
      canonical_id: canonical ? canonical.id : parent?.id ?? null,
      conflicts: canonical?.conflicts ?? [],
      history: canonical?.history ?? [],
      story: story && { id: story.id, title: story.title },
      sources: [...refs.values()],
    };
  });
}
