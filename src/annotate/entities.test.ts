import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, linkAcronyms } from './entities.ts';
import { splitSentences } from './sentences.ts';

const entities = (text: string) =>
  findEntities(text, splitSentences(text)).map((m) => ({ text: text.slice(m.start, m.end), type: m.type, kbId: m.kbId }));

test('a longer name read around a known country is one organisation, not the country', () => {
  const got = entities('The Central Bank of Russia raised its key rate on Friday.');
  assert.ok(got.some((m) => m.text === 'Central Bank of Russia' && m.type === 'ORG'), JSON.stringify(got));
  assert.ok(!got.some((m) => m.text === 'Russia'), JSON.stringify(got));
});

test('a list of names stays several mentions, each linked', () => {
  const got = entities('Officials said Hezbollah and Syria had agreed to the exchange.');
  assert.ok(got.some((m) => m.text === 'Hezbollah' && m.kbId), JSON.stringify(got));
  assert.ok(got.some((m) => m.text === 'Syria' && m.kbId === 'cty:SY'), JSON.stringify(got));
});

test('a known name the tagger reads exactly keeps its identity', () => {
  const got = entities('President Emomali Rahmon met the Collective Security Treaty Organization delegation in Dushanbe.');
  assert.ok(got.some((m) => m.text === 'Collective Security Treaty Organization' && m.kbId), JSON.stringify(got));
  assert.ok(got.some((m) => m.text === 'Dushanbe' && m.kbId), JSON.stringify(got));
});

test('a title word before another title or a common word names no person', () => {
  const got = entities('Rustam Nazarov, General Director of the drug control agency, spoke at the Extraordinary General Meeting in Dushanbe.');
  assert.ok(!got.some((m) => m.text === 'Director' || m.text === 'Meeting' || m.text.startsWith('Director ')), JSON.stringify(got));
  assert.ok(got.some((m) => m.text === 'Dushanbe'), JSON.stringify(got));
});

test('a creed named alone is no actor', () => {
  const got = entities('Catholicism spread through Tajikistan long after Zoroastrianism had faded.');
  assert.ok(!got.some((m) => m.text === 'Catholicism' || m.text === 'Zoroastrianism'), JSON.stringify(got));
  assert.ok(got.some((m) => m.text === 'Tajikistan'), JSON.stringify(got));
  const islam = entities('Many in Khatlon converted to Islam , and Islam spread to Kulob.');
  assert.ok(!islam.some((m) => m.text === 'Islam'), JSON.stringify(islam));
});

test('a name the tagger ran on into a description is dropped, names with glue words are kept', () => {
  const got = entities('The Union army advanced on the town. The Bank of England and the Ministry of Defence of Tajikistan met.');
  assert.ok(!got.some((m) => m.text === 'Union army'), JSON.stringify(got));
  assert.ok(got.some((m) => m.text === 'Bank of England'), JSON.stringify(got));
});

test('a bracketed acronym after a name is found across spaces and a no-break space, and only within reach', () => {
  const mention = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type: 'ORG' as const, kbId: null, rule: 'test' });
  for (const gap of [' ', '\u00a0', ' \n ']) {
    const text = `The Veldar Harbour Authority${gap}(VHA) met; the VHA said so.`;
    const got = linkAcronyms(text, [mention(text, 'Veldar Harbour Authority')]).map((m) => text.slice(m.start, m.end));
    assert.deepEqual(got, ['Veldar Harbour Authority', 'VHA'], JSON.stringify(gap));
  }
  const far = 'The Veldar Harbour Authority, as reported (VHA), met.';
  assert.deepEqual(linkAcronyms(far, [mention(far, 'Veldar Harbour Authority')]).map((m) => far.slice(m.start, m.end)), ['Veldar Harbour Authority']);
});
