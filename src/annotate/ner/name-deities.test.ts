import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { dropDeities, markFounders } from './name-deities.ts';
import { mentionAt as at } from './test-mentions.ts';

const show = (text: string, ms: Mention[]) => ms.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('every reading of God or the devil is dropped, a knowledge-base match and other names stay', () => {
  const text = 'The fighters swore by God and Allah to defeat Satan, said Godfrey of Aleppo.';
  const ms = [at(text, 'God', 'LOC'), at(text, 'Allah', 'PERSON'), at(text, 'Satan', 'ORG', 'kb:satan-band'), at(text, 'Godfrey', 'PERSON'), at(text, 'Aleppo', 'GPE')];
  assert.deepEqual(show(text, dropDeities(text, ms)), ['Satan:ORG', 'Godfrey:PERSON', 'Aleppo:GPE']);
});

test('a founder of a faith read as a place is a person; other places stay', () => {
  const text = 'Images of the Buddha were carried from Lumbini.';
  const ms = [at(text, 'Buddha', 'LOC'), at(text, 'Lumbini', 'LOC')];
  assert.deepEqual(show(text, markFounders(text, ms)), ['Buddha:PERSON', 'Lumbini:LOC']);
});
