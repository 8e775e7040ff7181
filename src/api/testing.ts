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
import type { Stage } from '../stage.ts';

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

/** A fresh SQLite store in a temp directory with `sources` ingested through the pipeline (all stages unless given). */
export async function ingestedStore(sources: string[], stages: Stage[] = STAGES): Promise<TempStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-api-'));
  const config = loadConfig({ db: path.join(dir, 'test.db') });
  const store = SqliteStore.open(config.db);
  for await (const item of readSources(sources, config)) {
    if (!item.ok) throw new Error(`test fixture failed to ingest: ${item.source}: ${item.error}`);
    const doc = await runStages({ raw: item.raw }, stages, { config, store });
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

