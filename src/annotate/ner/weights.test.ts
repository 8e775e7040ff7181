import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAG_COUNT } from './labels.ts';
import { CompactWeights, decodeWeights, encodeWeights } from './weights.ts';

test('weights survive encoding within int16 quantisation, and absent features add nothing', () => {
  const buckets = Uint32Array.from([3, 70, 4_000_000]);
  const rows = new Float32Array(buckets.length * TAG_COUNT).map((_, i) => ((i * 7919) % 200) / 10 - 10);
  const table = decodeWeights(encodeWeights(buckets, rows));
  const direct = CompactWeights.fromRows(buckets, rows);
  for (const [r, b] of [...buckets].entries()) {
    const got = new Float64Array(TAG_COUNT), want = new Float64Array(TAG_COUNT);
    table.add(b, got);
    direct.add(b, want);
    for (let t = 0; t < TAG_COUNT; t++) {
      assert.ok(Math.abs(got[t] * table.scale - rows[r * TAG_COUNT + t]) < 1e-3, `bucket ${b} tag ${t}`);
      assert.equal(want[t], got[t]);
    }
  }
  const none = new Float64Array(TAG_COUNT);
  table.add(12345, none);
  assert.ok(none.every((v) => v === 0));
});

test('adding a batch of features into their tokens\' rows gives the sums of adding them one by one', () => {
  const buckets = Uint32Array.from([5, 900, 70_000, 3_000_000]);
  const rows = new Float32Array(buckets.length * TAG_COUNT).map((_, i) => ((i * 104729) % 300) / 10 - 15);
  const table = CompactWeights.fromRows(buckets, rows);
  // Three tokens; kept features (one twice, on different tokens and on the same token) mixed with absent ones.
  const features = Uint32Array.from([900, 12345, 5, 3_000_000, 900, 900, 777, 70_000]);
  const token = [0, 0, 0, 1, 1, 1, 2, 2];
  const at = Int32Array.from(token, (t) => t * TAG_COUNT);
  const batch = new Int32Array(3 * TAG_COUNT);
  table.addEach(features, at, features.length, batch);
  const oneByOne = new Float64Array(3 * TAG_COUNT);
  const row = new Float64Array(TAG_COUNT);
  features.forEach((f, k) => {
    row.fill(0);
    table.add(f, row);
    for (let t = 0; t < TAG_COUNT; t++) oneByOne[token[k] * TAG_COUNT + t] += row[t];
  });
  assert.deepEqual([...batch], [...oneByOne]);
  assert.ok(batch.some((v) => v !== 0), 'kept features add something');
});
