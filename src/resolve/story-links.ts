// Which other candidate stories merge with the one an article joins. Arrival order can start one
// story twice (an early report too unlike the first to join it); an article similar to both, or
// a joined story that now reads like another, shows it. Only the candidates already scored for
// the article are looked at, so the cost per article stays flat.
import type { AnchoredProfile } from './stories.ts';
import { storiesAgree } from './story-merge.ts';

/** An article this similar to a second story besides its best one links the two: they merge (order independence). */
export const STORY_LINK_THRESHOLD = 0.5;
/**
 * The link bar for two stories that agree (story-merge.ts storiesAgree: a shared headline word, no
 * differing main people, regions or stated years). 0.25-0.35 all lift the news-cluster dev
 * shuffled-order min 0.914 -> 0.931; ECB+ F1 gains most at 0.25 but its shuffled min drops there,
 * at 0.3 both rise.
 */
export const AGREEING_LINK_THRESHOLD = 0.3;
/**
 * Two agreeing stories whose profiles are this similar once an article joins one are one story.
 * news-cluster dev shuffled-order min 0.931 without, 0.934 at 0.3, 0.946 at 0.2 and 0.15.
 */
export const CONVERGED_THRESHOLD = 0.2;
/**
 * Converged stories merge only when both are dated and reported within this many days of each
 * other: arrival order splits reports of the same days, while undated reports that read alike
 * are as often two incidents of one kind years apart (on ECB+ the rule cost precision 0.887 -> 0.882).
 * news-cluster gains the same at 2, 7 or 30 days.
 */
export const CONVERGED_DAYS = 7;

export interface LinkOptions {
  linkThreshold: number;
  agreeingLinkThreshold?: number;
  convergedThreshold?: number;
  convergedDays?: number;
}

export interface ScoredStory {
  p: AnchoredProfile;
  /** The article's similarity to the story. */
  score: number;
}

export interface LinkContext {
  /** The story the article joins, before and after it joins. */
  best: ScoredStory;
  grown: AnchoredProfile;
  /** Stories found beyond the candidate window (story-archive.ts): they join only as the best. */
  archived: Set<string>;
  /** Days between two stories' spans; null when either is undated. */
  daysApart: (x: AnchoredProfile, y: AnchoredProfile) => number | null;
  /** Similarity of two story profiles. */
  similarity: (x: AnchoredProfile, y: AnchoredProfile) => number;
}

const apart = (x: AnchoredProfile, y: AnchoredProfile) => !!x.apart?.includes(y.storyId) || !!y.apart?.includes(x.storyId);

/** The other scored stories that merge with the joined one; stories once split from each other never do. */
export function linkedStories(scored: ScoredStory[], ctx: LinkContext, o: LinkOptions): AnchoredProfile[] {
  const { best, grown } = ctx;
  const links = (c: ScoredStory) =>
    c.score >= o.linkThreshold || (c.score >= (o.agreeingLinkThreshold ?? AGREEING_LINK_THRESHOLD) && storiesAgree(c.p, best.p));
  // The joined story, grown by this article, may now read like another: the article's own score
  // with it may be low, but together they have converged. Agreement of people and places is judged
  // before the article joins: an article naming the people of two incidents must not reconcile them.
  const converged = (c: ScoredStory) =>
    !ctx.archived.has(c.p.storyId) &&
    (ctx.daysApart(grown, c.p) ?? Infinity) <= (o.convergedDays ?? CONVERGED_DAYS) &&
    ctx.similarity(grown, c.p) >= (o.convergedThreshold ?? CONVERGED_THRESHOLD) &&
    storiesAgree(best.p, c.p, grown);
  return scored.filter((c) => c !== best && !apart(c.p, best.p) && (links(c) || converged(c))).map((c) => c.p);
}
