import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { joinNationalAdjectives } from './name-adjectives.ts';
import { mentionAt } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => joinNationalAdjectives(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}:${m.kbId}`);

test("a nation's adjective right before a body's name is part of that name", () => {
  const text = 'The Veldarian Ministry of Culture and the Veldarian Orthodox Church met.';
  const ms = [
    mentionAt(text, 'Veldarian', 'NORP', 'nrp:veldaria'), mentionAt(text, 'Ministry of Culture', 'ORG', null, 0, 'cue:ministry'),
    mentionAt(text, 'Veldarian', 'NORP', 'nrp:veldaria', 1), mentionAt(text, 'Orthodox Church', 'ORG', 'org:church'),
  ];
  assert.deepEqual(read(text, ms), ['Veldarian Ministry of Culture:ORG:null', 'Veldarian Orthodox Church:ORG:org:church']);
});

test('an adjective before people, a place, or apart from the body stays a people', () => {
  const text = 'Veldarian troops entered Veldarian Kessel; Veldarian, Orsk Bank and Veldarian  Orsk Bank.';
  const ms = [
    mentionAt(text, 'Veldarian', 'NORP', 'nrp:veldaria'),
    mentionAt(text, 'Veldarian', 'NORP', 'nrp:veldaria', 1), mentionAt(text, 'Kessel', 'LOC'),
    mentionAt(text, 'Veldarian', 'NORP', 'nrp:veldaria', 2), mentionAt(text, 'Orsk Bank', 'ORG'),
    mentionAt(text, 'Veldarian', 'NORP', 'nrp:veldaria', 3), mentionAt(text, 'Orsk Bank', 'ORG', null, 1),
  ];
  assert.deepEqual(read(text, ms), [
    'Veldarian:NORP:nrp:veldaria', 'Veldarian:NORP:nrp:veldaria', 'Kessel:LOC:null',
    'Veldarian:NORP:nrp:veldaria', 'Orsk Bank:ORG:null', 'Veldarian:NORP:nrp:veldaria', 'Orsk Bank:ORG:null',
  ]);
});
