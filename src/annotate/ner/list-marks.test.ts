import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feat2, feat3 } from './hash.ts';
import { CAP_INDICES, LIST_MARKS, ListMarkFeatures, capIndex } from './list-marks.ts';
import { F_ALL_CAPS, F_FIRST, F_HAS_DIGIT, F_INIT_CAP } from './words.ts';

const TEMPLATES = { gaz: 19, gazCap: 20, capsGaz: 25, gazM1: 21, gazP1: 22 };

test('the tables hold the very hashes of each list, mark and capitalisation (the committed weights are keyed by them)', () => {
  const lists = 3;
  const t = new ListMarkFeatures(lists, TEMPLATES);
  for (let g = 0; g < lists; g++) {
    for (let m = 0; m < LIST_MARKS; m++) {
      const at = g * LIST_MARKS + m;
      assert.equal(t.gaz[at], feat2(TEMPLATES.gaz, g, m));
      assert.equal(t.capsGaz[at], feat2(TEMPLATES.capsGaz, g, m));
      assert.equal(t.gazM1[at], feat2(TEMPLATES.gazM1, g, m));
      assert.equal(t.gazP1[at], feat2(TEMPLATES.gazP1, g, m));
      for (const caps of [0, F_INIT_CAP, F_ALL_CAPS, F_INIT_CAP | F_ALL_CAPS]) {
        for (const first of [0, F_FIRST]) {
          // Flags gazCap does not conjoin (a digit) change nothing.
          const flags = caps | first | F_HAS_DIGIT;
          assert.equal(t.gazCap[at * CAP_INDICES + capIndex(flags)], feat3(TEMPLATES.gazCap, g, m, caps | first));
        }
      }
    }
  }
});
