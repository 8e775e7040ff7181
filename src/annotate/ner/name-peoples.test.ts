import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { Gazetteer } from './gazetteer.ts';
import { markCreedFollowers, markPeopleAdjectives, markPeoples } from './name-peoples.ts';
import type { NameLists } from './name-lists.ts';
import { mentionAt } from './test-mentions.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['hans', 'christian']),
  lower: new Gazetteer('lower', ['composite']),
  geo: new Gazetteer('geo', ['balkans', 'new orleans', 'veldaric']),
  norp: new Gazetteer('norp', []),
};
const at = mentionAt;
const types = (text: string, ms: Mention[]) => markPeoples(text, ms, lists).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test("a people's plural read as an organisation or a place is a people", () => {
  const text = 'The Veldarians and the Upper Kostans crossed the river.';
  assert.deepEqual(types(text, [at(text, 'Veldarians', 'ORG'), at(text, 'Upper Kostans', 'LOC')]), ['Veldarians:NORP', 'Upper Kostans:NORP']);
});

test('places, given names, common plurals, firms and knowledge-base matches keep their type', () => {
  const text = 'In the Balkans and New Orleans, Hans sold Composites to the Veldarian Union and the Kostans.';
  const ms = [
    at(text, 'Balkans', 'LOC'), at(text, 'New Orleans', 'GPE'), at(text, 'Hans', 'ORG'), at(text, 'Composites', 'ORG'),
    at(text, 'Veldarian Union', 'ORG'), at(text, 'Kostans', 'ORG', 'kb:kostans'),
  ];
  assert.deepEqual(types(text, ms), ['Balkans:LOC', 'New Orleans:GPE', 'Hans:ORG', 'Composites:ORG', 'Veldarian Union:ORG', 'Kostans:ORG']);
});

const adjectives = (text: string, ms: Mention[]) => markPeopleAdjectives(text, ms, lists).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test("a people's adjective read as a place before the noun it qualifies is a people", () => {
  const text = 'The Kostanic tribes and the Veldarian elite met the Orrean envoys.';
  const ms = [at(text, 'Kostanic', 'LOC'), at(text, 'Veldarian', 'ORG'), at(text, 'Orrean', 'LOC')];
  assert.deepEqual(adjectives(text, ms), ['Kostanic:NORP', 'Veldarian:NORP', 'Orrean:NORP']);
});

test('such a word standing as a name, a known place, a given name or a knowledge-base match keeps its type', () => {
  const text = 'Ships crossed the Kostanic as the Veldaric fleet sailed, Christian wrote, and the Orrean envoys left.';
  const ms = [at(text, 'Kostanic', 'LOC'), at(text, 'Veldaric', 'LOC'), at(text, 'Christian', 'ORG'), at(text, 'Orrean', 'GPE', 'kb:orrea')];
  assert.deepEqual(adjectives(text, ms), ['Kostanic:LOC', 'Veldaric:LOC', 'Christian:ORG', 'Orrean:GPE']);
});

test("a creed's followers read as a person, a body or a place are a people", () => {
  const text = 'Sunni Veldarians and Shiite clerics met; Druze leaders and the Sunni AMS agreed.';
  const ms = [at(text, 'Sunni Veldarians', 'PERSON'), at(text, 'Shiite', 'ORG'), at(text, 'Druze', 'LOC'), at(text, 'Sunni AMS', 'ORG')];
  const out = markCreedFollowers(text, ms, { ...lists, norp: new Gazetteer('norp', ['veldarians']) }).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
  assert.deepEqual(out, ['Sunni Veldarians:NORP', 'Shiite:NORP', 'Druze:NORP', 'Sunni AMS:ORG']);
});

test("creeds' followers are found in any case, and only as whole words", () => {
  const text = 'SUNNI Veldarians, sunni Veldarians, the Sunni-led Council and the Alawites met.';
  const ms = [at(text, 'SUNNI Veldarians', 'ORG'), at(text, 'sunni Veldarians', 'LOC'), at(text, 'Sunni-led Council', 'ORG'), at(text, 'Alawites', 'PERSON')];
  const out = markCreedFollowers(text, ms, { ...lists, norp: new Gazetteer('norp', ['veldarians']) }).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
  assert.deepEqual(out, ['SUNNI Veldarians:NORP', 'sunni Veldarians:NORP', 'Sunni-led Council:ORG', 'Alawites:NORP']);
});
