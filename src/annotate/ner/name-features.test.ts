import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../model.ts';
import { markNaturalFeatures } from './name-features.ts';
import { mentionAt } from './test-mentions.ts';

const at = mentionAt;
const types = (text: string, ms: Mention[]) => markNaturalFeatures(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a sea, a delta or a fault read as an organisation is a place', () => {
  const text = 'Ships crossed the Vantic Sea to the Orra Delta, above the Kessel Fault.';
  const ms = [at(text, 'Vantic Sea', 'ORG'), at(text, 'Orra Delta', 'ORG'), at(text, 'Kessel Fault', 'ORG')];
  assert.deepEqual(types(text, ms), ['Vantic Sea:LOC', 'Orra Delta:LOC', 'Kessel Fault:LOC']);
});

test('a one-word name, another head and a knowledge-base match keep their type', () => {
  const text = 'Delta sued the Vantic Sea Company and the Orra Gulf.';
  const ms = [at(text, 'Delta', 'ORG'), at(text, 'Vantic Sea Company', 'ORG'), at(text, 'Orra Gulf', 'ORG', 'kb:orra')];
  assert.deepEqual(types(text, ms), ['Delta:ORG', 'Vantic Sea Company:ORG', 'Orra Gulf:ORG']);
});

test('a brook, a reservoir, a cave or a road read as an organisation is a place', () => {
  const text = 'The arch spans Orra Brook near Kessel Reservoir, Vantic Cave and Tolley Highway.';
  const ms = [at(text, 'Orra Brook', 'ORG'), at(text, 'Kessel Reservoir', 'ORG'), at(text, 'Vantic Cave', 'ORG'), at(text, 'Tolley Highway', 'ORG')];
  assert.deepEqual(types(text, ms), ['Orra Brook:LOC', 'Kessel Reservoir:LOC', 'Vantic Cave:LOC', 'Tolley Highway:LOC']);
});
