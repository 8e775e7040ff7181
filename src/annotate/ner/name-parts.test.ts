import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { Gazetteer } from './gazetteer.ts';
import { markNameParts } from './name-parts.ts';
import type { NameLists } from './name-lists.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['marta', 'ben', 'olga', 'pavel']),
  lower: new Gazetteer('lower', ['but', 'classic']),
  geo: new Gazetteer('geo', ['kessling']),
  norp: new Gazetteer('norp', []),
};

/** A mention of the nth (0-based) occurrence of `phrase` in `text`. */
function at(text: string, phrase: string, type: EntityType, nth = 0, rule = 'ner-perceptron', kbId: string | null = null): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  return { start, end: start + phrase.length, type, kbId, rule };
}
const read = (text: string, ms: Mention[]) => markNameParts(text, ms, lists).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a lone surname after the full name is the person, read as a place or not read at all', () => {
  const text = 'Marta Vilkova arrived on Monday. The judge cleared Vilkova of all charges. Vilkova said she was relieved.';
  const ms = [at(text, 'Marta Vilkova', 'PERSON'), at(text, 'Vilkova', 'LOC', 1)];
  assert.deepEqual(read(text, ms), ['Marta Vilkova:PERSON', 'Vilkova:PERSON', 'Vilkova:PERSON']);
});

test("the possessive keeps the person's span to the name", () => {
  const text = "Pavel Orlik testified. Orlik's lawyer objected.";
  const out = markNameParts(text, [at(text, 'Pavel Orlik', 'PERSON')], lists);
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)), ['Pavel Orlik', 'Orlik']);
});

test('a surname inside a longer name, after a preposition of place, or matched by the knowledge base is left alone', () => {
  const text = 'Ben Kessling spoke. Traffic on Kessling Street stopped. He lives in Kessling now. Kessling left then.';
  const ms = [at(text, 'Ben Kessling', 'PERSON'), at(text, 'Kessling Street', 'FAC'), at(text, 'Kessling', 'GPE', 2, 'kb-alias', 'geo:1')];
  assert.deepEqual(read(text, ms), ['Ben Kessling:PERSON', 'Kessling Street:FAC', 'Kessling:GPE', 'Kessling:PERSON']);
});

test('a capitalised common word opening the sentence does not hide the surname; another capitalised name does', () => {
  const text = 'Olga Brandt won. But Brandt lost later. The Classic Brandt fans cheered. Anna Brandt waved.';
  const ms = [at(text, 'Olga Brandt', 'PERSON')];
  assert.deepEqual(read(text, ms), ['Olga Brandt:PERSON', 'Brandt:PERSON']);
});

test('a given name is the person only when one person in the text bears it', () => {
  const one = 'Olga Brandt sang. Later, Olga danced.';
  assert.deepEqual(read(one, [at(one, 'Olga Brandt', 'PERSON')]), ['Olga Brandt:PERSON', 'Olga:PERSON']);
  const two = 'Olga Brandt sang. Olga Petrova played. Later, Olga danced.';
  assert.deepEqual(read(two, [at(two, 'Olga Brandt', 'PERSON'), at(two, 'Olga Petrova', 'PERSON')]), ['Olga Brandt:PERSON', 'Olga Petrova:PERSON']);
});

test('a month is never a surname, and a run opening with a surname is no second person', () => {
  const text = 'Theresa May spoke in May. Ben Warhol painted; the Warhol Polaroid hung there. A Polaroid fell.';
  const ms = [at(text, 'Theresa May', 'PERSON'), at(text, 'Ben Warhol', 'PERSON'), at(text, 'Warhol Polaroid', 'PERSON')];
  assert.deepEqual(read(text, ms), ['Theresa May:PERSON', 'Ben Warhol:PERSON', 'Warhol Polaroid:PERSON']);
});

test('a name read as a person alone is that person where else it stands alone, but not after "in" or "the"', () => {
  const text = 'Pompey took command. Later, Pompey marched north. He camped in Pompey overnight. The Pompey was a ship.';
  const ms = [at(text, 'Pompey', 'PERSON')];
  assert.deepEqual(read(text, ms), ['Pompey:PERSON', 'Pompey:PERSON']);
});

test('a full name\'s surname after "the" is left alone', () => {
  const text = 'Olga Brandt founded a firm. The Brandt was its first ship.';
  assert.deepEqual(read(text, [at(text, 'Olga Brandt', 'PERSON')]), ['Olga Brandt:PERSON']);
});
