import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.ts';
import { isFacilityName, readsAsFacility } from './name-facilities.ts';
import type { NameLists } from './name-lists.ts';

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

test('a "person" named like a facility is one unless a known given name opens the name', () => {
  const lists: NameLists = {
    first: new Gazetteer('first', ['monty']),
    lower: new Gazetteer('lower', []),
    geo: new Gazetteer('geo', []),
    norp: new Gazetteer('norp', []),
  };
  assert.equal(readsAsFacility('Orvel Memorial Hall Station', 'PERSON', lists), true);
  assert.equal(readsAsFacility('Phillby House', 'PERSON', lists), true);
  assert.equal(readsAsFacility('Monty Hall', 'PERSON', lists), false);
  assert.equal(readsAsFacility('Hall', 'PERSON', lists), false);
  assert.equal(readsAsFacility('Monty Hall', 'ORG', lists), true);
  assert.equal(readsAsFacility('Phillby House', 'NORP', lists), false);
});
