import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Gazetteer } from './gazetteer.ts';
import type { EntityType, Mention } from '../../model.ts';
import { markHyphenatedNames, readNameShape } from './name-shapes.ts';
import type { NameLists } from './name-lists.ts';
import type { NerSpan } from './tagger.ts';
import { mentionAt } from './test-mentions.ts';

const lists: NameLists = {
  first: new Gazetteer('first', ['moses', 'ram', 'grand', 'alfred', 'moon']),
  lower: new Gazetteer('lower', ['legends', 'grand', 'the', 'co', 'moon']),
  geo: new Gazetteer('geo', ['london']),
  norp: new Gazetteer('norp', ['german']),
};
const read = (text: string, phrase: string, label: NerSpan['label'] = 'MISC') => {
  const start = text.indexOf(phrase);
  return readNameShape(text, { start, end: start + phrase.length, label, score: 0.9 }, lists).label;
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

const at = mentionAt;
const hyphenated = (text: string, ms: Mention[]) => markHyphenatedNames(text, ms, lists).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a "person" whose name ends like a firm\'s is an organisation; a plain person stays one', () => {
  assert.equal(read('The lamps were made by Varro Design in Turin.', 'Varro Design', 'PER'), 'ORG');
  assert.equal(read('Ludo Farren GmbH was founded in 1922.', 'Ludo Farren GmbH', 'PER'), 'ORG');
  assert.equal(read('Ludo Farren founded a firm.', 'Ludo Farren', 'PER'), 'PER');
  assert.equal(read('Design was his life.', 'Design', 'PER'), 'PER');
});

test('a "person" whose name ends like a prize, an event or a show is no person', () => {
  const text = 'Ossel Kade Cup and the Marta Vell Show aired; Marta Vell hosted.';
  assert.equal(read(text, 'Ossel Kade Cup', 'PER'), 'MISC');
  assert.equal(read(text, 'Marta Vell Show', 'PER'), 'MISC');
  assert.equal(read(text, 'Marta Vell', 'PER'), 'PER');
  assert.equal(read('Cup won.', 'Cup', 'PER'), 'PER');
});

test('a family name and a hyphenated given name are a person, read wrongly, in part or not at all', () => {
  const text = "The party's Tam Ka-lok won; Moon Jae-in and Sung Wai-ming lost.";
  const ms = [at(text, 'Tam Ka-lok', 'ORG'), at(text, 'Moon', 'LOC')];
  assert.deepEqual(hyphenated(text, ms), ['Tam Ka-lok:PERSON', 'Moon Jae-in:PERSON', 'Sung Wai-ming:PERSON']);
});

test('a common word with a hyphen, a longer reading and a knowledge-base match are left alone', () => {
  const text = 'The Co-founder met Tam Ka-lok and Friends; Sung Wai-ming spoke.';
  const ms = [at(text, 'Tam Ka-lok and Friends', 'ORG'), at(text, 'Sung Wai-ming', 'ORG', 'kb:sung')];
  assert.deepEqual(hyphenated(text, ms), ['Tam Ka-lok and Friends:ORG', 'Sung Wai-ming:ORG']);
});

/** The names the shape's pattern finds on its own, each opening a word of the whole text: what the passes must read. */
function namesByPattern(text: string): string[] {
  const shape = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+(?![\p{L}\p{N}-])/gu;
  return [...text.matchAll(shape)].map((m) => `${m[0]}:PERSON`);
}

test('hyphens passed over unread hide no name the shape finds, whatever letters stand around them', () => {
  // Pieces of names, hyphens that join no given name, accented and astral letters (surrogate pairs), digits.
  const pieces = ['Kim', 'Jong', '-un', '-Un', '-', ' - ', 'pro-government', 'al-Qaeda', 'Éva', 'Lê', 'Ñu', '-ñu', '-ß',
    '𝐀b', 'Ab', '-𝐚', '𝐚', 'Ka', '-lok', '2-1', "O'", '.', ', ', ' ', ' ', ' ', 'Ho', 'Chi', '-minh', 'x-',
    ' Kim Jong', ' Tam Ka', ' Lê Văn', ' Ab 𝐀b', ' Ho Chi', ' Éva Ñu', '-lok', '-minh', '-un'];
  let seed = 7;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % pieces.length;
  let names = 0;
  for (let round = 0; round < 3000; round++) {
    let text = '';
    for (let k = 0; k < 12; k++) text += pieces[next()];
    const expected = namesByPattern(text);
    names += expected.length;
    assert.deepEqual(hyphenated(text, []), expected, text);
  }
  // The texts must hold names for the comparison to mean anything.
  assert.ok(names > 100, `only ${names} names in the generated texts`);
});
