import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FNV_OFFSET, FNV_PRIME, fnv1a } from './fnv.ts';

test('fnv1a gives the published 32-bit FNV-1a values of ASCII words', () => {
  // The reference implementation's test vectors (unsigned).
  assert.equal(fnv1a('', 0, 0) >>> 0, 0x811c9dc5);
  assert.equal(fnv1a('a', 0, 1) >>> 0, 0xe40c292c);
  assert.equal(fnv1a('foobar', 0, 6) >>> 0, 0xbf9cf968);
});

test('a span hashes as the word cut out of the text, and as a scan folding its characters in', () => {
  const text = 'Shelling near Kŭlob, “Taliban’s” fighters';
  for (const [start, end] of [[0, 8], [14, 19], [21, 31], [5, 5], [0, text.length]]) {
    const word = text.slice(start, end);
    assert.equal(fnv1a(text, start, end), fnv1a(word, 0, word.length), word);
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    assert.equal(fnv1a(text, start, end), h | 0, word);
  }
  assert.notEqual(fnv1a(text, 14, 19), fnv1a(text.toLowerCase(), 14, 19));
});
