import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isFacilityName } from './name-facilities.ts';

test('a name ending with a building or site word is a facility', () => {
  for (const name of ['Orvel Space Center', 'Marrow House', 'Tiller Museum of Flight and Sea Museum', 'Dunmore Towers', 'Kessel Visitor Complex', 'Brannick Air Base', 'Vosk City Hall']) {
    assert.equal(isFacilityName(name), true, name);
  }
});

test('a body whose name only holds such a word, or ends otherwise, is none', () => {
  for (const name of ['House of Delegates', 'Centre Party', 'Museum Trust', 'Marrow Housing', 'Orvel Centers Group']) {
    assert.equal(isFacilityName(name), false, name);
  }
});
