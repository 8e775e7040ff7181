import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { chronoStretches } from './chrono-scope.ts';
import { readPlainForm } from './plain-forms.ts';
import type { Found } from '../dates.ts';

const REFERENCE = new Date(2024, 3, 16, 12);
const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/** What findDates reads of a result: where it stands, its words, its certain date parts and whether it is a casual day word. */
function reading(r: Pick<Found, 'index' | 'text' | 'start' | 'tags'>): string {
  const certain = DATE_PARTS.filter((k) => r.start.isCertain(k)).map((k) => `${k}=${r.start.get(k)}`);
  const casual = [...r.tags()].some((t) => t.startsWith('casualReference/'));
  return `${r.index} ${JSON.stringify(r.text)} ${certain.join(',')}${casual ? ' casual' : ''}`;
}

/** A day part or weekend standing alone: findDates drops it (NOT_A_DATE in dates.ts). */
const DROPPED = /^(?:morning|afternoon|evening|night|weekend),?$/;

/** Every stretch of `text` read as a plain form, checked against chrono's own reading of it; how many were read. */
function checkAgainstChrono(text: string): number {
  const { starts, ends } = chronoStretches(text);
  let read = 0;
  for (let k = 0; k < starts.length; k++) {
    const plain = readPlainForm(text, starts[k], ends[k], REFERENCE);
    if (!plain) continue;
    read++;
    const stretch = text.slice(starts[k], ends[k]);
    const chronos = chrono.parse(stretch, REFERENCE, { forwardDate: false }).map((r) => ({ index: r.index + starts[k], text: r.text, start: r.start, tags: () => r.tags() }));
    if (plain.length) assert.deepEqual(plain.map(reading), chronos.map(reading), JSON.stringify(stretch));
    else for (const r of chronos) assert.match(r.text.trim(), DROPPED, JSON.stringify(stretch));
  }
  return read;
}

test('a weekday reads as chrono reads it, "on" and a comma included; the day is left to findDates', () => {
  const text = 'Gunmen stormed a checkpoint in Kunduz on Tuesday, killing four guards. Officials said Friday morning talks would resume.';
  const { starts, ends } = chronoStretches(text);
  const reads = starts.map((s, k) => readPlainForm(text, s, ends[k], REFERENCE)).filter((r) => r !== null);
  assert.equal(reads.length, 1, 'only "Kunduz on Tuesday, killing" is plain: "Friday morning" goes to chrono');
  const [r] = reads[0]!;
  assert.equal(text.slice(r.index, r.index + r.text.length), 'on Tuesday,');
  assert.equal(r.start.get('weekday'), 2);
  assert.equal(r.start.isCertain('day'), false);
  assert.equal(checkAgainstChrono(text), 1);
});

test('"next week" and "last week" move the reference by seven days, across a month and a year', () => {
  const text = 'Schools reopen next week, teachers said, after classes ended last week. Rebels withdrew.';
  const { starts, ends } = chronoStretches(text);
  const days = (ref: Date) => starts.flatMap((s, k) => readPlainForm(text, s, ends[k], ref) ?? [])
    .map((r) => [r.start.get('year'), r.start.get('month'), r.start.get('day')].join('-'));
  assert.deepEqual(days(new Date(2023, 11, 29, 12)), ['2024-1-5', '2023-12-22']);
  assert.deepEqual(days(REFERENCE), ['2024-4-23', '2024-4-9']);
});

test('a time zone, a bracket, a second date or an odd spacing sends the stretch to chrono', () => {
  for (const text of [
    'Police said Tuesday EST officials', 'Police said Tuesday (EST) officials', 'Police said Tuesday, Jan. 6, officials',
    'Police said Tuesday night officials', 'Police said  Tuesday, officials', 'Police said next  week officials', 'Police said this week officials',
  ]) {
    const { starts, ends } = chronoStretches(text);
    assert.ok(starts.every((s, k) => readPlainForm(text, s, ends[k], REFERENCE) === null), text);
  }
});

test('seeded texts of plain forms, near misses and neighbours read as chrono reads them', () => {
  const barriers = ['police', 'Kunduz', 'said', 'killing', 'Rebels', 'EST', 'GMT', 'officials', 'army', 'Sun', 'residents', 'Reuters', 'schools', 'and', 'the'];
  const forms = ['on Monday', 'On Tuesday', 'Wednesday', 'Thursday', 'on Friday', 'Saturday', 'on Sunday', 'monday', 'on  Friday', 'next week', 'last week',
    'past week', 'this week', 'Next week', 'in the afternoon', 'at the weekend', 'on the weekend', 'over the weekend', 'during the night',
    'in the morning', 'in the evening', 'Tuesday night', 'Monday, Jan. 6', 'next week Monday', 'last week of May', 'Monday to Friday', 'Monday (EST)'];
  const joins = [', ', '. ', ' ', ' ', ' ', '\n', ', (', '. (', ' (', ') ', ' ,', '; ', ' - '];
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  let read = 0;
  for (let k = 0; k < 2000; k++) {
    let text = pick(barriers);
    for (let t = 1 + Math.floor(next() * 4); t > 0; t--) text += (next() < 0.8 ? ' ' : pick(joins)) + pick(forms) + pick(joins) + pick(barriers);
    read += checkAgainstChrono(text);
  }
  assert.ok(read > 300, `only ${read} plain forms read: the test reads too little`);
});
