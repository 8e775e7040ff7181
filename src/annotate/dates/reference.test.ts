import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, NO_REFERENCE } from '../dates.ts';
import { articleReference, dateFromUrl, isStamp } from './reference.ts';

const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

test('a URL path carries the day in the usual layouts', () => {
  assert.equal(dateFromUrl('https://news.example/2016/01/12/man-shot-on-elm-street/'), '2016-01-12');
  assert.equal(dateFromUrl('https://paper.example/us/2016/jan/26/shooting'), '2016-01-26');
  assert.equal(dateFromUrl('https://tv.example/story-20160223-shooting.html'), '2016-02-23');
  assert.equal(dateFromUrl('https://tv.example/local/man-hurt-in-shooting-sunday-01-17-2016'), '2016-01-17');
  assert.equal(dateFromUrl('https://tv.example/news/36925834'), null);
  assert.equal(dateFromUrl('https://tv.example/2016/02/31/'), null);
});

test('a dateline date and a "Posted:" date are stamps; a date in the story is not', () => {
  const text = 'Clerk hurt in robbery | Channel 9DAYTON, Ohio (Dec. 10, 2015) – A clerk was shot on Dec. 8, 2015 at a gas station. Posted: Dec. 11, 2015';
  assert.ok(isStamp(text, at(text, 'Dec. 10, 2015')));
  assert.ok(!isStamp(text, at(text, 'Dec. 8, 2015')));
  assert.ok(isStamp(text, at(text, 'Dec. 11, 2015')));
});

test('relative days count from the URL day when no publication date is given, and say so', () => {
  const text = 'A man was shot Saturday night outside a bar, police said.';
  const [d] = findDates(text, null, 'https://tv.example/2016/01/12/bar-shooting/');
  assert.equal(d.value, '2016-01-09');
  assert.equal(d.rule, 'chrono:relative@url');
});

test('a dateline stamp is the reference when the URL has no day', () => {
  const text = 'Teen wounded | Channel 9DAYTON, Ohio (Jan. 20, 2016) – A teen was wounded Sunday afternoon.';
  const sunday = findDates(text, null, 'https://tv.example/news/36925834').find((d) => text.slice(d.start, d.end).startsWith('Sunday'))!;
  assert.equal(sunday.value, '2016-01-17');
  assert.equal(sunday.rule, 'chrono:relative@stamp');
  assert.equal(articleReference(text, null, null, findDates(text, null))?.basis, 'stamp');
});

test('a full date in the story body is no reference: the year stays open', () => {
  const text = 'He was convicted on May 16, 2006. A man was shot Saturday night.';
  const saturday = findDates(text, null, null).find((d) => text.slice(d.start, d.end).startsWith('Saturday'))!;
  assert.equal(saturday.value, null);
  assert.equal(saturday.reason, NO_REFERENCE);
});

test('a time-of-day word that swallows a month leaves the date its day', () => {
  const text = 'He called 911 three times in the early morning of Dec. 26 to ask for help.';
  const [d] = findDates(text, '2016-02-08');
  assert.equal(text.slice(d.start, d.end), 'Dec. 26');
  assert.equal(d.value, '2015-12-26');
});
