import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withRoom } from './growable.ts';

test('an array with room is kept; a full one is copied into one of its kind, at least doubled', () => {
  const ids = Int32Array.of(7, -3, 11);
  assert.equal(withRoom(ids, 3), ids);
  const grown = withRoom(ids, 4);
  assert.ok(grown instanceof Int32Array);
  assert.deepEqual([...grown], [7, -3, 11, 0, 0, 0]);
  const sums = withRoom(Float32Array.of(0.5), 10);
  assert.ok(sums instanceof Float32Array);
  assert.equal(sums.length, 10);
  assert.equal(sums[0], 0.5);
  assert.equal(withRoom(new Uint8Array(0), 1).length, 1);
});
