import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { Gazetteer } from './gazetteer.ts';
import { markNameParts, standingAlone } from './name-parts.ts';
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

/** The reading standingAlone replaces: one regular expression of all the names, longest first. */
function byOnePattern(text: string, names: string[]): { start: number; name: string }[] {
  const alternation = [...names].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternation})(?![\\p{L}\\p{N}-])`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index!, name: m[0] }));
}

test('names standing alone: whole words only, the longer name first, never overlapping', () => {
  const text = "Herodias met Herod. Herod's son, al-Herod, Herod-Smith, Herod4 and O'Herod left; Herodias Herod.";
  const found = standingAlone(text, ['Herod', 'Herodias']);
  assert.deepEqual(found.map((f) => `${f.name}@${f.start}`), ['Herodias@0', 'Herod@13', 'Herod@20', 'Herodias@81', 'Herod@90']);
  assert.deepEqual(found, byOnePattern(text, ['Herod', 'Herodias']));
});

test('names standing alone are found where the one pattern finds them, surrogate pairs and repeats included', () => {
  // Seeded: the same texts every run. Letters, digits, joiners and a letter and a digit outside the BMP.
  const pieces = ['Ab', 'Abc', 'AbAb', 'Ab-', "'", '’', ' ', '.', 'x', '7', '𝐀', '𝟕', 'é', '\ud835', '-'];
  const names = ['Ab', 'Abc', 'AbAb', '𝐀b'];
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % pieces.length;
  for (let n = 0; n < 400; n++) {
    let text = '';
    for (let k = 0; k < 12; k++) text += pieces[next()];
    assert.deepEqual(standingAlone(text, names), byOnePattern(text, names), JSON.stringify(text));
  }
});
