// Resolution of one article across sources: it joins a story (src/resolve/stories.ts), then its
// event mentions merge into that story's canonical events (src/resolve/events.ts).
import type { CanonicalEvent } from '../model.ts';
import type { Store } from '../store.ts';
import { articleProfile, type ResolveInput } from './profile.ts';
import { clusterArticle, CLUSTER_DEFAULTS, type ClusterOptions } from './stories.ts';
import { hostOf, isRecord, resolveEvents, type StoryEvent } from './events.ts';
import { dateBounds } from '../store/event-keys.ts';

/** Most canonical events a story's time span is read from; a story's news events number in the tens. */
const SPAN_EVENTS = 500;

/** Day-precise ISO dates (a time may follow): the only dates a story's span is read from. */
const DAY_DATE = /^\d{4}-\d{2}-\d{2}/;
/**
 * Summaries carry whole-day bounds: a month or year ("2024-04") reads as its first or last day.
 * Bounds on a 1st or on a 28th or later may be one, so the span reads those events' records.
 */
const FIRST_DAY = '01';
const EARLIEST_MONTH_END = 28;

/** The indexed start day, as the store orders events by. */
function firstDay(e: StoryEvent): string | null {
  return isRecord(e) ? dateBounds(e).first : e.dateStart;
}

/**
 * The story's news events the store query in `spanWithEvents` would return, picked from events
 * already in memory: not background, latest first by indexed start day (undated last), then id.
 */
function latestNews(events: StoryEvent[]): StoryEvent[] {
  const keyed = events.filter((e) => !e.background).map((e) => ({ e, day: firstDay(e) }));
  keyed.sort((x, y) => (x.day === y.day ? (x.e.id < y.e.id ? -1 : x.e.id > y.e.id ? 1 : 0) : x.day === null ? 1 : y.day === null ? -1 : x.day < y.day ? 1 : -1));
  return keyed.slice(0, SPAN_EVENTS).map((k) => k.e);
}

/**
 * A story's time span covers its articles and the dated news events they report (drills reported
 * on the 15th that run to the 18th make the story end on the 18th). Background events recalled as
 * context do not stretch it.
 */
async function spanWithEvents(store: Store, story: { id: string; start: string | null; end: string | null }, storyEvents: StoryEvent[] | null): Promise<{ start: string | null; end: string | null }> {
  const events = storyEvents ? latestNews(storyEvents) : await store.queryCanonical({ storyId: story.id, excludeBackground: true, limit: SPAN_EVENTS });
  const days = [story.start, story.end];
  for (const e of events) {
    if (e.modality !== 'occurred' && e.modality !== 'ongoing') continue;
    if (!isRecord(e) && (!e.dateStart || !e.dateEnd || dayPrecise(e.dateStart, e.dateEnd))) {
      days.push(e.dateStart, e.dateEnd);
      continue;
    }
    const record = isRecord(e) ? e : await store.getCanonical(e.id);
    days.push(record?.date?.start ?? null, record?.date?.end ?? null);
  }
  const dated = days.filter((d): d is string => !!d && DAY_DATE.test(d)).map((d) => d.slice(0, 10)).sort();
  return { start: dated[0] ?? story.start, end: dated.at(-1) ?? story.end };
}

/**
 * Whether an event's whole-day bounds are its own day-precise dates, so the span may read them
 * instead of the record: each bound comes from a day-precise date unless it could be a month's or
 * year's first or last day. (Null bounds mean no dated start or end: nothing either way.)
 */
function dayPrecise(first: string, last: string): boolean {
  return DAY_DATE.test(first) && DAY_DATE.test(last) && first.slice(8, 10) !== FIRST_DAY && Number(last.slice(8, 10)) < EARLIEST_MONTH_END;
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
