import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { Gazetteer } from './gazetteer.ts';
import { markNameParts } from './name-parts.ts';
import type { NameLists } from './name-lists.ts';
import { mentionAt } from './test-mentions.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['marta']),
  lower: new Gazetteer('lower', ['but', 'classic', 'rose']),
  geo: new Gazetteer('geo', []),
  norp: new Gazetteer('norp', []),
};

/** A mention of the nth (0-based) occurrence of `phrase` in `text`. */
const at = (text: string, phrase: string, type: EntityType, nth = 0, rule = 'ner-perceptron', kbId: string | null = null) => mentionAt(text, phrase, type, kbId, nth, rule);
const read = (text: string, ms: Mention[]) => markNameParts(text, ms, lists).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a name read as a person alone is that person where else it stands alone, read as a place or not at all', () => {
  const text = 'Vilkova arrived on Monday. The judge cleared Vilkova of all charges. Vilkova said she was relieved.';
  const ms = [at(text, 'Vilkova', 'PERSON'), at(text, 'Vilkova', 'LOC', 1)];
  assert.deepEqual(read(text, ms), ['Vilkova:PERSON', 'Vilkova:PERSON', 'Vilkova:PERSON']);
});

test("the possessive keeps the person's span to the name", () => {
  const text = "Orlik testified. Orlik's lawyer objected.";
  const out = markNameParts(text, [at(text, 'Orlik', 'PERSON')], lists);
  assert.deepEqual(out.map((m) => text.slice(m.start, m.end)), ['Orlik', 'Orlik']);
});

test('inside a longer name, after "the", "in" or "at", or over a knowledge-base match, the name is left alone', () => {
  const text = 'Kessling spoke. Traffic on Kessling Street stopped. He lives in Kessling now. The Kessling sank. Kessling left then.';
  const ms = [at(text, 'Kessling', 'PERSON'), at(text, 'Kessling Street', 'FAC'), at(text, 'Kessling', 'GPE', 4, 'kb-alias', 'geo:1')];
  assert.deepEqual(read(text, ms), ['Kessling:PERSON', 'Kessling Street:FAC', 'Kessling:GPE']);
});

test('a capitalised common word opening the sentence does not hide the name; another capitalised name does', () => {
  const text = 'Brandt won. But Brandt lost later. The Classic Brandt fans cheered. Anna Brandt waved.';
  assert.deepEqual(read(text, [at(text, 'Brandt', 'PERSON')]), ['Brandt:PERSON', 'Brandt:PERSON']);
});

test('a month, a title or a common word read as a person is not repeated', () => {
  const text = 'May spoke. In May, Rose met General Tavo; Rose fell and General rose.';
  const ms = [at(text, 'May', 'PERSON'), at(text, 'Rose', 'PERSON'), at(text, 'General', 'PERSON')];
  assert.deepEqual(read(text, ms), ['May:PERSON', 'Rose:PERSON', 'General:PERSON']);
});

test('a full name adds no unread mention of its surname (see the file comment)', () => {
  const text = 'Marta Vilkova arrived. Vilkova said little.';
  assert.deepEqual(read(text, [at(text, 'Marta Vilkova', 'PERSON')]), ['Marta Vilkova:PERSON']);
});

test("a surname read as a place, even a known one, is the person named in full in the text", () => {
  const text = 'Marta Ossington was born in Bern. Ossington left the ship in 2007, and Ossington claims her passport was taken.';
  const ms = [at(text, 'Marta Ossington', 'PERSON'), at(text, 'Bern', 'GPE', 0, 'kb-alias', 'geo:bern'), at(text, 'Ossington', 'GPE', 1, 'kb-alias', 'geo:ossington'), at(text, 'Ossington', 'LOC', 2)];
  assert.deepEqual(read(text, ms), ['Marta Ossington:PERSON', 'Bern:GPE', 'Ossington:PERSON', 'Ossington:PERSON']);
  assert.deepEqual(markNameParts(text, ms, lists).map((m) => m.kbId), [null, 'geo:bern', null, null]);
});

test('the surname stays a place where it is one: after "in", inside a longer name, or known as a body', () => {
  const text = 'Marta Ossington arrived. She lived in Ossington, near Ossington Bay. Ossington voted.';
  const ms = [
    at(text, 'Marta Ossington', 'PERSON'), at(text, 'Ossington', 'GPE', 1, 'kb-alias', 'geo:ossington'),
    at(text, 'Ossington Bay', 'LOC'), at(text, 'Ossington', 'ORG', 3, 'kb-alias', 'org:ossington'),
  ];
  assert.deepEqual(read(text, ms), ['Marta Ossington:PERSON', 'Ossington:GPE', 'Ossington Bay:LOC', 'Ossington:ORG']);
});
