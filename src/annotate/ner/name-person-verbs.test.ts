import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { markVerbCuedPersons } from './name-person-verbs.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => markVerbCuedPersons(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('an unread word that believes, marries or is a source is a person', () => {
  const text = 'Vardanyan believed the talks were over. Later Oskarsdottir married a sailor, according to Trevelyan.';
  assert.deepEqual(read(text, []), ['Vardanyan:PERSON', 'Oskarsdottir:PERSON', 'Trevelyan:PERSON']);
});

test('a place reading that speaks becomes a person; a firm that speaks stays a firm, one that was born does not', () => {
  const text = 'Kellerby said the deal was done. Brightwave said profits rose. Dunmore was born in 1950.';
  const ms = [at(text, 'Kellerby', 'LOC'), at(text, 'Brightwave', 'ORG'), at(text, 'Dunmore', 'ORG')];
  assert.deepEqual(read(text, ms), ['Kellerby:PERSON', 'Brightwave:ORG', 'Dunmore:PERSON']);
});

test('groups, pronouns, known places, the calendar and parts of longer names are no one', () => {
  const text = 'Prosecutors argued the case. He said no. In March said nothing. Paris said yes. The Church denied it. Glanrhyd Talbot said so. A senior Democrat said so.';
  assert.deepEqual(read(text, []), []);
});

test('a known identity is never retyped', () => {
  const text = 'Ruritania said it would reply.';
  assert.deepEqual(read(text, [at(text, 'Ruritania', 'GPE', 'kb:ru')]), ['Ruritania:GPE']);
});
