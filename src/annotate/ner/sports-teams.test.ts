import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../entities.ts';
import { splitSentences } from '../sentences.ts';

const typed = (text: string) =>
  findEntities(text, splitSentences(text)).map((m) => [text.slice(m.start, m.end), m.type, m.rule] as const);

test('countries in a match report are teams, and the host city stays a place', () => {
  const text = [
    'Uzbekistan beat Tajikistan 2-1 in the Asian Cup qualifier in Tashkent on Tuesday.',
    'Tajikistan took the lead in the 20th minute before Uzbekistan equalised.',
  ].join('\n');
  const got = typed(text);
  const teams = got.filter(([, type, rule]) => type === 'ORG' && rule === 'cue:sports-team').map(([name]) => name);
  assert.deepEqual(teams, ['Uzbekistan', 'Tajikistan', 'Tajikistan', 'Uzbekistan'], JSON.stringify(got));
  assert.ok(got.some(([name, type]) => name === 'Tashkent' && type !== 'ORG'), JSON.stringify(got));
});

test('a conflict report with figures joined by a dash keeps its countries as states', () => {
  const text = 'Tajikistan and Russia held joint drills with 10-12 aircraft near the border, and the exercise won praise in Moscow.';
  const got = typed(text);
  assert.ok(got.some(([name, type]) => name === 'Tajikistan' && type === 'GPE'), JSON.stringify(got));
  assert.ok(!got.some(([, , rule]) => rule === 'cue:sports-team'), JSON.stringify(got));
});

test('a town and its state in a match report are places, not teams', () => {
  const text = 'The Comets beat the Rangers 3-1 in the cup final on Saturday.\nHouston, Texas hosted the final, which the home team won 3-1.';
  const got = typed(text);
  for (const place of ['Houston', 'Texas']) {
    assert.ok(got.some(([name, type]) => name === place && (type === 'LOC' || type === 'GPE')), JSON.stringify(got));
  }
  assert.ok(!got.some(([, , rule]) => rule === 'cue:sports-team'), JSON.stringify(got));
});

test('countries listed with commas in a match report stay teams', () => {
  const text = 'Norway, Denmark and Finland won their groups, and Norway beat Denmark 2-0 in the final match.';
  const teams = typed(text).filter(([, type, rule]) => type === 'ORG' && rule === 'cue:sports-team').map(([name]) => name);
  assert.deepEqual(teams, ['Norway', 'Denmark', 'Finland', 'Norway', 'Denmark']);
});
