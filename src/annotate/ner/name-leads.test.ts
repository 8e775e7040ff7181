import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.ts';
import { splitLeadingWords } from './name-leads.ts';
import type { NameLists } from './name-lists.ts';
import type { NerSpan } from './tagger.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['marta', 'enver', 'luiz', 'assan']),
  lower: new Gazetteer('lower', ['works']),
  geo: new Gazetteer('geo', ['kessel', 'marta ossington']),
  norp: new Gazetteer('norp', []),
};
const parts = (text: string, phrase: string, label: NerSpan['label'] = 'ORG') => {
  const start = text.indexOf(phrase);
  return splitLeadingWords(text, { start, end: start + phrase.length, label, score: 0.7 }, lists).map((s) => `${text.slice(s.start, s.end)}:${s.label}`);
};

test('a title or a role before a person read in one run is dropped from the person', () => {
  const colonel = 'Colonel Marta Vilkova arrived.';
  assert.deepEqual(parts(colonel, 'Colonel Marta Vilkova'), ['Marta Vilkova:PER']);
  const ceo = 'Orvel CEO Enver Dunn spoke.';
  assert.deepEqual(parts(ceo, 'Orvel CEO Enver Dunn', 'LOC'), ['Enver Dunn:PER']);
});

test("an organisation named before its member is a mention of its own; a people's word is dropped", () => {
  const council = 'The Refugee Council Enver Dunn said.';
  assert.deepEqual(parts(council, 'Refugee Council Enver Dunn'), ['Refugee Council:ORG', 'Enver Dunn:PER']);
  const people = 'Veldaran Marta Vilkova won.';
  assert.deepEqual(parts(people, 'Veldaran Marta Vilkova', 'LOC'), ['Marta Vilkova:PER']);
});

test('names that only end like a person stay whole', () => {
  // No known given name, a common word or a place as family name, a place's name, "of" before,
  // and a person's own three names.
  for (const [text, phrase, label] of [
    ['The Refugee Council Talia Dunn said.', 'Refugee Council Talia Dunn', 'ORG'],
    ['The Kessel Marta Works opened.', 'Kessel Marta Works', 'ORG'],
    ['The Colonel Marta Kessel road.', 'Colonel Marta Kessel', 'LOC'],
    ['In Colonel Marta Ossington today.', 'Colonel Marta Ossington', 'LOC'],
    ['The House of Luiz Caloi sold bikes.', 'House of Luiz Caloi', 'ORG'],
    ['Then Veldaran Assan Abdullah spoke.', 'Veldaran Assan Abdullah', 'PER'],
  ] as const) {
    assert.deepEqual(parts(text, phrase, label), [`${phrase}:${label}`], phrase);
  }
});

test('a span of two words is kept whole, however many words follow it in the text', () => {
  // The title and the name run on past the span: only the span's own words count.
  const text = 'Colonel Marta Vilkova Dunn arrived.';
  assert.deepEqual(parts(text, 'Colonel Marta'), ['Colonel Marta:ORG']);
  assert.deepEqual(parts(text, 'Colonel Marta Vilkova'), ['Marta Vilkova:PER']);
});
