import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HALF_CHARS, SHORT_WORD, ShortWords, WORD_CODES } from './short-words.ts';

/** A word packed as chrono-scope's scan packs it. */
function pack(word: string): [number, number] {
  let first = 0;
  let second = 0;
  for (let i = 0; i < word.length; i++) {
    const code = WORD_CODES[word.charCodeAt(i)];
    assert.ok(code > 0, `${word} is made of word characters`);
    if (i < HALF_CHARS) first = (first << 6) | code;
    else second = (second << 6) | code;
  }
  return [first, second];
}

test('words that differ only in case, length or a late letter keep their own values', () => {
  const table = new ShortWords();
  const words = ['may', 'May', 'MAY', 'mayo', 'a', 'aa', 'a_', 'Kunduz', 'Kunduzz', 'Kundux', 'abcdefghij', 'abcdefghiJ', '_'];
  words.forEach((w, k) => table.add(...pack(w), k % 8));
  words.forEach((w, k) => assert.equal(table.get(...pack(w)), k % 8, w));
  assert.equal(table.get(...pack('mAy')), -1);
});

test('seeded words read back as a Map keeps them, through growth and after clearing', () => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_';
  let seed = 9;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const table = new ShortWords();
  const kept = new Map<string, number>();
  for (let k = 0; k < 30_000; k++) {
    let word = '';
    for (let n = 1 + Math.floor(next() * SHORT_WORD); n > 0; n--) word += letters[Math.floor(next() * letters.length)];
    if (kept.has(word)) continue;
    const value = Math.floor(next() * 8);
    kept.set(word, value);
    table.add(...pack(word), value);
  }
  assert.equal(table.size, kept.size);
  for (const [word, value] of kept) assert.equal(table.get(...pack(word)), value, word);
  table.clear();
  assert.equal(table.get(...pack([...kept.keys()][0])), -1);
});
