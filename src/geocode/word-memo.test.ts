import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WordMemo } from './word-memo.ts';

test('a word read anywhere in a text gets the value computed for it once', () => {
  const computed: string[] = [];
  const memo = new WordMemo((word) => {
    computed.push(word);
    return word.toLowerCase();
  }, 1000);
  const text = 'Troops left Kherson; KHERSON residents returned to Kherson.';
  const at = (word: string, from = 0) => text.indexOf(word, from);
  assert.equal(memo.get(text, at('Kherson'), at('Kherson') + 7), 'kherson');
  assert.equal(memo.get(text, at('KHERSON'), at('KHERSON') + 7), 'kherson');
  assert.equal(memo.get(text, at('Kherson', 20), at('Kherson', 20) + 7), 'kherson');
  assert.deepEqual(computed, ['Kherson', 'KHERSON'], 'the second "Kherson" is remembered, the capitals are another word');
  assert.equal(memo.get(text, 0, 3), 'tro', 'a word that is the prefix of another is its own word');
});

test('thousands of distinct words all keep their own values as the table grows', () => {
  const memo = new WordMemo((word) => word.length, 1_000_000);
  const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`);
  const text = words.join(' ');
  let at = 0;
  for (const w of words) {
    assert.equal(memo.get(text, at, at + w.length), w.length);
    at += w.length + 1;
  }
  assert.equal(memo.get(text, 0, words[0].length), words[0].length);
});

test('past its limit the memo starts over and still answers correctly', () => {
  let calls = 0;
  const memo = new WordMemo((word) => {
    calls++;
    return word.toUpperCase();
  }, 3);
  const text = 'one two three four one';
  const spans: [number, number][] = [[0, 3], [4, 7], [8, 13], [14, 18], [19, 22]];
  const values = spans.map(([s, e]) => memo.get(text, s, e));
  assert.deepEqual(values, ['ONE', 'TWO', 'THREE', 'FOUR', 'ONE']);
  assert.equal(calls, 5, 'the fourth word cleared the memo, so "one" was computed again');
});
