// Issue 5's acceptance on the two seed articles: ingested in either order into a fresh store, then
// resolved again from the store (`sitrep resolve --rebuild`). Skips when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { CanonicalEvent } from '../model.ts';
import type { Store } from '../store.ts';
import { sharedDir } from '../eval/suite.ts';
import { loadConfig } from '../config.ts';
import { SqliteStore } from '../store/sqlite.ts';
import { readSources } from '../ingest/sources.ts';
import { runStages, STAGES } from '../pipeline.ts';
import { storeDoc } from '../cli/ingest.ts';
import { rebuildResolution } from './rebuild.ts';

const shared = sharedDir();
const skip = !shared && 'no ../shared (set SITREP_SHARED)';

/** What `sitrep ingest` does with each file, in the order given. */
async function ingest(files: string[]): Promise<Store> {
  const config = loadConfig({ db: ':memory:' });
  const store = SqliteStore.open(':memory:');
  for (const file of files) {
    for await (const item of readSources([file], config)) {
      assert.ok(item.ok, `seed ${file} reads`);
      const doc = await runStages({ raw: item.raw }, STAGES, { config, store });
      assert.ok(await storeDoc(store, doc), `seed ${file} is stored`);
    }
  }
  return store;
}

async function assertAcceptance(store: Store, order: string): Promise<void> {
  const stories = await store.listStories();
  assert.equal(stories.length, 1, `${order}: one story`);
  assert.equal(stories[0].articleIds.length, 2, `${order}: the story has both articles`);
  const events = await store.queryCanonical({ limit: 1000 });
  const drills = events.filter((e) => e.type === 'military_exercise' && !e.background);
  assert.equal(drills.length, 1, `${order}: one canonical drills event (got ${drills.map((e) => e.id).join(', ')})`);
  const d = drills[0];
  const parties = (e: CanonicalEvent) => e.actors.filter((a) => a.role === 'actor1' || a.role === 'partner').map((a) => `${a.role}:${a.kbId}`).sort();
  assert.equal(d.actors.filter((a) => a.role === 'actor1').length, 1, `${order}: one actor1, the other party a partner (${parties(d)})`);
  assert.deepEqual(d.actors.filter((a) => a.role === 'actor1' || a.role === 'partner').map((a) => a.kbId).sort(), ['cty:RU', 'cty:TJ']);
  assert.equal(d.date?.start, '2024-04-15');
  assert.equal(d.date?.end, '2024-04-18');
  assert.equal(d.date?.basis, 'implied');
  assert.match(d.date?.reason ?? '', /2024/, 'the reason names the year it took');
  assert.equal(d.location?.admin1, 'Khatlon Province');
  assert.match(d.provenance.location?.rule ?? '', /Tajik–Afghan border/, 'the coarser border place is kept beside Khatlon');
  assert.equal(d.articleIds.length, 2);
  assert.equal(d.corroboration, 2);
  const claims = d.claims.map((c) => `${c.claimantKbId ?? c.claimant}|${c.stance}|${c.about}`);
  assert.equal(new Set(claims).size, claims.length, `${order}: no claim twice (${claims.join('; ')})`);
  const crocus = events.filter((e) => e.evidence.location?.some((x) => x.text === 'Crocus City Hall') || e.location?.name === 'Crocus City Hall');
  assert.equal(crocus.length, 1, `${order}: one Crocus City Hall event`);
  assert.equal(crocus[0].type, 'attack');
  assert.equal(crocus[0].articleIds.length, 2, `${order}: both seeds report the Crocus attack`);
  assert.equal(crocus[0].fatalities?.low, 141);
}

function seedFiles(): string[] {
  const dir = path.join(shared!, 'seeds');
  return fs.readdirSync(dir).filter((f) => /^\d{3}_/.test(f)).sort().map((f) => path.join(dir, f));
}

for (const reversed of [false, true]) {
  const order = reversed ? '002 then 000' : '000 then 002';
  test(`seeds ingested ${order}: one story, one drills event at Khatlon 15-18 April 2024, one Crocus attack; a rebuild agrees`, { skip }, async () => {
    const files = seedFiles();
    const store = await ingest(reversed ? files.reverse() : files);
    await assertAcceptance(store, order);
    assert.equal(await rebuildResolution(store), 2);
    await assertAcceptance(store, `${order}, rebuilt`);
    await store.close();
  });
}
