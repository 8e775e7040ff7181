import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropLawNames, isLawName } from './name-laws.ts';
import { mentionAt } from './test-mentions.ts';

test('laws and treaties are named by their last word or by "Treaty of"', () => {
  for (const name of ['Velmar Agreement', 'Clean Water Act', 'Orsk Protocol', 'Treaty of Kessel', 'Act of Settlement', 'Brannick Accords']) {
    assert.equal(isLawName(name), true, name);
  }
  for (const name of ['Agreement', 'Actors Guild', 'Treaty Organization', 'Collective Security Treaty Organization', 'Kessel Treaty Office']) {
    assert.equal(isLawName(name), false, name);
  }
});

test("the tagger's reading of a treaty is dropped; the parties and a known alias stay", () => {
  const text = 'Velmar and Orsk signed the Velmar Agreement, and the Orsk Treaty Organization welcomed the Kessel Charter.';
  const ms = [
    mentionAt(text, 'Velmar', 'GPE'),
    mentionAt(text, 'Orsk', 'GPE'),
    mentionAt(text, 'Velmar Agreement', 'ORG'),
    mentionAt(text, 'Orsk Treaty Organization', 'ORG'),
    mentionAt(text, 'Kessel Charter', 'ORG', 'kb:charter'),
  ];
  assert.deepEqual(
    dropLawNames(text, ms).map((m) => text.slice(m.start, m.end)),
    ['Velmar', 'Orsk', 'Orsk Treaty Organization', 'Kessel Charter'],
  );
});
