import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { markDefinedAcronyms } from './name-acronyms.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => markDefinedAcronyms(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a name whose initials spell the bracketed acronym is the body, and so is every use of the acronym', () => {
  const text = 'Envoys met at the Northern Rivers Fisheries Council (NRFC) on Monday. NRFC inspectors left.';
  assert.deepEqual(read(text, []), ['Northern Rivers Fisheries Council:ORG', 'NRFC:ORG', 'NRFC:ORG']);
});

test('a name read as a place is retyped, with inner spaces in the brackets and a hyphenated word', () => {
  const text = 'Leaders came to the Indo - Pacific Trade Cooperation ( IPTC ) summit.';
  assert.deepEqual(read(text, [at(text, 'Indo - Pacific Trade Cooperation', 'LOC')]), ['Indo - Pacific Trade Cooperation:ORG', 'IPTC:ORG']);
});

test('an acronym before its bracketed name defines it too', () => {
  const text = 'He chaired the NCF (the Norlandic Cycling Federation) for years.';
  assert.deepEqual(read(text, [at(text, 'NCF', 'ORG')]), ['NCF:ORG', 'Norlandic Cycling Federation:ORG']);
});

test('initials that do not spell the acronym, places and persons are left as read', () => {
  const wrong = 'The Northern Rivers Council (NRFC) met.';
  assert.deepEqual(read(wrong, []), []);
  const place = 'Flights to the United Arab Emirates (UAE) resumed.';
  assert.deepEqual(read(place, [at(place, 'United Arab Emirates', 'GPE', 'kb:ae')]), ['United Arab Emirates:GPE']);
  const region = 'Oil from the Kurdistan Region of Iraq (KRI) flowed.';
  assert.deepEqual(read(region, [at(region, 'Kurdistan Region of Iraq', 'LOC')]), ['Kurdistan Region of Iraq:LOC']);
  const person = 'Anna Maria Berg (AMB) spoke.';
  assert.deepEqual(read(person, [at(person, 'Anna Maria Berg', 'PERSON')]), ['Anna Maria Berg:PERSON']);
});

test('acronyms of things are no bodies when the tagger reads them, but a knowledge-base match stays', () => {
  const text = 'An IED hit the convoy; two UAVs and the USB port failed; ISIS claimed it.';
  const ms = [at(text, 'IED', 'ORG'), at(text, 'UAVs', 'ORG'), at(text, 'USB', 'ORG'), at(text, 'ISIS', 'ARMED_GROUP', 'kb:isis')];
  assert.deepEqual(read(text, ms), ['ISIS:ARMED_GROUP']);
  const kb = 'The VAT was raised.';
  assert.deepEqual(read(kb, [at(kb, 'VAT', 'ORG', 'kb:vat')]), ['VAT:ORG']);
});

test('a plural acronym defines a kind of people or things, not a body', () => {
  const text = 'Aid reached Internally Displaced Persons ( IDPs ) and Unmanned Aerial Vehicles (UAVs) flew.';
  assert.deepEqual(read(text, []), []);
});

test('a defined name with no body\'s head noun, not read as a body, is a product, law or event', () => {
  const text = 'Users of Veltburg Web Explorer (VWE) and the Coastal Species Act (CSA) complained.';
  assert.deepEqual(read(text, []), []);
});
