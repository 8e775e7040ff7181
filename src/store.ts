// The store interface. Implementations live in store/: sqlite.ts (embedded default) and
// postgres.ts (scale-out). Both speak the shapes of model.ts.
import type { Article } from './model.ts';
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
