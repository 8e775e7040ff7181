import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRe3dDocument } from './ner-re3d.ts';

/** A re3d-style CoNLL document written for this test: a title inside a person span, a description, a pronoun. */
const CONLL = [
  'Defense\tB-Person', 'Secretary\tI-Person', 'Lena\tI-Person', 'Hart\tI-Person', 'met\tO', 'the\tB-Organisation', 'Kurdish\tI-Organisation',
  'YPG\tI-Organisation', 'in\tO', 'Raqqa\tB-Location', '.\tO', '',
  'U.S.\tB-Organisation', 'service\tI-Organisation', 'members\tI-Organisation', 'said\tO', 'he\tB-Person', 'left\tO', '.\tO', '',
].join('\n');

test('re3d names: titles cut from persons, "the" cut from groups, descriptions and pronouns set aside', () => {
  const doc = readRe3dDocument(CONLL);
  const names = doc.names.map((s) => doc.text.slice(s.start, s.end));
  assert.deepEqual(names, ['Lena Hart', 'Kurdish YPG', 'Raqqa']);
  assert.deepEqual(doc.descriptions.map((s) => doc.text.slice(s.start, s.end)), ['U.S. service members', 'he']);
  assert.equal(doc.text.trim().split('\n').length, 2, 'one sentence a line');
});
