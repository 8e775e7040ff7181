import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NUMBER, findNumbers, readNumber } from './numbers.ts';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m[1] ?? null, m[2] ?? null]);

// Sentences written for this test: numbers at the start, after punctuation, inside codes and words,
// in words and scales, vague, glued to letters that are not ASCII, and with the long s that /iu folds.
const SENTENCES = [
  'Twelve soldiers and 1,500 civilians fled; forty-two were hurt.',
  'At least two hundred people died, and tens of thousands fled on 7:30 trains.',
  'The F-16 hit MH17 near AK-47 stores; 3.5 km away, 12,5 and 1,2345 stood.',
  'An estimated a dozen, half a dozen, dozens, Scores and several were seen.',
  'A hundred men, an thousand, a million women: SEVENTEEN ninety-Nine.',
  'ſeven ſoldiers and thouſands of ſeveral fled; Kelvin K9 and Ktwo.',
  'éfive, fivé, x5, _5, 5_, 2/3, 4.5.6, one-two, oneself, tens, ones.',
  '٣ rockets and 𝟓 shells; Ⅻ guards; 10-15 dead; 20–30 hurt.',
  '',
  '5',
  'nine',
];

test('the candidate scan finds every number the full pattern finds, and nothing else', () => {
  for (const s of SENTENCES) assert.deepEqual(spans(findNumbers(s)), spans(s.matchAll(NUMBER)), s);
});

test('numbers in words, digits and scales read to their value', () => {
  const read = (s: string) => {
    const [m] = findNumbers(s);
    return readNumber(m[1], m[2])?.value;
  };
  assert.equal(read('forty-two dead'), 42);
  assert.equal(read('1,500 fled'), 1500);
  assert.equal(read('two hundred people'), 200);
  assert.equal(read('a dozen men'), 12);
  assert.equal(readNumber(undefined, '3.5'), null);
});
