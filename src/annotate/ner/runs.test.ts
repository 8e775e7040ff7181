import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitalisedRuns } from './runs.ts';

function runsOf(sentence: string): string[] {
  const toks = sentence.split(' ');
  const first = new Int32Array(toks.length), last = new Int32Array(toks.length);
  capitalisedRuns(toks, toks.length, first, last);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) if (first[i] === i) out.push(toks.slice(i, last[i] + 1).join(' '));
  return out;
}

test('a bank name keeps "of" inside its run, so its first word sees its last', () => {
  assert.deepEqual(runsOf('rates set by the Bank of England rose'), ['Bank of England']);
});

test('a lone capitalised word is no run; a lowercase word ends one', () => {
  assert.deepEqual(runsOf('Officials said the Collective Security Treaty Organization met in Dushanbe'), [
    'Collective Security Treaty Organization',
  ]);
});

test('glue words never open or close a run', () => {
  assert.deepEqual(runsOf('the ministry of Defence and the Taliban'), []);
});
