import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.ts';
import { holdsOrgHead, isPlaceNamedOrg } from './place-named-orgs.ts';
import type { NameLists } from './name-lists.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['chad', 'st.']),
  lower: new Gazetteer('lower', []),
  geo: new Gazetteer('geo', ['dushanbe', 'khujand', 'kansas', 'san francisco', 'chad', 'usa', 'st. kessel']),
  norp: new Gazetteer('norp', []),
};

test('a known place followed by a team, paper or body name is an organisation', () => {
  for (const name of ['Khujand United', 'Dushanbe Chronicle', 'Khujand Eagles', 'Khujand River Cats', 'St. Kessel Eagles', 'Air Khujand', 'Air San Francisco']) assert.ok(isPlaceNamedOrg(name, lists), name);
});

test('places, sites and compass names built on a place stay places', () => {
  for (const name of ['Kansas City', 'Khujand River', 'Kansas City Square', 'Dushanbe Airport', 'North Khujand', 'San Francisco', 'Khujand West', 'Kansas USA', 'Dushanbe', 'Chad Edwards'])
    assert.ok(!isPlaceNamedOrg(name, lists), name);
});

test("a place reading that holds a body's head noun after its first word is an organisation", () => {
  for (const name of ['Khujand Department of Roads', 'Kessel Unified School District', 'Orvel Intercollegiate Athletic Association']) assert.ok(holdsOrgHead(name), name);
  for (const name of ['United Arab Emirates', 'Soviet Union', 'North Union Boulevard', 'Union Square', 'Khujand', 'Kessel District', 'Orvel council area']) {
    assert.ok(!holdsOrgHead(name), name);
  }
});
