// Resolution of one article across sources: it joins a story (src/resolve/stories.ts), then its
// event mentions merge into that story's canonical events (src/resolve/events.ts).
import type { Store } from '../store.ts';
import { articleProfile, type ResolveInput } from './profile.ts';
import { clusterArticle, CLUSTER_DEFAULTS, type ClusterOptions } from './stories.ts';
import { hostOf, resolveEvents } from './events.ts';

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
  const eventIds = await resolveEvents(store, story.id, input.events, current, year);
  await store.putStory({ ...story, eventIds });
  return { storyId: story.id, createdStory: assignment.created, storyScore: assignment.score, eventIds };
}
