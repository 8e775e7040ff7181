// The committed weights are keyed by these hashes: pinned values catch any change to how a feature
// is hashed, and the signed forms the tagger's hot loops use carry the very same bits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feat1, feat1i, feat2, feat2i, feat3, feat3i } from './hash.ts';

test('feature hashes keep the values the weights were trained with', () => {
  assert.equal(feat1(1, 0x811c9dc5), 1940861560);
  assert.equal(feat1(17, 64), 486043033);
  assert.equal(feat2(7, 123456789, 4000000000), 1884341478);
  assert.equal(feat2(40, 3, 2), 2370978437);
  assert.equal(feat3(26, 1, 2, 3), 3504281325);
  assert.equal(feat3(14, 4294967295, 0, 2147483648), 1742840940);
});

test('the signed forms store the same bits into a Uint32Array', () => {
  const stored = new Uint32Array(3);
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  let negative = 0;
  for (let k = 0; k < 2000; k++) {
    const t = next() % 70, a = next(), b = next(), c = next();
    stored[0] = feat1i(t, a);
    stored[1] = feat2i(t, a, b);
    stored[2] = feat3i(t, a, b, c);
    assert.deepEqual([...stored], [feat1(t, a), feat2(t, a, b), feat3(t, a, b, c)]);
    if (feat2i(t, a, b) < 0) negative++;
  }
  assert.ok(negative > 0, 'some signed values are negative, so the check means something');
});
