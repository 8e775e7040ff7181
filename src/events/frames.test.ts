import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDateline, isLocative, isOrigin } from './frames.ts';

const spanOf = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};

test('a capitalised town glued after its headline, with state and agency, is the dateline', () => {
  const text = 'Farmer charged after barn shooting | Valley NewsHARTFORD, Conn. (AP) — A man was shot in Hartford on Monday.';
  assert.equal(isDateline(text, spanOf(text, 'HARTFORD')), true);
  assert.equal(isDateline(text, spanOf(text, 'Conn.')), true);
  assert.equal(isDateline(text, spanOf(text, 'Hartford')), false);
});

test('a town opening the text with only a dash is the dateline; a headline word is not', () => {
  const text = 'HONESDALE -- Police shot a man in Honesdale.\nShooting in DAYTON leaves one hurt';
  assert.equal(isDateline(text, spanOf(text, 'HONESDALE')), true);
  assert.equal(isDateline(text, spanOf(text, 'DAYTON')), false);
});

test('a place before "man" or "woman" says where a person is from', () => {
  const text = 'A 53-year-old Maryland woman was shot in Queens.';
  assert.equal(isOrigin(text, spanOf(text, 'Maryland')), true);
  assert.equal(isOrigin(text, spanOf(text, 'Queens')), false);
});

test('provinces named after "in the … provinces of", and a place joined to one by "and", are where it happened', () => {
  const text = 'Jets bombed targets in the Afghan provinces of Khost and Paktika on Monday; Kabul and Islamabad traded blame.';
  assert.equal(isLocative(text, spanOf(text, 'Khost')), true);
  assert.equal(isLocative(text, spanOf(text, 'Paktika')), true);
  assert.equal(isLocative(text, spanOf(text, 'Islamabad')), false, 'joined to a party, not to a place');
  const northern = 'Fighting spread near the northern town of Kidal.';
  assert.equal(isLocative(northern, spanOf(northern, 'Kidal')), true);
});

test('border guards are a party; a border is a place', async () => {
  const { modifiesPlace } = await import('./frames.ts');
  const guards = 'Tajik border guards detained three men.';
  assert.equal(modifiesPlace(guards, spanOf(guards, 'Tajik')), false);
  const border = 'Militants crossed the Tajik border at night.';
  assert.equal(modifiesPlace(border, spanOf(border, 'Tajik')), true);
});
