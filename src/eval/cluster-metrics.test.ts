import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterScores } from './cluster-metrics.ts';

test('a perfect partition scores 1 everywhere', () => {
  const s = clusterScores(['drill', 'drill', 'raid'], ['s1', 's1', 's2']);
  assert.deepEqual(s, { b3Precision: 1, b3Recall: 1, b3F1: 1, pairF1: 1 });
});

test('lumping two stories together costs B³ precision, not recall', () => {
  const s = clusterScores(['drill', 'drill', 'raid', 'raid'], ['s1', 's1', 's1', 's1']);
  assert.equal(s.b3Recall, 1);
  assert.equal(s.b3Precision, 0.5);
  assert.ok(Math.abs(s.pairF1 - 0.5) < 1e-9, 'two true pairs among six predicted');
});

test('splitting every article apart costs recall', () => {
  const s = clusterScores(['drill', 'drill'], ['s1', 's2']);
  assert.equal(s.b3Precision, 1);
  assert.equal(s.b3Recall, 0.5);
  assert.equal(s.pairF1, 0);
});
