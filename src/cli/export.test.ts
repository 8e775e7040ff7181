// `sitrep export` and `sitrep brief` as a user runs them: a store file, flags, a file or stdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SqliteStore } from '../store/sqlite.ts';
import { handArticle, handEvents, REPO_ROOT } from '../export/test-store.ts';
import { csvRecords } from '../export/csv.ts';
import { queryFromOptions } from './export.ts';

const run = promisify(execFile);
const sitrep = (args: string[]) => run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli.ts'), ...args], { cwd: REPO_ROOT });

async function storeFile(): Promise<{ db: string; ids: string[] }> {
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-cli-export-')), 'test.db');
  const store = await SqliteStore.open(db);
  const a = await handArticle();
  await store.putArticle(a);
  const events = handEvents(a);
  await store.putMentions(a.id, events);
  await store.close();
  return { db, ids: events.map((e) => e.id) };
}

test('sitrep export writes the chosen format to --out with the events filters select', async () => {
  const { db, ids } = await storeFile();
  const out = path.join(path.dirname(db), 'af.csv');
  await sitrep(['export', '--db', db, '--format', 'acled-csv', '--type', 'armed_clash', '--country', 'af', '--out', out]);
  const rows = csvRecords(fs.readFileSync(out, 'utf8'));
  assert.deepEqual(rows.map((r) => r.event_id_cnty).sort(), [ids[0], ids[1]].sort());
  const { stdout } = await sitrep(['export', '--db', db, '--format', 'geojson']);
  assert.equal(JSON.parse(stdout).omitted, 1, 'stdout by default; the attack without a place is counted');
});

test('sitrep export refuses an unknown format or type, naming the valid ones', async () => {
  const { db } = await storeFile();
  await assert.rejects(sitrep(['export', '--db', db, '--format', 'shapefile']), (err: { stderr: string }) => /valid formats are acled-csv, ucdp-csv, geojson, jsonl, plover-json/.test(err.stderr));
  assert.throws(() => queryFromOptions({ type: 'attack,riot' }), /unknown type riot; valid types are/);
  assert.deepEqual(queryFromOptions({ country: 'tj', since: '2024-04-01', background: false }), {
    types: undefined, actor: undefined, country: 'TJ', since: '2024-04-01', until: undefined, storyId: undefined, text: undefined, mentions: false, excludeBackground: true,
  });
  assert.throws(() => queryFromOptions({ since: 'last week' }), /--since "last week" is not a date/);
});

test('sitrep brief writes the cited Markdown report', async () => {
  const { db } = await storeFile();
  const out = path.join(path.dirname(db), 'brief.md');
  await sitrep(['brief', '--db', db, '--country', 'AF', '--since', '2024-03', '--out', out]);
  const md = fs.readFileSync(out, 'utf8');
  assert.match(md, /^# Situation report: Afghanistan \(AF\)/);
  assert.match(md, /^> KUNDUZ, March 5 — .* \[\^1\]$/m);
  assert.match(md, /^\[\^1\]: Hindu Kush Wire Example, .*characters 0–\d+\.$/m);
});
