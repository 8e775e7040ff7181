import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordInfo, wordInfoAt, wordInfosAt } from './words.ts';

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

/** Token spans of the space-separated words of text. */
function spansOf(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

test('a sentence looked up at once gives each token the word it stands for', () => {
  const text = 'Kid Kidal kidal Kidal Kidan Kidal, Gao Gaoo';
  const tokens = spansOf(text);
  wordInfo('Kidal');
  const infos = wordInfosAt(text, tokens);
  assert.deepEqual(infos.map((i) => i.word), ['Kid', 'Kidal', 'kidal', 'Kidal', 'Kidan', 'Kidal,', 'Gao', 'Gaoo']);
  // Known words come back as the very info kept; repeats within the sentence share one.
  assert.equal(infos[1], wordInfo('Kidal'));
  assert.equal(infos[1], infos[3]);
  assert.equal(infos[6], wordInfo('Gao'));
  assert.notEqual(infos[1], infos[2]);
});

test('a sentence of more new words than the word table holds slots for still reads every word', () => {
  // Thousands of distinct words: the table grows while the sentence is read.
  const words = Array.from({ length: 3000 }, (_, k) => `Town${k.toString(36)}x`);
  const text = words.join(' ');
  const infos = wordInfosAt(text, spansOf(text));
  assert.deepEqual(infos.map((i) => i.word), words);
  assert.deepEqual(wordInfosAt(text, spansOf(text)).map((i) => i.word), words);
  for (const k of [0, 1499, 2999]) assert.equal(wordInfo(words[k]).word, words[k]);
});
