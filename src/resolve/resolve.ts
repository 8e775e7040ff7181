// Resolution of one article across sources: it joins a story (src/resolve/stories.ts), then its
// event mentions merge into that story's canonical events (src/resolve/events.ts).
import type { CanonicalEvent } from '../model.ts';
import type { Store } from '../store.ts';
import { articleProfile, type ResolveInput } from './profile.ts';
import { clusterArticle, CLUSTER_DEFAULTS, type ClusterOptions } from './stories.ts';
import { hostOf, resolveEvents } from './events.ts';
import { dateBounds } from '../store/event-keys.ts';

/** Most canonical events a story's time span is read from; a story's news events number in the tens. */
const SPAN_EVENTS = 500;

/**
 * The story's news events the store query in `spanWithEvents` would return, picked from events
 * already in memory: not background, latest first by indexed start day (undated last), then id.
 */
function latestNews(events: CanonicalEvent[]): CanonicalEvent[] {
  const keyed = events.filter((e) => !e.background).map((e) => ({ e, day: dateBounds(e).first }));
  keyed.sort((x, y) => (x.day === y.day ? (x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0) : x.day === null ? 1 : y.day === null ? -1 : x.day < y.day ? 1 : -1));
  return keyed.slice(0, SPAN_EVENTS).map((k) => k.e);
}

/**
 * A story's time span covers its articles and the dated news events they report (drills reported
 * on the 15th that run to the 18th make the story end on the 18th). Background events recalled as
 * context do not stretch it.
 */
async function spanWithEvents(store: Store, story: { id: string; start: string | null; end: string | null }, storyEvents: CanonicalEvent[] | null): Promise<{ start: string | null; end: string | null }> {
  const events = storyEvents ? latestNews(storyEvents) : await store.queryCanonical({ storyId: story.id, excludeBackground: true, limit: SPAN_EVENTS });
  const days = [story.start, story.end];
  for (const e of events) if (e.modality === 'occurred' || e.modality === 'ongoing') days.push(e.date?.start ?? null, e.date?.end ?? null);
  const dated = days.filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => d.slice(0, 10)).sort();
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
  const story = (await store.getStory(assignment.storyId))!;
  const year = story.start ? { year: Number(story.start.slice(0, 4)), from: story.start } : null;
  const current = new Map([[a.id, { outlet: a.outlet ?? (a.url ? hostOf(a.url) : null), published: a.published }]]);
  const { eventIds, storyEvents } = await resolveEvents(store, story.id, input.events, current, year);
  await store.putStory({ ...story, ...(await spanWithEvents(store, story, storyEvents)), eventIds });
  return { storyId: story.id, createdStory: assignment.created, storyScore: assignment.score, eventIds };
}
