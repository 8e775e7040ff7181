import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { dropCommonPhrases, isCommonPhrase } from './name-common-phrases.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => dropCommonPhrases(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a capitalised run of common words read by the tagger as a body is dropped', () => {
  const text = 'Ask the Retail Store about the Regional Initiative on Water Supply.';
  const ms = [at(text, 'Retail Store', 'ORG'), at(text, 'Regional Initiative on Water Supply', 'ORG')];
  assert.deepEqual(read(text, ms), []);
});

test('a head noun, a lone word, an acronym, a proper word or a knowledge-base match keeps the reading', () => {
  assert.equal(isCommonPhrase('Legislative Council'), false);
  assert.equal(isCommonPhrase('Court of Appeals'), false);
  assert.equal(isCommonPhrase('Freedom Magazine'), false);
  assert.equal(isCommonPhrase('Pirates'), false);
  assert.equal(isCommonPhrase('Regional BBC Service'), false);
  assert.equal(isCommonPhrase('Veltburg Water'), false);
  const text = 'Human Rights Watch said so.';
  assert.deepEqual(read(text, [at(text, 'Human Rights Watch', 'ORG', 'kb:hrw')]), ['Human Rights Watch:ORG']);
});
