import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, NO_REFERENCE, NO_YEAR } from './dates.ts';

const PUBLISHED = '2024-04-16T09:30:00Z'; // a Tuesday

function only(text: string, published: string | null = PUBLISHED) {
  const found = findDates(text, published);
  assert.equal(found.length, 1, `one date in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((d) => text.slice(d.start, d.end)))}`);
  return { ...found[0], words: text.slice(found[0].start, found[0].end) };
}

test('a full date keeps day precision', () => {
  const d = only('The joint exercise opened on April 15th, 2024 at the Harbmaidon range.');
  assert.equal(d.words, 'April 15th, 2024');
  assert.equal(d.value, '2024-04-15');
  assert.equal(d.precision, 'day');
  assert.equal(d.role, 'point');
  assert.ok(d.yearResolved);
});

test('intervals: "from 15 to 18 April" and "between April 15 and 18"', () => {
  for (const text of ['Drills ran from 15 to 18 April near the border.', 'Drills ran between April 15 and 18 near the border.']) {
    const d = only(text);
    assert.equal(d.role, 'interval');
    assert.equal(d.value, '2024-04-15');
    assert.equal(d.endValue, '2024-04-18');
  }
});

test('"through" and "until" make an end date; "since" an open start', () => {
  assert.equal(only('The exercises will continue through April 18.').role, 'end');
  assert.equal(only('Roads stay closed until April 18, officials said.').role, 'end');
  const since = only('The border has been closed since July 2022.');
  assert.deepEqual([since.role, since.value, since.precision], ['start', '2022-07', 'month']);
});

test('month and year precision are kept', () => {
  const month = only('In July 2022 the militia seized the pass.');
  assert.deepEqual([month.value, month.precision], ['2022-07', 'month']);
  const year = only('The base was built in 1982 by Soviet engineers.');
  assert.deepEqual([year.value, year.precision, year.role], ['1982', 'year', 'point']);
  const by = only('The contingent will double by 2025, the ministry said.');
  assert.deepEqual([by.value, by.precision, by.role], ['2025', 'year', 'end']);
});

test('relative dates resolve against the publication date and say so', () => {
  const monday = only('Gunmen attacked a checkpoint on Monday.');
  assert.deepEqual([monday.value, monday.precision, monday.rule], ['2024-04-15', 'day', 'chrono:relative']);
  assert.equal(only('The convoy was hit last week.').value, '2024-04-09');
  assert.equal(only('Two rockets landed yesterday.').value, '2024-04-15');
});

test('without a publication date a year-less date keeps month and day but no value', () => {
  const d = only('The exercises will continue through April 18.', null);
  assert.equal(d.value, null);
  assert.deepEqual(d.parts, { year: null, month: 4, day: 18 });
  assert.equal(d.role, 'end');
  assert.equal(d.yearResolved, false);
  assert.equal(d.reason, NO_YEAR);
});

test('without a publication date a relative date is unresolved, not dated today', () => {
  const d = only('Gunmen attacked a checkpoint on Monday.', null);
  assert.equal(d.value, null);
  assert.equal(d.reason, NO_REFERENCE);
});

test('a year in the text needs no publication date', () => {
  const d = only('Talks resumed on Dec. 5, 2015 in Vienna.', null);
  assert.equal(d.value, '2015-12-05');
  assert.ok(d.yearResolved);
});

test('an interval lends its stated year to its start, across the new year', () => {
  const d = only('Curfew held from Dec. 28 to Jan. 3, 2016 in the district.', null);
  assert.deepEqual([d.value, d.endValue], ['2015-12-28', '2016-01-03']);
});

test('false friends are not dates', () => {
  const texts = [
    'Police arrived at 7 p.m. and sealed the street.',
    'The 201st base hosts 1,500 troops.',
    'Officials may 5 times revise the figure.',
    'Protesters march 20 miles to the capital.',
    'The victim, aged 35, was a teacher.',
    'The flood displaced 2024 people.',
    'Theresa May said the talks would go on.',
    'The clashes lasted for 10 years.',
    'A 3/4 majority backed the motion.',
    'The road could reopen in a couple of years.',
    'Two hours later the shelling resumed.',
  ];
  for (const text of texts) assert.deepEqual(findDates(text, PUBLISHED), [], text);
});

test('a weekday in a sentence about the future lies ahead', () => {
  assert.equal(only('The envoy will travel to Kabul on Friday.').value, '2024-04-19');
});

test('a clock time before or after the day is not part of the date: "10 p.m. Wednesday", "Friday at 6:30 a.m."', () => {
  const lead = only('The shooting happened around 10 p.m. Wednesday at the club.');
  assert.deepEqual([lead.words, lead.value, lead.precision], ['Wednesday', '2024-04-10', 'day']);
  const trail = only('Officers were called Friday at 6:30 a.m. to the house.');
  assert.deepEqual([trail.words, trail.value], ['Friday', '2024-04-12']);
  assert.equal(only('Deputies arrived at 2:20 a.m. April 3 and found the man.').words, 'April 3');
});

test('"lasts" is a verb, not "last s(econd)"; "last week" is still a date', () => {
  assert.deepEqual(findDates('The truce lasts. Talks resumed as the ceasefire lasts only days.', PUBLISHED), []);
  const d = only('The truce lasts, though it broke down last week near the border.');
  assert.equal(d.words, 'last week');
});
