// Test helpers: a temporary SQLite store filled through the real pipeline.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type Config } from '../config.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { readSources } from '../ingest/sources.ts';
import { runStages, STAGES } from '../pipeline.ts';
import { storeDoc } from '../cli/ingest.ts';
import type { Store } from '../store.ts';
import type { CanonicalEvent, Event, Evidence } from '../model.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

/** The shared third-party data directory, or null when this checkout has none. */
export function sharedDir(): string | null {
  const dir = process.env.SITREP_SHARED ?? path.resolve(REPO_ROOT, '../shared');
  return fs.existsSync(dir) ? dir : null;
}

export interface TempStore {
  store: Store;
  config: Config;
  dir: string;
  cleanup(): Promise<void>;
}

/** A fresh SQLite store in a temp directory with `sources` ingested through every pipeline stage. */
export async function ingestedStore(sources: string[]): Promise<TempStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-api-'));
  const config = loadConfig({ db: path.join(dir, 'test.db') });
  const store = SqliteStore.open(config.db);
  for await (const item of readSources(sources, config)) {
    if (!item.ok) throw new Error(`test fixture failed to ingest: ${item.source}: ${item.error}`);
    const doc = await runStages({ raw: item.raw }, STAGES, { config, store });
    if (doc.article && doc.stop !== 'already stored') await storeDoc(store, doc);
  }
  return {
    store, config, dir,
    async cleanup() {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A canonical event made by hand from mentions of one real event, as resolution would make it:
 * the first mention's fields, every article's evidence, and a conflict where dates disagree.
 */
export function mergedByHand(id: string, mentions: Event[], storyId: string | null = null): CanonicalEvent {
  const [first, ...rest] = mentions;
  const evidence: Record<string, Evidence[]> = {};
  for (const m of mentions) for (const [field, spans] of Object.entries(m.evidence)) (evidence[field] ??= []).push(...spans);
  const dates = new Map<string, string[]>();
  for (const m of mentions) {
    const key = m.date?.start ?? 'unknown';
    dates.set(key, [...(dates.get(key) ?? []), ...m.articleIds]);
  }
  const at = '2024-04-17T12:00:00Z';
  return {
    ...first,
    id,
    evidence,
    articleIds: [...new Set(mentions.flatMap((m) => m.articleIds))],
    mentionIds: mentions.map((m) => m.id),
    corroboration: new Set(mentions.flatMap((m) => m.articleIds)).size,
    conflicts: dates.size > 1 ? [{ field: 'date', values: [...dates].map(([value, articleIds]) => ({ value, articleIds })) }] : [],
    history: [
      { mentionId: first.id, action: 'created', score: 1, reasons: ['first mention'], at },
      ...rest.map((m) => ({ mentionId: m.id, action: 'merged' as const, score: 0.9, reasons: ['same type', 'same place', 'shared actors'], at })),
    ],
    storyId,
  };
}

/**
 * Canonical events for a whole store as resolution would leave it: the given merged events, and
 * every other mention as an event of its own.
 */
export async function resolvedByHand(store: Store, merged: CanonicalEvent[]): Promise<void> {
  const taken = new Set(merged.flatMap((c) => c.mentionIds));
  const singles = (await store.queryMentions({ limit: 100_000 })).filter((m) => !taken.has(m.id));
  await store.putCanonical([...merged, ...singles.map((m) => mergedByHand(`c-${m.id}`, [m], null))]);
}
