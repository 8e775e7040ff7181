// The store interface. Implementations live in store/: sqlite.ts (embedded default) and
// postgres.ts (scale-out). Both speak the shapes of model.ts.
import type { Article, CanonicalEvent, DateMention, Event, Mention, Modality, Place, Quantity, Story } from './model.ts';
import type { Config } from './config.ts';

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  language: string | null;
  duplicateOf: string | null;
  error: string | null;
}

export interface ArticleQuery {
  /** Full-text search over title and text. */
  search?: string;
  limit?: number;
  offset?: number;
  /** Include near-duplicate copies (hidden by default: they link to their first copy). */
  withDuplicates?: boolean;
}

/** What the annotate and geocode stages found in one article, kept for the evidence view. */
export interface ArticleAnalysis {
  articleId: string;
  entities: Mention[];
  places: Place[];
  dates: DateMention[];
  quantities: Quantity[];
}

export interface EventQuery {
  types?: string[];
  /** A KB id ("grp:isis-k") or an actor name, matched case-insensitively. */
  actor?: string;
  /** ISO alpha-2 of the event's location. */
  country?: string;
  /** ISO dates: events whose date range touches [since, until]. */
  since?: string;
  until?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  /** Full-text search over the event's evidence, actors and place. */
  text?: string;
  storyId?: string;
  articleId?: string;
  modality?: Modality[];
  /** Leave out events recalled as background (default: include). */
  excludeBackground?: boolean;
  limit?: number;
  offset?: number;
}

/**
 * What online story clustering keeps per story (src/resolve): summed term and key vectors, and its span.
 * Stores keep the record whole (as JSON) and give back every field, including ones resolve adds
 * beyond these (`anchors`: the story's people and regions, src/resolve/stories.ts AnchoredProfile).
 */
export interface StoryProfile {
  storyId: string;
  /** ISO days; null when no article of the story has a date (it then matches any time window). */
  start: string | null;
  end: string | null;
  articles: number;
  /** Stemmed term → summed sublinear tf over the story's articles (its strongest terms only). */
  terms: Record<string, number>;
  /** Entity, place and event-type keys ("e:cty:RU", "p:TJ", "y:attack") → summed weight. */
  keys: Record<string, number>;
  /** Keys the story is found by: its entity and place keys and its rarest terms ("t:khatlon"). */
  index: string[];
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores an article; returns false when an article with the same id is already there. */
  putArticle(article: Article): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  hasArticle(id: string): Promise<boolean>;
  listArticles(q?: ArticleQuery): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /**
   * Finds a stored original whose MinHash signature has estimated similarity ≥ `minSimilarity`.
   * Implementations must use the LSH band index, never a scan of every article.
   */
  findNearDuplicate(fingerprint: string, minSimilarity: number): Promise<string | null>;
  /** Replaces the stored annotations of one article. */
  putAnalysis(analysis: ArticleAnalysis): Promise<void>;
  getAnalysis(articleId: string): Promise<ArticleAnalysis | null>;

  /** Replaces the event mentions extracted from one article. */
  putMentions(articleId: string, events: Event[]): Promise<void>;
  queryMentions(q: EventQuery): Promise<Event[]>;
  getMentions(ids: string[]): Promise<Event[]>;

  /** Canonical events (mentions merged across articles); each is replaced whole by id. */
  putCanonical(events: CanonicalEvent[]): Promise<void>;
  deleteCanonical(ids: string[]): Promise<void>;
  queryCanonical(q: EventQuery): Promise<CanonicalEvent[]>;
  /** The story's canonical events without their records: enough for event ids and the story's span. */
  canonicalSummaries(storyId: string): Promise<{ id: string; type: string; dateStart: string | null; dateEnd: string | null; modality: string; background: boolean }[]>;
  /**
   * Canonical events indexed under any of `keys` (src/store/event-keys.ts canonicalMergeKeys), at
   * most `perKey` per key, most mentions first. Implementations use the key index, never a scan.
   * The records come as stored for merging, of bounded size: the first spans of each field
   * (event-keys.ts KEPT_SPANS_PER_FIELD) and one stand-in step for the history (STORED_HISTORY);
   * putCanonical of such a record with new steps after the stand-in appends to what is stored.
   */
  mergeCandidates(keys: string[], perKey: number): Promise<CanonicalEvent[]>;
  /** The distinct articles whose evidence gives each of `fields` of a canonical event (the stored record keeps only the first spans). */
  evidenceArticles(eventId: string, fields: string[]): Promise<Record<string, string[]>>;
  /** First and last day of the story's dated news events (event-keys.ts newsDays), from an index. */
  storyNewsSpan(storyId: string): Promise<{ start: string | null; end: string | null }>;
  getCanonical(id: string): Promise<CanonicalEvent | null>;
  /** The canonical event a mention belongs to. */
  canonicalOfMention(mentionId: string): Promise<CanonicalEvent | null>;
  countEvents(q: EventQuery, canonical: boolean): Promise<number>;

  putStory(story: Story): Promise<void>;
  deleteStory(id: string): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  listStories(q?: { limit?: number; offset?: number; articleId?: string }): Promise<Story[]>;

  /** Pairs of mentions a user split apart: merging must never join them again. */
  putCannotLink(a: string, b: string, reason: string): Promise<void>;
  cannotLinks(mentionIds: string[]): Promise<[string, string][]>;

  /** Counts an article's distinct terms and keys into the document frequencies, once per article id. */
  addTermDocument(articleId: string, terms: string[]): Promise<void>;
  /** Document frequencies of the given terms, and how many articles were counted. */
  termStats(terms: string[]): Promise<{ docs: number; df: Record<string, number> }>;
  putStoryProfile(p: StoryProfile): Promise<void>;
  getStoryProfile(storyId: string): Promise<StoryProfile | null>;
  deleteStoryProfile(storyId: string): Promise<void>;
  /**
   * Stories indexed under any of `keys` whose span touches [since, until] (undated stories always
   * do), at most `perKey` per key, latest first. Implementations use the key index, never a scan.
   */
  storyCandidates(keys: string[], since: string | null, until: string | null, perKey: number): Promise<StoryProfile[]>;
  /** Forgets stories, canonical events, profiles and term counts (not cannot-links): `sitrep resolve --rebuild`. */
  resetResolution(): Promise<void>;

  close(): Promise<void>;
}

/** Opens the store the configuration names. */
export async function openStore(config: Pick<Config, 'store' | 'db'>): Promise<Store> {
  if (config.store === 'postgres') {
    const { PostgresStore } = await import('./store/postgres.ts');
    return PostgresStore.open(config.db);
  }
  const { SqliteStore } = await import('./store/sqlite.ts');
  return SqliteStore.open(config.db);
}
