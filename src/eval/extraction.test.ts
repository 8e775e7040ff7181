import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusScore, shingleMatch, tokens } from './extraction.ts';

test('tokens are runs of Unicode word characters; punctuation is dropped and case kept', () => {
  assert.deepEqual(tokens('Kyiv’s mayor — Vitali Klitschko — said: «12 hurt»'), ['Kyiv', 's', 'mayor', 'Vitali', 'Klitschko', 'said', '12', 'hurt']);
  assert.deepEqual(tokens('Ataque en Cúcuta_norte'), ['Ataque', 'en', 'Cúcuta_norte']);
});

test('identical texts match fully and count as exact; whitespace and punctuation do not matter', () => {
  const m = shingleMatch('Shelling hit the town overnight, officials said.', 'Shelling  hit the town overnight officials said');
  assert.deepEqual(m, { tp: 1, fp: 0, fn: 0, exact: true });
});

test('extra predicted text is a false positive, normalised by the document total', () => {
  // Truth: 5 tokens → 2 shingles. Prediction adds 2 tokens at the end → 4 shingles, 2 shared.
  const m = shingleMatch('one two three four five', 'one two three four five six seven');
  assert.equal(m.tp, 0.5);
  assert.equal(m.fp, 0.5);
  assert.equal(m.fn, 0);
  assert.equal(m.exact, false);
});

test('texts shorter than four tokens form a single shingle; empty text has none', () => {
  assert.deepEqual(shingleMatch('two words', 'two words'), { tp: 1, fp: 0, fn: 0, exact: true });
  assert.deepEqual(shingleMatch('', ''), { tp: 0, fp: 0, fn: 0, exact: true });
  const missed = shingleMatch('a b c d e', '');
  assert.equal(missed.fn, 1);
});

test('corpus figures: means of document P and R, F1 from the means, empty documents skipped', () => {
  const s = corpusScore([
    { tp: 0.5, fp: 0.5, fn: 0, exact: false }, // P 0.5, R 1
    { tp: 0, fp: 0, fn: 1, exact: false }, // nothing predicted: skipped for P, R 0
    { tp: 1, fp: 0, fn: 0, exact: true }, // P 1, R 1
  ]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 2 / 3);
  assert.ok(Math.abs(s.f1 - (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3)) < 1e-12);
  assert.equal(s.accuracy, 1 / 3);
  assert.equal(s.n, 3);
});
