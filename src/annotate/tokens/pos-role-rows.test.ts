import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoleRows } from './pos-role-rows.ts';
import { AFTER, AS_NEXT, AS_PREV, BEFORE, OWN, ROLES, TAG_COUNT, roleFeatures, shape } from './pos-features.ts';
import { readPosWeights } from './pos-tagger.ts';
import type { PosWeights } from './pos-weights.ts';

/** The sums as the feature strings name them: the reading RoleRows must give without building them. */
function bySpelledFeatures(weights: PosWeights, word: string): Float64Array {
  const sums = new Float64Array(ROLES * TAG_COUNT);
  for (let role = 0; role < ROLES; role++) {
    for (const f of roleFeatures(word, role)) {
      const row = weights.get(f);
      if (row) for (let t = 0; t < TAG_COUNT; t++) sums[role * TAG_COUNT + t] += row[t];
    }
  }
  return sums;
}

test("a word's role rows equal the sum of its spelled-out features, known word or not", () => {
  const weights = readPosWeights();
  const rows = new RoleRows(weights);
  // Known and unknown words, short ones, capitals, digits, marks, non-ASCII letters, the stand-ins,
  // and one ending met twice (the second read comes from the suffix memo).
  const words = ['bombing', 'Bombing', 'shelling', 'Zrgwhatling', 'a', 'I', 'of', 'U.S.', '1,500', '--', '»', 'Khorog',
    'ÇANAKKALE', 'İstanbul', 'Kyiv-based', 'x', 'IMPD', 'bombed', 'qwbombed', BEFORE, AFTER];
  for (const word of words) {
    const sums = new Float64Array(ROLES * TAG_COUNT);
    const lower = rows.addTo(word, sums);
    assert.deepEqual([...sums], [...bySpelledFeatures(weights, word)], word);
    assert.equal(lower, word === BEFORE || word === AFTER ? word : word.toLowerCase());
  }
});

test('a weight of one feature kind moves only the role that feature belongs to', () => {
  const row = (t: number, v: number) => { const r = new Float32Array(TAG_COUNT); r[t] = v; return r; };
  const weights: PosWeights = new Map([['nw raid', row(1, 7)], ['s1 d', row(2, 3)], ['ps2 id', row(3, 5)]]);
  const sums = new Float64Array(ROLES * TAG_COUNT);
  new RoleRows(weights).addTo('Raid', sums);
  const expected = new Float64Array(ROLES * TAG_COUNT);
  expected[AS_NEXT * TAG_COUNT + 1] = 7;
  expected[OWN * TAG_COUNT + 2] = 3;
  expected[AS_PREV * TAG_COUNT + 3] = 5;
  assert.deepEqual([...sums], [...expected]);
});

test('a word shape reads ASCII by code as it reads every character by its case forms', () => {
  // The definition the model was trained with: digits, then case forms, each run of one class once.
  const byCaseForms = (word: string) => {
    let out = '', last = '';
    for (let i = 0; i < word.length && out.length < 6; i++) {
      const ch = word[i];
      const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
      if (c !== last) out += c;
      last = c;
    }
    return out;
  };
  for (const w of ['Khorog', '1,500', 'U.S.', 'Kyiv-based', 'ÇANAKKALE', 'İstanbul', 'ßtraße', '--', '$5bn', 'x_y', 'Ⅻ', '日本', 'McDonald’s']) {
    assert.equal(shape(w), byCaseForms(w), w);
  }
  assert.equal(shape('Kyiv-based'), 'Xx-x');
});
