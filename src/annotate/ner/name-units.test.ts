import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../model.ts';
import { markNumberedUnits } from './name-units.ts';
import { mentionAt as at } from './test-mentions.ts';

const read = (text: string, ms: Mention[]) => markNumberedUnits(text, ms).map((m) => `${text.slice(m.start, m.end)}:${m.type}`);

test('a unit named by a spelled, digit or bare number is one unit, over readings of its parts', () => {
  const text = 'The Ninth Air Force and the 12th Special Forces Group joined 7 Air Division.';
  const ms = [at(text, 'Air Force', 'ORG'), at(text, 'Group', 'ORG')];
  assert.deepEqual(read(text, ms), ['Ninth Air Force:MILITARY_UNIT', '12th Special Forces Group:MILITARY_UNIT', '7 Air Division:MILITARY_UNIT']);
});

test('a Roman numeral names a corps or an army only', () => {
  const text = 'VII Corps crossed the river; the X Group met; IV Army held.';
  assert.deepEqual(read(text, []), ['VII Corps:MILITARY_UNIT', 'IV Army:MILITARY_UNIT']);
});

test('counted units and units inside a longer name are left as read', () => {
  const counted = 'Five Battalions and 300 Airmen deployed; two Infantry Divisions followed.';
  assert.deepEqual(read(counted, []), []);
  const longer = 'The Norlandic 71st Border Battalion patrolled.';
  assert.deepEqual(read(longer, [at(longer, 'Norlandic 71st Border Battalion', 'MILITARY_UNIT')]), ['Norlandic 71st Border Battalion:MILITARY_UNIT']);
});

test('an article after a bare number opens another name', () => {
  const text = 'At 05 The Veltburg Company opened.';
  assert.deepEqual(read(text, []), []);
});
