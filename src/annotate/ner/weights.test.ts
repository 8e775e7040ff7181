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
