import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { markDefinedPlaces } from './name-places.ts';
import { mentionAt } from './test-mentions.ts';

const types = (text: string, ms: Mention[]) => markDefinedPlaces(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a name the text defines as a village or a town is a place, and so are its other readings', () => {
  const text = 'Velkor is a small village in the hills. Troops reached Velkor on Monday. Ossdal, a market town, fell.';
  const ms = [mentionAt(text, 'Velkor', 'PERSON'), mentionAt(text, 'Velkor', 'ORG', null, 1), mentionAt(text, 'Ossdal', 'PERSON')];
  assert.deepEqual(types(text, ms), ['Velkor:LOC', 'Velkor:LOC', 'Ossdal:LOC']);
});

test('a person described otherwise, and a knowledge-base match, keep their type', () => {
  const text = 'Velkor is a small man. Ossdal, a village elder... no: Ossdal is the mayor. Kessel is a town, said Kessel.';
  const ms = [mentionAt(text, 'Velkor', 'PERSON'), mentionAt(text, 'Ossdal', 'PERSON', null, 1), mentionAt(text, 'Kessel', 'PERSON', 'kb:kessel')];
  assert.deepEqual(types(text, ms), ['Velkor:PERSON', 'Ossdal:PERSON', 'Kessel:PERSON']);
});
