import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTag, typeIndex } from './labels.ts';
import { countSpans, emptyCounts, microScore, spansToTags, stripTitles, tagsToSpans, typeScore } from './spans.ts';

const PER = typeIndex('PER'), LOC = typeIndex('LOC');
const tags = (s: string) => s.split(' ').map(parseTag);

test('BIO2 tags become spans; adjacent entities of one type stay apart', () => {
  const spans = tagsToSpans(tags('B-PER I-PER B-PER O B-LOC'));
  assert.deepEqual(spans, [
    { start: 0, end: 2, type: PER }, { start: 2, end: 3, type: PER }, { start: 4, end: 5, type: LOC },
  ]);
  assert.deepEqual(spansToTags(5, spans), tags('B-PER I-PER B-PER O B-LOC'));
});

test('a stray I- opens a span, as conlleval does', () => {
  assert.deepEqual(tagsToSpans(tags('O I-LOC I-LOC')), [{ start: 1, end: 3, type: LOC }]);
});

test('titles are stripped from the front of a person span, never the whole span', () => {
  const toks = ['Prime', 'Minister', 'Kakha', 'Kaladze', 'spoke'];
  assert.deepEqual(stripTitles(toks, { start: 0, end: 4, type: PER }), { start: 2, end: 4, type: PER });
  assert.deepEqual(stripTitles(['Mr.'], { start: 0, end: 1, type: PER }), { start: 0, end: 1, type: PER });
});

test('exact-match scoring: a boundary error is both a false positive and a false negative', () => {
  const c = emptyCounts();
  const gold = tagsToSpans(tags('B-PER I-PER O B-LOC'));
  const pred = tagsToSpans(tags('O B-PER O B-LOC'));
  countSpans(c, gold, pred, new Set([PER, LOC]));
  assert.equal(typeScore(c, LOC).f1, 1);
  assert.equal(typeScore(c, PER).f1, 0);
  const micro = microScore(c, [PER, LOC]);
  assert.equal(micro.precision, 0.5);
  assert.equal(micro.recall, 0.5);
});
