import type Database from 'better-sqlite3';

/**
 * Prepared statements, compiled once per SQL text: preparing on every call cost ~0.15 ms per
 * event row in the bench, more than the insert itself.
 */
/** More distinct SQL texts than a process ever needs for its fixed queries. */
const MAX_CACHED = 500;

export class Statements {
  private cache = new Map<string, Database.Statement>();
  constructor(private db: Database.Database) {}
  get(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      // Queries with IN-lists vary in length; a bound keeps the cache from growing without end.
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}
