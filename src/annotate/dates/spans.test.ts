import { test } from 'node:test';
import assert from 'node:assert/strict';
import { betweenBefore } from './spans.ts';

// "between April 15 and 18" opens an interval: the cue is the word "between" and the spaces after it.
test('betweenBefore reads the word "between" and its spaces right before a date', () => {
  const at = (text: string, date: string) => text.indexOf(date);
  const report = 'Drills ran Between \n April 15 and 18, then in-between May 2 and 4, and between2 June 1.';
  assert.equal(betweenBefore(report, at(report, 'April')), true);
  assert.equal(betweenBefore(report, at(report, 'May')), true, 'a hyphen is a word boundary, as in the pattern');
  assert.equal(betweenBefore(report, at(report, 'June')), false, 'no space after the word');
  assert.equal(betweenBefore('between', 7), false, 'no date after the word');
  assert.equal(betweenBefore('talks inbetween March 3 and 5', 16), false, 'inside a longer word');
});
