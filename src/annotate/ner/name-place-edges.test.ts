import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { trimPlaceEdges } from './name-place-edges.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => trimPlaceEdges(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}:${m.kbId ?? '-'}`);

test('a direction or the article before a place is cut off, its identity kept', () => {
  const text = 'Floods hit southern Moldavia and the Netherlands, then lowland Ruritania.';
  const ms = [at(text, 'southern Moldavia', 'GPE'), at(text, 'the Netherlands', 'GPE', 'kb:nl'), at(text, 'lowland Ruritania', 'LOC')];
  assert.deepEqual(read(text, ms), ['Moldavia:GPE:-', 'Netherlands:GPE:kb:nl', 'Ruritania:LOC:-']);
});

test('name particles stay, capitalised directions stay, and a place in lowercase keeps its words', () => {
  const text = 'Fighting near al Anbar and in Northern Ireland; we live in san marco.';
  const ms = [at(text, 'al Anbar', 'LOC'), at(text, 'Northern Ireland', 'GPE'), at(text, 'san marco', 'GPE')];
  assert.deepEqual(read(text, ms), ['al Anbar:LOC:-', 'Northern Ireland:GPE:-', 'san marco:GPE:-']);
});

test('only places lose a leading lowercase word, every name loses a closing dash', () => {
  const text = 'Reporters for Action Front - here - met the mayor of Bridgton - Sebago.';
  const ms = [at(text, 'Action Front -', 'ORG'), at(text, 'Bridgton -', 'GPE')];
  assert.deepEqual(read(text, ms), ['Action Front:ORG:-', 'Bridgton:GPE:-']);
  const desc = 'Ask the rebel Gorka about it.';
  assert.deepEqual(read(desc, [at(desc, 'rebel Gorka', 'PERSON')]), ['rebel Gorka:PERSON:-']);
});
