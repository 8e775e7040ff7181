import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.ts';
import { personShapedMisc } from './name-shapes.ts';
import type { NameLists } from './name-lists.ts';
import type { NerSpan } from './tagger.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['moses', 'ram', 'grand', 'alfred']),
  lower: new Gazetteer('lower', ['legends', 'grand']),
  geo: new Gazetteer('geo', ['london']),
  norp: new Gazetteer('norp', ['german']),
};
const read = (text: string, phrase: string, label: NerSpan['label'] = 'MISC') => {
  const start = text.indexOf(phrase);
  return personShapedMisc(text, { start, end: start + phrase.length, label, score: 0.9 }, lists).label;
};

test('a name opening with a known given name, read as a work, is a person', () => {
  assert.equal(read('See the entries for Moses Kellerman, London 1973.', 'Moses Kellerman'), 'PER');
  assert.equal(read('Thanks, Ram Tavory (e-mail)', 'Ram Tavory'), 'PER');
});

test('prizes, houses, places and other readings stay as they are', () => {
  assert.equal(read('He won the Alfred Dunmore Prize.', 'Alfred Dunmore Prize'), 'MISC');
  assert.equal(read('The Alfred Dunmore House is listed.', 'Alfred Dunmore House'), 'MISC');
  assert.equal(read('He moved to Moses London.', 'Moses London'), 'MISC');
  assert.equal(read('A Kellerman Moses sketch.', 'Kellerman Moses'), 'MISC');
  assert.equal(read('Moses Kellerman Ltd was sold.', 'Moses Kellerman', 'ORG'), 'ORG');
});
