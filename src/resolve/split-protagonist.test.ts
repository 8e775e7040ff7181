import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leads, sameIncidentLeads } from './split-protagonist.ts';
import { splitOf, type MemberSketch } from './story-split.ts';

/** A hand-made member sketch: its words and the people, places and years it is mainly about. */
function member(articleId: string, words: string[], people: string[], regions: string[] = [], years: string[] = []): MemberSketch {
  const main = (ks: string[]) => Object.fromEntries(ks.map((k) => [k, 3]));
  return {
    articleId, title: null, day: null,
    terms: Object.fromEntries(words.map((w) => [w, 1])), keys: {},
    anchors: { person: main(people), region: main(regions), year: main(years) }, titled: {}, headline: [],
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
  assert.deepEqual([...leads(ms, [0, 1, 2], 'person')].sort(), ['e:klitschko']);
  assert.deepEqual([...leads(ms, [0, 2], 'person')].sort(), ['e:bowe', 'e:klitschko', 'e:rahman']);
});

test('groups led by the same people alone are one incident; a second lead on either side is not', () => {
  const ms = [...interviews, ...courtReports];
  assert.equal(sameIncidentLeads(ms, [0, 1, 2], [3, 4, 5]), true);
  // Two title fights of one champion: each group also has its own opponent.
  const fights = [
    ...[0, 1, 2].map((i) => member(`f1${i}`, ['x'], ['e:klitschko', 'e:rahman'])),
    ...[0, 1, 2].map((i) => member(`f2${i}`, ['y'], ['e:klitschko', 'e:thompson'])),
  ];
  assert.equal(sameIncidentLeads(fights, [0, 1, 2], [3, 4, 5]), false);
  // Groups nobody leads say nothing about people either way.
  const anonymous = [0, 1, 2, 3].map((i) => member(`n${i}`, ['x'], [`e:witness${i}`]));
  assert.equal(sameIncidentLeads(anonymous, [0, 1], [2, 3]), false);
});

test('a shared lead person counts as one incident only when a lead place or year is shared too', () => {
  // A governor's two trials, two years and two states apart: each group's own judge differs too.
  const trials = [
    ...[0, 1, 2].map((i) => member(`t1${i}`, ['x'], ['e:palin', 'e:kroon'], ['p:US/alaska'], ['yr:2007'])),
    ...[0, 1, 2].map((i) => member(`t2${i}`, ['y'], ['e:palin', 'e:owen'], ['p:US/massachusetts'], ['yr:2012'])),
  ];
  assert.equal(sameIncidentLeads(trials, [0, 1, 2], [3, 4, 5]), false);
  // One warehouse fire in one town, its coverage split between the owner's and the fire chief's accounts.
  const fire = [
    ...[0, 1, 2].map((i) => member(`f1${i}`, ['x'], ['e:owen', 'e:ingaldson'], ['p:US/alaska'])),
    ...[0, 1, 2].map((i) => member(`f2${i}`, ['y'], ['e:owen', 'e:mcnutt'], ['p:US/alaska'])),
  ];
  assert.equal(sameIncidentLeads(fire, [0, 1, 2], [3, 4, 5]), true);
});

test('a small group sharing the lead place and year with the rest is one incident, whoever it names', () => {
  // One port's cable cut in one year: three reports quote the cable operator, five the port authority.
  const cut = (id: string, people: string[]) => member(id, ['x'], people, ['p:FR/provence'], ['yr:2011']);
  const ms = [...[0, 1, 2, 3, 4].map((i) => cut(`p${i}`, ['e:talat'])), ...[0, 1, 2].map((i) => cut(`c${i}`, ['e:seacom']))];
  assert.equal(sameIncidentLeads(ms, [0, 1, 2, 3, 4], [5, 6, 7]), true);
  // Larger groups need more: the same place and year can hold two incidents of one kind (two games of one season).
  const games = [...[0, 1, 2, 3].map((i) => cut(`g1${i}`, ['e:jackson'])), ...[0, 1, 2, 3].map((i) => cut(`g2${i}`, ['e:williams']))];
  assert.equal(sameIncidentLeads(games, [0, 1, 2, 3], [4, 5, 6, 7]), false);
  // A small group from another year is another incident.
  const later = [...[0, 1, 2, 3, 4].map((i) => cut(`p${i}`, ['e:talat'])), ...[0, 1, 2].map((i) => member(`n${i}`, ['y'], ['e:seacom'], ['p:FR/provence'], ['yr:2013']))];
  assert.equal(sameIncidentLeads(later, [0, 1, 2, 3, 4], [5, 6, 7]), false);
});

test('a story whose word groups share their lead person stays whole; with distinct leads it splits', () => {
  assert.equal(splitOf([...interviews, ...courtReports], idf), null);
  const secondArrest = [0, 1, 2].map((i) => member(`arr${i}`, COURT_WORDS, ['e:lohan', 'e:heller']));
  const split = splitOf([...interviews, ...secondArrest], idf);
  assert.ok(split, 'a second group with its own lead person splits off');
  assert.deepEqual(split.second, [3, 4, 5]);
});
