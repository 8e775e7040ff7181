import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './text.ts';

test('tokenize reuses one scan: a short name after a long report gets its own words only, and earlier tokens stay as they were', () => {
  // More words than the scan's first arrays hold, so they grow before the short name comes.
  const report = Array.from({ length: 400 }, (_, i) => `Delegate${i} met officials in Kestrel's capital`).join('. ');
  const long = tokenize(report);
  assert.equal(long.length, 400 * 5 + 400);
  const firstBefore = { ...long[0] }, lastBefore = { ...long[long.length - 1] };
  const short = tokenize("Qa'ida in Tovmar");
  assert.deepEqual(short.map((t) => [t.start, t.end, t.raw, t.norm]), [[0, 6, 'Qaida', 'qaida'], [7, 9, 'in', 'in'], [10, 16, 'Tovmar', 'tovmar']]);
  assert.deepEqual(long[0], firstBefore);
  assert.deepEqual(long[long.length - 1], lastBefore);
  assert.equal(tokenize('').length, 0);
});
