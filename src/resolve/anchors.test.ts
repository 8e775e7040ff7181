import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../model.ts';
import { anchorConflicts, articleAnchors, grownAnchors } from './anchors.ts';
import { termCounts } from './terms.ts';

function person(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'PERSON', kbId: null, rule: 'test' };
}

const REID = 'Tara Reid entered a rehab clinic in Malibu, her publicist said. Reid has not said why.';
const LOHAN = 'Lindsay Lohan checked into a rehab centre in California, her lawyer said on Thursday.';

test('a headline naming another person than the story is about is a conflict; the same surname is not', () => {
  const story = grownAnchors(undefined, articleAnchors(REID, 'Tara Reid checks into rehab', [person(REID, 'Tara Reid'), person(REID, 'Reid')], []));
  const lohan = articleAnchors(LOHAN, 'Lohan checks into rehab', [person(LOHAN, 'Lindsay Lohan')], []);
  assert.deepEqual(anchorConflicts(lohan, story), ['person']);
  const followUp = 'Reid left the clinic after a week, the actress told a magazine.';
  const again = articleAnchors(followUp, 'Reid leaves rehab', [person(followUp, 'Reid')], []);
  assert.deepEqual(anchorConflicts(again, story), []);
});

test('an article whose headline names nobody never conflicts on people', () => {
  const story = grownAnchors(undefined, articleAnchors(REID, 'Tara Reid checks into rehab', [person(REID, 'Tara Reid')], []));
  assert.deepEqual(anchorConflicts(articleAnchors(LOHAN, 'Another star in rehab', [person(LOHAN, 'Lindsay Lohan')], []), story), []);
});

test('numbers are terms: a toll of 141 and a year tell incidents apart, single digits do not count', () => {
  const t = termCounts('At least 141 people died in the 2024 attack; 3 suspects held, 1,200 evacuated.');
  assert.ok(t.has('#141') && t.has('#2024') && t.has('#1200'));
  assert.ok(!t.has('#3'));
});

const NAVY_2008 = 'The navy foiled a pirate attack on a merchant ship in the Gulf of Aden on Saturday, officials said.';
const NAVY_2011 = 'Pirates tried to board a tanker in the Gulf of Aden before a navy frigate drove them off.';

test('undated reports whose datelines state different years conflict on the year; the same year does not', () => {
  const story = grownAnchors(undefined, articleAnchors(NAVY_2008, 'Updated: 13 December 2008 09:10 GMT', [], []));
  assert.deepEqual(anchorConflicts(articleAnchors(NAVY_2011, 'Updated: November 11, 2011 20:09 IST', [], []), story), ['year']);
  assert.deepEqual(anchorConflicts(articleAnchors(NAVY_2011, 'Navy drives off pirates, 14 December 2008', [], []), story), []);
});

test('a dated article raises no year conflict (the time discount weighs its date), and a count with a thousands separator is no year', () => {
  const story = grownAnchors(undefined, articleAnchors(NAVY_2008, 'Updated: 13 December 2008 09:10 GMT', [], []));
  assert.deepEqual(anchorConflicts(articleAnchors(NAVY_2011, 'Navy foils pirates, 11 November 2011', [], [], '2011-11-11T20:09:00Z'), story), []);
  const counted = articleAnchors('Some 2,010 troops and 1,995 vehicles took part in the 2-day drill.', 'Drills end', [], []);
  assert.deepEqual([...(counted.year?.keys() ?? [])], []);
});
