import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { Gazetteer } from './gazetteer.ts';
import { markCuedPersons } from './name-cues.ts';
import type { NameLists } from './name-lists.ts';
import { mentionAt } from './test-mentions.ts';

const lists: NameLists = {
  first: new Gazetteer('first', []),
  lower: new Gazetteer('lower', ['members', 'later']),
  geo: new Gazetteer('geo', ['varna']),
  norp: new Gazetteer('norp', []),
};
const at = (text: string, phrase: string, type: EntityType) => mentionAt(text, phrase, type);
const read = (text: string, ms: Mention[]) => markCuedPersons(text, ms, lists).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('an unread word before ", who" or ", whose" is a person', () => {
  const text = 'Ostrava, whose grandmother was Serbian, played there. Later Vrell, who sang, left.';
  assert.deepEqual(read(text, []), ['Ostrava:PERSON', 'Vrell:PERSON']);
});

test("a quotation's speaker is a person, read as nothing or as a place", () => {
  const text = '"It went around the world," Leiven said. "We will wait," said Gilbo.';
  assert.deepEqual(read(text, [at(text, 'Gilbo', 'LOC')]), ['Leiven:PERSON', 'Gilbo:PERSON']);
});

test('an organisation speaking, a known place, a title and part of a longer name stay as they are', () => {
  const text = '"Goodbye," Vexcorp says. "Fine," said Varna. "No," said Ms. Holt. Anna Vrell, who sang, left.';
  const ms = [at(text, 'Vexcorp', 'ORG'), at(text, 'Anna Vrell', 'PERSON')];
  assert.deepEqual(read(text, ms), ['Vexcorp:ORG', 'Anna Vrell:PERSON']);
});

test('a one-word place reading no list knows, owning something, is a person; a known place or "the Earth" is not', () => {
  const text = "The judge in Dulfy's fraud trial spoke of Varna's harbour and the Earth's oceans.";
  const ms = [at(text, 'Dulfy', 'LOC'), at(text, 'Varna', 'GPE'), at(text, 'Earth', 'LOC')];
  assert.deepEqual(read(text, ms), ['Dulfy:PERSON', 'Varna:GPE', 'Earth:LOC']);
});
