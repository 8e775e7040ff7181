import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationsInText } from './abbreviations.ts';

test('abbreviations are found only right after a comma and at most two spaces', () => {
  const text = 'WILMINGTON, Del. — Police in Paris, TX, said a man from York,   Pa. and one from Erie,Pa- One Ohio, Pa, stayed; NC was quiet.';
  const found = abbreviationsInText(text);
  assert.deepEqual(found.map(([, s]) => s), ['Del.', 'TX', 'Pa']);
  for (const [start, surface] of found) assert.equal(text.slice(start, start + surface.length), surface);
  assert.equal(text[found[1][0] - 2], ',');
});
