import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leadPeople, sameLeadPeople } from './split-protagonist.ts';
import { splitOf, type MemberSketch } from './story-split.ts';

/** A hand-made member sketch: its words and the people it is mainly about. */
function member(articleId: string, words: string[], people: string[]): MemberSketch {
  return {
    articleId, title: null, day: null,
    terms: Object.fromEntries(words.map((w) => [w, 1])), keys: {},
    anchors: { person: Object.fromEntries(people.map((p) => [p, 3])) }, titled: {}, headline: [],
  };
}

// One actress's single rehab stay, told by interviews (her own words) and by court reports
// (the judge's order): the two kinds of report share few words but are about the same person.
const REHAB_WORDS = ['rehab', 'clinic', 'malibu', 'interview', 'sober', 'friends'];
const COURT_WORDS = ['judge', 'probation', 'hearing', 'sentence', 'prosecutor', 'order'];
const interviews = [0, 1, 2].map((i) => member(`int${i}`, REHAB_WORDS, ['e:lohan']));
const courtReports = [0, 1, 2].map((i) => member(`crt${i}`, COURT_WORDS, ['e:lohan']));
const idf = () => 1;

test('a person most members of a group name leads it; one named by a minority does not', () => {
  const ms = [member('a', ['x'], ['e:klitschko', 'e:rahman']), member('b', ['x'], ['e:klitschko']), member('c', ['x'], ['e:klitschko', 'e:bowe'])];
  assert.deepEqual([...leadPeople(ms, [0, 1, 2])].sort(), ['e:klitschko']);
  assert.deepEqual([...leadPeople(ms, [0, 2])].sort(), ['e:bowe', 'e:klitschko', 'e:rahman']);
});

test('groups led by the same people alone are one incident; a second lead on either side is not', () => {
  const ms = [...interviews, ...courtReports];
  assert.equal(sameLeadPeople(ms, [0, 1, 2], [3, 4, 5]), true);
  // Two title fights of one champion: each group also has its own opponent.
  const fights = [
    ...[0, 1, 2].map((i) => member(`f1${i}`, ['x'], ['e:klitschko', 'e:rahman'])),
    ...[0, 1, 2].map((i) => member(`f2${i}`, ['y'], ['e:klitschko', 'e:thompson'])),
  ];
  assert.equal(sameLeadPeople(fights, [0, 1, 2], [3, 4, 5]), false);
  // Groups nobody leads say nothing about people either way.
  const anonymous = [0, 1, 2, 3].map((i) => member(`n${i}`, ['x'], [`e:witness${i}`]));
  assert.equal(sameLeadPeople(anonymous, [0, 1], [2, 3]), false);
});

test('a story whose word groups share their lead person stays whole; with distinct leads it splits', () => {
  assert.equal(splitOf([...interviews, ...courtReports], idf), null);
  const secondArrest = [0, 1, 2].map((i) => member(`arr${i}`, COURT_WORDS, ['e:lohan', 'e:heller']));
  const split = splitOf([...interviews, ...secondArrest], idf);
  assert.ok(split, 'a second group with its own lead person splits off');
  assert.deepEqual(split.second, [3, 4, 5]);
});
