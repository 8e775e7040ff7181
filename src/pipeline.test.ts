import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkChain, STAGES } from './pipeline.ts';

test('the pipeline chain is complete: every stage finds what it needs in earlier stages', () => {
  assert.doesNotThrow(() => checkChain(STAGES));
  assert.deepEqual(STAGES.map((s) => s.name).slice(0, 3), ['clean', 'language', 'dedupe']);
});

test('a stage whose needs no earlier stage adds is refused at start-up, naming it', () => {
  const broken = [STAGES.find((s) => s.name === 'events')!];
  assert.throws(() => checkChain(broken), /stage "events" needs article/);
});

test('every stage that reads the store says so, so threaded ingest runs it on the main thread', () => {
  for (const name of ['dedupe', 'resolve']) {
    assert.equal(STAGES.find((s) => s.name === name)?.usesStore, true, `${name} uses the store`);
  }
});
