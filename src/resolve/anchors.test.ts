import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../model.ts';
import { anchorConflicts, articleAnchors, grownAnchors, storyConflicts } from './anchors.ts';
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

const headlineWords = (title: string) => [...termCounts(title).keys()];

test('a name either side writes in the other side\'s headlines is agreement, however the tagger marked it', () => {
  const SHOW = 'William Shatner says the Star Trek tribute episode moved him; Shatner visited the set twice.';
  const storyTitle = 'Shatner praises Star Trek tribute episode';
  const story = grownAnchors(undefined, articleAnchors(SHOW, storyTitle, [person(SHOW, 'William Shatner'), person(SHOW, 'Shatner')], []));
  const storyHeadlines = Object.fromEntries(headlineWords(storyTitle).map((w) => [w, 1]));
  // This report's tagger took the show's name for a person and missed the actor.
  const CAMEO = 'The Trek tribute kept its surprise cameo secret until the last day of filming, the director said.';
  const cameoTitle = 'How the Shatner cameo in the Trek tribute happened';
  const cameo = articleAnchors(CAMEO, cameoTitle, [person(CAMEO, 'Trek')], []);
  assert.deepEqual(anchorConflicts(cameo, story), ['person'], 'tags alone disagree');
  assert.deepEqual(anchorConflicts(cameo, story, { article: headlineWords(cameoTitle), story: storyHeadlines }), []);
  // The same the other way: the article's tagged name is written in the story's headlines.
  const TRIBUTE = 'Star Trek fans cheered the tribute episode, Trek forums said.';
  const tribute = articleAnchors(TRIBUTE, 'Trek fans cheer', [person(TRIBUTE, 'Trek')], []);
  assert.deepEqual(anchorConflicts(tribute, story, { article: headlineWords('Trek fans cheer'), story: storyHeadlines }), []);
});

test('headlines naming different people still conflict when both are given', () => {
  const title = 'Tara Reid checks into rehab';
  const story = grownAnchors(undefined, articleAnchors(REID, title, [person(REID, 'Tara Reid')], []));
  const lohan = articleAnchors(LOHAN, 'Lohan checks into rehab', [person(LOHAN, 'Lindsay Lohan')], []);
  const given = { article: headlineWords('Lohan checks into rehab'), story: Object.fromEntries(headlineWords(title).map((w) => [w, 1])) };
  assert.deepEqual(anchorConflicts(lohan, story, given), ['person']);
});

test('two undated stories whose leads state other years conflict on the year; stories naming each other\'s people do not conflict', () => {
  const s2008 = grownAnchors(undefined, articleAnchors(NAVY_2008, 'Navy foils pirates, 13 December 2008', [], []));
  const s2011 = grownAnchors(undefined, articleAnchors(NAVY_2011, 'Navy drives off pirates, 11 November 2011', [], []));
  assert.deepEqual(storyConflicts(s2008, s2011, {}, {}), ['year']);
  assert.deepEqual(storyConflicts(s2008, grownAnchors(undefined, articleAnchors(NAVY_2011, 'Navy drives off pirates again in 2008', [], [])), {}, {}), []);
  const reid = grownAnchors(undefined, articleAnchors(REID, 'Tara Reid checks into rehab', [person(REID, 'Tara Reid')], []));
  const lohan = grownAnchors(undefined, articleAnchors(LOHAN, 'Lohan checks into rehab', [person(LOHAN, 'Lindsay Lohan')], []));
  const words = (t: string) => Object.fromEntries(headlineWords(t).map((w) => [w, 1]));
  assert.deepEqual(storyConflicts(reid, lohan, words('Tara Reid checks into rehab'), words('Lohan checks into rehab')), ['person']);
  assert.deepEqual(storyConflicts(reid, lohan, words('Tara Reid checks into rehab'), words('Lohan follows Reid into rehab')), []);
});
