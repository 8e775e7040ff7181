import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.ts';
import { splitPersonFromOrg } from './person-splits.ts';
import type { NameLists } from './name-lists.ts';
import type { NerSpan } from './tagger.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['jeremy', 'nova', 'christian']),
  lower: new Gazetteer('lower', ['estate', 'house']),
  geo: new Gazetteer('geo', ['nova scotia', 'marla', 'kessel']),
  norp: new Gazetteer('norp', []),
};
const org = (text: string, phrase: string): NerSpan => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, label: 'ORG', score: 0.8 };
};
const parts = (text: string, phrase: string) =>
  splitPersonFromOrg(text, org(text, phrase), lists).map((s) => [text.slice(s.start, s.end), s.label]);

test("an organisation's member named after it is a person of their own", () => {
  const text = "The Civic Party's Jeremy Tam won a seat.";
  assert.deepEqual(parts(text, "Civic Party's Jeremy Tam"), [['Civic Party', 'ORG'], ['Jeremy Tam', 'PER']]);
});

test('a person named before "of the" organisation is split from it', () => {
  const text = 'Jeremy Tam of the Civic Party spoke.';
  assert.deepEqual(parts(text, 'Jeremy Tam of the Civic Party'), [['Jeremy Tam', 'PER'], ['Civic Party', 'ORG']]);
});

test('organisation names that merely open with a given name stay whole', () => {
  const party = 'Christian Democratic Party of Timor';
  assert.deepEqual(parts(`The ${party} met.`, party), [[party, 'ORG']]);
  const house = 'Nova Scotia House of Assembly';
  assert.deepEqual(parts(`The ${house} sat.`, house), [[house, 'ORG']]);
});

test('beside a party named by its head noun or an acronym, a person needs no known given name', () => {
  const text = 'Talia Wen of the Civic Party won.';
  assert.deepEqual(parts(text, 'Talia Wen of the Civic Party'), [['Talia Wen', 'PER'], ['Civic Party', 'ORG']]);
  const acronym = "The DAB's Rorey Lam won.";
  assert.deepEqual(parts(acronym, "DAB's Rorey Lam"), [['DAB', 'ORG'], ['Rorey Lam', 'PER']]);
});

test('a state, a numbered unit or a name beside no plain organisation stays whole', () => {
  const state = 'Islamic Republic of Veldor';
  assert.deepEqual(parts(`The ${state} voted.`, state), [[state, 'ORG']]);
  const corps = 'IV Corps of the Army';
  assert.deepEqual(parts(`The ${corps} marched.`, corps), [[corps, 'ORG']]);
});

test("beside a plain organisation, a person's given name that is also a town's is still a person's", () => {
  const text = "The People Party's Marla Ip won.";
  assert.deepEqual(parts(text, "People Party's Marla Ip"), [['People Party', 'ORG'], ['Marla Ip', 'PER']]);
  const beside = "Kessel Works's Marla Ip spoke.";
  assert.deepEqual(parts(beside, "Kessel Works's Marla Ip"), [["Kessel Works's Marla Ip", 'ORG']]);
  const place = "The Party's Nova Scotia office opened.";
  assert.deepEqual(parts(place, "Party's Nova Scotia"), [["Party's Nova Scotia", 'ORG']]);
});
