// /api/stories: developing situations, each with the timeline of its events and its articles.
import type { FastifyInstance } from 'fastify';
import type { Event } from '../../model.ts';
import type { Store } from '../../store.ts';
import { notFound } from '../errors.ts';
import { idParams, paging, strictObject } from '../schemas.ts';
import { eventSummary } from '../records.ts';

const byDate = (a: Event, b: Event) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999');

export function storyRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { limit: number; offset: number; article?: string } }>('/api/stories', {
    schema: {
      summary: 'Stories (groups of articles about one developing situation)',
      tags: ['stories'],
      querystring: strictObject({ article: { type: 'string', description: 'only stories holding this article' }, ...paging }),
    },
  }, async (req) => {
    const stories = await store.listStories({ limit: req.query.limit, offset: req.query.offset, articleId: req.query.article });
    return {
      stories: stories.map((s) => ({ id: s.id, title: s.title, start: s.start, end: s.end, articles: s.articleIds.length, events: s.eventIds.length })),
    };
  });

  app.get<{ Params: { id: string } }>('/api/stories/:id', {
    schema: { summary: 'One story with its events in date order and its articles', tags: ['stories'], params: idParams },
  }, async (req) => {
    const story = await store.getStory(req.params.id);
    if (!story) throw notFound(`story "${req.params.id}"`);
    // Story events are canonical ids; a store resolved before canonical events existed lists mentions.
    const canonical = (await Promise.all(story.eventIds.map((id) => store.getCanonical(id)))).filter((e) => e !== null);
    const found = new Set(canonical.map((e) => e.id));
    const mentions = await store.getMentions(story.eventIds.filter((id) => !found.has(id)));
    const events = [...canonical, ...mentions].sort(byDate);
    const articles = (await Promise.all(story.articleIds.map((id) => store.getArticle(id))))
      .filter((a) => a !== null)
      .map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published, url: a.url }));
    return { story, timeline: events.map(eventSummary), articles };
  });
}
