import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordInfo, wordInfoAt } from './words.ts';

test('a word read from the middle of a text is the same word as on its own', () => {
  const text = 'Rebels shelled Kidal; Kidal residents fled.';
  const first = wordInfoAt(text, 15, 20);
  const second = wordInfoAt(text, 22, 27);
  assert.equal(first.word, 'Kidal');
  assert.equal(first, second);
  assert.equal(first, wordInfo('Kidal'));
});

test('words differing in case or in one letter stay apart', () => {
  const text = 'Kidal kidal Kidan';
  const a = wordInfoAt(text, 0, 5), b = wordInfoAt(text, 6, 11), c = wordInfoAt(text, 12, 17);
  assert.deepEqual([a.word, b.word, c.word], ['Kidal', 'kidal', 'Kidan']);
  assert.notEqual(a, b);
  assert.notEqual(a, c);
  // Case folds away in the lower-case hash, not in the raw one.
  assert.equal(a.lower, b.lower);
  assert.notEqual(a.raw, b.raw);
});
