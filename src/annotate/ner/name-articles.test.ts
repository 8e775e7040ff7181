import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { dropArticlePersons } from './name-articles.ts';
import { mentionAt } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => dropArticlePersons(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a one-word "person" right after "the" is no person', () => {
  const text = 'The Vellow fell 300 points as the Snowmark jumped the fence.';
  assert.deepEqual(read(text, [mentionAt(text, 'Vellow', 'PERSON'), mentionAt(text, 'Snowmark', 'PERSON')]), []);
});

test('a person the text names without the article, a full name and a known person stay', () => {
  const text = 'Orlik painted it; the Orlik prints sold. The Marta Vell show ran, and the Kessel sang.';
  const ms = [
    mentionAt(text, 'Orlik', 'PERSON'), mentionAt(text, 'Orlik', 'PERSON', null, 1),
    mentionAt(text, 'Marta Vell', 'PERSON'), mentionAt(text, 'Kessel', 'PERSON', 'per:kessel'),
  ];
  assert.deepEqual(read(text, ms), ['Orlik:PERSON', 'Orlik:PERSON', 'Marta Vell:PERSON', 'Kessel:PERSON']);
});
