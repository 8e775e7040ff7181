import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanTable } from './span-table.ts';

test('a word gets one id wherever it stands in the text, and a new word the next id', () => {
  const table = new SpanTable();
  const text = 'troops shelled the town; the troops withdrew';
  const troops = table.findOrAdd(text, 0, 6);
  assert.equal(table.isNew, true);
  const the = table.findOrAdd(text, 15, 18);
  assert.equal(the, troops + 1);
  assert.equal(table.findOrAdd(text, 25, 28), the);
  assert.equal(table.isNew, false);
  assert.equal(table.find(text, 29, 35), troops);
  assert.equal(table.word(troops), 'troops');
  // A prefix of a kept word is another word.
  assert.equal(table.find(text, 0, 5), -1);
});

test('thousands of words survive the table growing, and clear forgets them all', () => {
  const table = new SpanTable();
  const words = Array.from({ length: 20_000 }, (_, i) => `village${i}`);
  for (const w of words) table.findOrAdd(w, 0, w.length);
  assert.equal(table.size, words.length);
  for (let i = 0; i < words.length; i += 997) assert.equal(table.find(` ${words[i]} `, 1, words[i].length + 1), i);
  table.clear();
  assert.equal(table.size, 0);
  assert.equal(table.find(words[5], 0, words[5].length), -1);
  assert.equal(table.findOrAdd(words[7], 0, words[7].length), 0);
});

test('a kept word reads back whole, however long, with its odd characters', () => {
  const table = new SpanTable();
  const url = 'https://example.org/' + 'a'.repeat(10_000);
  const odd = 'Miličević\ud83d';
  assert.equal(table.word(table.findOrAdd(url, 0, url.length)), url);
  assert.equal(table.word(table.findOrAdd(`(${odd})`, 1, odd.length + 1)), odd);
});
