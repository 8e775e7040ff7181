// A database written before the side tables (canonical records stored whole) keeps working: on
// open its records are split once, and read back whole. PostgreSQL runs when SITREP_PG_URL is set.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { CanonicalEvent } from '../model.ts';
import type { Store } from '../store.ts';
import { SqliteStore } from './sqlite.ts';
import { PostgresStore } from './postgres.ts';
import { manyReportEvent } from './contract-events.ts';
import { canonicalMergeKeys, KEPT_SPANS_PER_FIELD, STORED_HISTORY } from './event-keys.ts';

/** What an older store reads back: the whole record, found for merging by its keys, and then bounded. */
async function readsOlderRecord(store: Store, many: CanonicalEvent): Promise<void> {
  assert.deepEqual(await store.getCanonical(many.id), many);
  const [read] = await store.mergeCandidates(canonicalMergeKeys(many), 10);
  assert.equal(read.evidence.type.length, KEPT_SPANS_PER_FIELD);
  assert.deepEqual(read.history.map((s) => [s.mentionId, s.score]), [[STORED_HISTORY, many.history.length]]);
  assert.deepEqual((await store.evidenceArticles(many.id, ['fatalities'])).fatalities, many.articleIds);
}

test('sqlite: records stored whole by an earlier version are split on open and read back whole', async () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-history-')), 'old.db');
  const many = manyReportEvent(6);
  const first = SqliteStore.open(file);
  await first.putCanonical([many]);
  await first.close();
  // What an earlier version left: the whole record as the row's JSON, no side rows, no migration mark.
  const raw = new Database(file);
  raw.prepare('UPDATE events SET json = ? WHERE id = ?').run(JSON.stringify(many), many.id);
  raw.exec('DELETE FROM canonical_history; DELETE FROM canonical_evidence; DELETE FROM store_migrations');
  raw.close();
  const store = SqliteStore.open(file);
  try {
    await readsOlderRecord(store, many);
  } finally {
    await store.close();
  }
});

const PG_URL = process.env.SITREP_PG_URL;
if (!PG_URL) {
  test('postgres: older records are split', (t) => t.skip('PostgreSQL tests skipped: set SITREP_PG_URL (scripts/pg-test-server.sh starts one)'));
} else {
  const admin = new pg.Pool({ connectionString: PG_URL, max: 1 });
  const schema = `sitrep_history_${process.pid}`;
  after(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  test('postgres: records stored whole by an earlier version are split on first use and read back whole', async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    const url = new URL(PG_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const many = manyReportEvent(6);
    const first = await PostgresStore.open(url.toString());
    await first.putCanonical([many]);
    await first.close();
    await admin.query(`UPDATE ${schema}.events SET record = $1::jsonb WHERE id = $2`, [JSON.stringify(many), many.id]);
    await admin.query(`DELETE FROM ${schema}.canonical_history; DELETE FROM ${schema}.canonical_evidence; DELETE FROM ${schema}.store_migrations`);
    const store = await PostgresStore.open(url.toString());
    try {
      await readsOlderRecord(store, many);
    } finally {
      await store.close();
    }
  });
}
