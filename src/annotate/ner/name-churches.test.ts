import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { markChurches } from './name-churches.ts';
import { mentionAt } from './test-mentions.ts';

const at = mentionAt;
const read = (text: string, ms: Mention[]) => markChurches(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a church named for a creed is a body, a church named for a saint stays a building', () => {
  const text = "The Methodist Church objected; mass was said at St. Brendan's Church.";
  const ms = [at(text, 'Methodist Church', 'FAC'), at(text, "St. Brendan's Church", 'FAC')];
  assert.deepEqual(read(text, ms), ['Methodist Church:ORG', "St. Brendan's Church:FAC"]);
});

test('"Church of" a name is read as one organisation, over unread text or readings of its parts', () => {
  const unread = 'Hackers attacked the Church of Veltism website.';
  assert.deepEqual(read(unread, []), ['Church of Veltism:ORG']);
  const parts = 'The Church of Norland voted.';
  assert.deepEqual(read(parts, [at(parts, 'Church', 'PERSON'), at(parts, 'Norland', 'GPE', 'geo:9')]), ['Church of Norland:ORG']);
});

test('a longer name holding "Church of" is left whole', () => {
  const text = 'The Church of Norland Choir sang.';
  assert.deepEqual(read(text, [at(text, 'The Church of Norland Choir', 'ORG')]), ['The Church of Norland Choir:ORG']);
});
