import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { stripRankTitles } from './name-titles.ts';
import { mentionAt } from './test-mentions.ts';

const at = mentionAt;
const names = (text: string, ms: Mention[]) => stripRankTitles(text, ms).map((m) => text.slice(m.start, m.end));

test('titles of rank are cut from the front of a person\'s name', () => {
  const text = 'Lord Halvering refused, and so did Tsar Ivor and St. Dobran.';
  const ms = [at(text, 'Lord Halvering', 'PERSON'), at(text, 'Tsar Ivor', 'PERSON'), at(text, 'St. Dobran', 'PERSON')];
  assert.deepEqual(names(text, ms), ['Halvering', 'Ivor', 'Dobran']);
});

test('a lone title, an organisation and a knowledge-base alias keep their spans', () => {
  const text = 'The Prince met Count Orsolo at the Duke Foundation.';
  const ms = [at(text, 'Prince', 'PERSON'), at(text, 'Count Orsolo', 'PERSON', 'kb:orsolo'), at(text, 'Duke Foundation', 'ORG')];
  assert.deepEqual(names(text, ms), ['Prince', 'Count Orsolo', 'Duke Foundation']);
});

test('a title read alone as a name is dropped', () => {
  const text = 'Troops under General Harlo Venn withdrew, and the President said so.';
  const ms = [at(text, 'General', 'ORG'), at(text, 'Harlo Venn', 'PERSON'), at(text, 'President', 'PERSON')];
  assert.deepEqual(names(text, ms), ['Harlo Venn']);
});
