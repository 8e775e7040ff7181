// Options shared by the commands that touch the store.
import type { Command } from 'commander';
import { loadConfig, type Config } from '../config.ts';
import { openStore, type Store } from '../store.ts';

export function withDbOption(cmd: Command): Command {
  return cmd
    .option('--db <file-or-url>', 'the store: a SQLite file, or a postgres:// URL (env SITREP_DB; default ./sitrep.db)')
    .option('--store <kind>', 'sqlite or postgres (env SITREP_STORE); a postgres:// --db implies postgres');
}

/** Builds the configuration from flags and environment, failing with the valid choices named. */
export function configFrom(opts: { db?: string; store?: string; workers?: number }): Config {
  const overrides: Partial<Config> = {};
  if (opts.workers !== undefined) overrides.workers = opts.workers;
  if (opts.db) overrides.db = opts.db;
  if (opts.store) overrides.store = opts.store;
  else if (/^postgres(ql)?:\/\//.test(opts.db ?? process.env.SITREP_DB ?? '')) overrides.store = 'postgres';
  return loadConfig(overrides);
}

export async function withStore<T>(opts: { db?: string; store?: string; workers?: number }, fn: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = configFrom(opts);
  const store = await openStore(config);
  try {
    return await fn(store, config);
  } finally {
    await store.close();
  }
}
