import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { chronoStretches, REFINER_WORDS } from './chrono-scope.ts';
import { canHoldDate } from './digit-stretches.ts';

const REFERENCE = new Date(2024, 3, 16, 12);

/** The stretches canHoldDate turns away, as text. */
function dropped(text: string): string[] {
  const { starts, ends, worded } = chronoStretches(text);
  return starts.flatMap((s, k) => (canHoldDate(text, s, ends[k], worded[k]) ? [] : [text.slice(s, ends[k])]));
}

/** A chrono result that names a date at all (what findDates keeps from it), as text. */
function dated(text: string): string[] {
  return chrono.parse(text, REFERENCE, { forwardDate: false })
    .filter((r) => ['day', 'month', 'year', 'weekday'].some((k) => r.start.isCertain(k as chrono.Component)) || [...r.tags()].some((t) => t.startsWith('casualReference/')))
    .map((r) => r.text);
}

test('casualty counts and clock times are turned away; numbers joined like a date are kept', () => {
  const text = 'Gunmen killed 12 people and wounded 30 at 5 pm near the market. '
    + 'Turnout was 24.5 per cent, officials said. The ballots were counted on 15.04.2024 and again on 4/2024. '
    + 'Records dated 2024 04 15 and 2024-04-17 were seized, a 3-2 vote followed and 1-2-24 was stamped.';
  const gone = dropped(text).join(' | ');
  assert.match(gone, /killed 12 people/);
  assert.match(gone, /24\.5 per/);
  assert.match(gone, /3-2 vote/);
  for (const kept of ['15.04.2024', '4/2024', '2024 04 15', '2024-04-17', '1-2-24']) assert.ok(!gone.includes(kept), `${kept} was turned away: ${gone}`);
});

test('a worded anchor keeps its stretch, whatever its numbers', () => {
  assert.deepEqual(dropped('Rebels said 40 fighters died on Monday near the pass.'), ['said 40 fighters']);
  assert.deepEqual(dropped('Rebels said fighters died 5 days ago near the pass.'), []);
  assert.deepEqual(dropped('Rebels said fighters died 5d ago near the pass.'), []);
  assert.deepEqual(dropped('Rebels said fighters died at 5 tonight near the pass.'), []);
});

test('no stretch turned away holds a date chrono would read, over seeded texts of numbers, separators and chrono\'s own words', () => {
  const numbers = ['5', '12', '31', '104', '2016', '1999', '0.5', '12.5', '99.9', '3', '07', '2024', '+5', '1,200', '3-2', '12.5.24', '1-2-2024', '4.5.'];
  const joins = [' ', ' ', ', ', '.', '-', '/', ':', ' - ', '\n', ' (', ') ', '–'];
  const words = [...REFINER_WORDS, 'police', 'said', 'people', 'about', 'around', 'o', 'clock', 'a.m.', 'p.m.', 'EST', 'and', 'or'];
  let seed = 3;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  let turnedAway = 0;
  for (let k = 0; k < 3000; k++) {
    let text = 'Police';
    for (let t = 3 + Math.floor(next() * 10); t > 0; t--) text += pick(joins) + (next() < 0.55 ? pick(numbers) : pick(words));
    for (const stretch of dropped(text)) {
      turnedAway++;
      assert.deepEqual(dated(stretch), [], JSON.stringify(stretch));
    }
  }
  assert.ok(turnedAway > 300, `only ${turnedAway} stretches turned away: the test reads too little`);
});
