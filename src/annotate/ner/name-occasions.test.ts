import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { dropOccasions } from './name-occasions.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => dropOccasions(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('holidays and pilgrimages read as organisations are dropped, bodies named after them stay', () => {
  const text = 'Before the Hajj and Chinese New Year, the Eid Relief Fund raised money.';
  const ms = [at(text, 'Hajj', 'ORG'), at(text, 'Chinese New Year', 'ORG'), at(text, 'Eid Relief Fund', 'ORG')];
  assert.deepEqual(read(text, ms), ['Eid Relief Fund:ORG']);
});

test('a knowledge-base match and a non-actor reading are left as they are', () => {
  const text = 'Easter came; Christmas Island voted.';
  const ms = [at(text, 'Easter', 'ORG', 'kb:easter'), at(text, 'Christmas Island', 'GPE', 'kb:cx')];
  assert.deepEqual(read(text, ms), ['Easter:ORG', 'Christmas Island:GPE']);
});
