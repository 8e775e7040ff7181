// Resolution of one article across sources: it joins a story (src/resolve/stories.ts), then its
// event mentions merge into that story's canonical events (src/resolve/events.ts).
import type { Store } from '../store.ts';
import { articleProfile, type ResolveInput } from './profile.ts';
import { clusterArticle, CLUSTER_DEFAULTS, type ClusterOptions } from './stories.ts';
import { hostOf, resolveEvents } from './events.ts';

/** Day-precise ISO dates (a time may follow): the only dates a story's span is read from. */
const DAY_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * A story's time span covers its articles and the dated news events they report (drills reported
 * on the 15th that run to the 18th make the story end on the 18th). Background events recalled as
 * context do not stretch it. The events' days come from the store's index, not from the events.
 */
async function spanWithEvents(store: Store, story: { id: string; start: string | null; end: string | null }): Promise<{ start: string | null; end: string | null }> {
  const news = await store.storyNewsSpan(story.id);
  const dated = [story.start, story.end, news.start, news.end].filter((d): d is string => !!d && DAY_DATE.test(d)).map((d) => d.slice(0, 10)).sort();
  return { start: dated[0] ?? story.start, end: dated.at(-1) ?? story.end };
}

export interface Resolution {
  storyId: string;
  createdStory: boolean;
  storyScore: number;
  eventIds: string[];
}

/** Clusters the article into a story and merges its event mentions; idempotent for mentions already resolved. */
export async function resolveArticle(store: Store, input: ResolveInput, o: ClusterOptions = CLUSTER_DEFAULTS): Promise<Resolution> {
  const a = input.article;
  const already = (await store.listStories({ articleId: a.id, limit: 1 }))[0];
  const assignment = already ? { storyId: already.id, created: false, score: 1 } : await clusterArticle(store, articleProfile(input), o);
  const eventIds = await resolveStoryEvents(store, assignment.storyId, a, input.events);
  return { storyId: assignment.storyId, createdStory: assignment.created, storyScore: assignment.score, eventIds };
}

/** Merges one article's event mentions into the story it joined and updates the story's events and span; returns the story's event ids. */
export async function resolveStoryEvents(store: Store, storyId: string, a: ResolveInput['article'], mentions: ResolveInput['events']): Promise<string[]> {
  const story = (await store.getStory(storyId))!;
  const year = story.start ? { year: Number(story.start.slice(0, 4)), from: story.start } : null;
  const current = new Map([[a.id, { outlet: a.outlet ?? (a.url ? hostOf(a.url) : null), published: a.published }]]);
  const changed = await resolveEvents(store, story.id, mentions, current, year);
  // A mention may have joined another story's event on strong evidence: that event stays there.
  const eventIds = [...new Set([...story.eventIds, ...changed.filter((e) => e.storyId === story.id).map((e) => e.id)])];
  await store.putStory({ ...story, ...(await spanWithEvents(store, story)), eventIds });
  return eventIds;
}
