// Counts with no written number, and what the article implies for an incident's day and place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { victimCounts } from './victims.ts';
import { extractArticle } from './run.ts';

const counts = (s: string) => Object.fromEntries(victimCounts(s, { start: 0, end: s.length }).map((v) => [v.kind, v.count.best]));

test('one victim named by a singular noun is one killed or one injured', () => {
  assert.deepEqual(counts('A 19-year-old man was shot and killed outside a bar late Friday.'), { killed: 1 });
  assert.deepEqual(counts('A woman was wounded when someone fired into her car.'), { injured: 1 });
  assert.deepEqual(counts('Police said an unidentified man died at the scene.'), { killed: 1 });
});

test('"no one was hurt" is nil, not one', () => {
  assert.deepEqual(counts('Several shots hit the house, but no one was hurt.'), { injured: 0 });
  assert.deepEqual(counts('Officers said the man fired twice and left.'), {});
});

test('an incident with no day or place of its own takes the publication day and the town the article names most, both implied', async () => {
  const text = [
    'Shots fired at Millbrook gas station',
    'Police in Millbrook are looking for a gunman after a clerk was shot at a gas station on Elm Street.',
    'The clerk was taken to a hospital in Millbrook with wounds that are not life-threatening, police said.',
  ].join('\n\n');
  const doc = await extractArticle('millbrook.txt', text, { published: '2016-01-12' });
  const e = doc.events!.find((x) => x.main);
  assert.ok(e, JSON.stringify(doc.events!.map((x) => x.type)));
  assert.equal(e.date?.start, '2016-01-12');
  assert.equal(e.date?.basis, 'implied');
  assert.deepEqual(e.provenance.date, { rule: 'date:published', basis: 'implied' });
  assert.equal(e.injured?.best, 1);
});

test('a victim told as object or in a headline is one killed; "fatal shooting" is at least one', () => {
  assert.deepEqual(counts('Police said officers shot and killed a man who was acting erratically.'), { killed: 1 });
  assert.deepEqual(counts('Man shot, killed on the east side'), { killed: 1 });
  const fatal = victimCounts('A second suspect is in custody for a fatal shooting at a hotel.', { start: 0, end: 62 });
  assert.deepEqual(fatal.map((v) => [v.kind, v.count.low, v.count.qualifier]), [['killed', 1, 'at least']]);
});

test('one victim told by outcome or wound is one injured; a body with a wound is not', () => {
  assert.deepEqual(counts('Police are investigating a shooting that left a man in critical condition.'), { injured: 1 });
  assert.deepEqual(counts('A woman with a gunshot wound walked into the emergency room on Sunday.'), { injured: 1 });
  assert.deepEqual(counts('The victim, a 20-year-old man, had suffered a gunshot wound to the leg.'), { injured: 1 });
  assert.deepEqual(counts('Cashier critical after store robbery'), { injured: 1 });
  // A body found is a death, not an injury.
  assert.deepEqual(counts('Hikers found the body of a man with a gunshot wound near the trail.'), { killed: 1 });
  assert.deepEqual(counts('He bought the gun he shot her with from his brother.'), {});
});

test('a shooter who killed himself is one dead; one who only shot himself is not', () => {
  assert.deepEqual(counts('The gunman later killed himself as officers closed in.'), { killed: 1 });
  assert.deepEqual(counts('The boy accidentally shot himself in the leg.'), {});
  assert.deepEqual(counts('Teen shot at bus stop dies'), { killed: 1 });
});

test('one dead told without an auxiliary, in a relative clause, after an apposition or glued to a headline', () => {
  assert.deepEqual(counts('A 21-year-old man shot and killed by state troopers Monday carried a rifle.'), { killed: 1 });
  assert.deepEqual(counts('Suspect sought after man killed in Millbrook'), { killed: 1 });
  assert.deepEqual(counts('Deputies said the man found dead last Friday was 18.'), { killed: 1 });
  assert.deepEqual(counts('Investigators say a 29-year-old man who was found dead in a ditch had been shot.'), { killed: 1 });
  assert.deepEqual(counts('Man sleeping in parking lot shot, killed | kxyz.comA man was shot and killed last night.').killed, 1);
  const named = 'Police said Dale Amos, 32, died at the scene.';
  const p = { start: named.indexOf('Dale Amos'), end: named.indexOf('Dale Amos') + 9 };
  assert.equal(victimCounts(named, { start: 0, end: named.length }, [p])[0]?.rule, 'victims:named-killed');
  assert.deepEqual(counts('Officers said the man they shot at was not hit.'), {});
});

test('"attempted murder" tells of no death; a body found tells of one', () => {
  assert.deepEqual(counts('He was charged with attempted murder after the shooting.'), {});
  assert.deepEqual(counts('She faces attempted first-degree murder charges.'), {});
  assert.ok('killed' in counts('Police are investigating the murder as a robbery.'));
  assert.deepEqual(counts('A fisherman found the body of a man with a gunshot wound in the river.'), { killed: 1 });
  assert.deepEqual(counts("A woman's body was found in a ditch."), { killed: 1 });
});

test('one hurt told without an auxiliary, by a named wound, in hospital, or as "the victim" left critical', () => {
  assert.deepEqual(counts('Search for gunman after man shot inside restaurant'), { injured: 1 });
  assert.deepEqual(counts('When they arrived, officers found a person shot in the leg.'), { injured: 1 });
  assert.deepEqual(counts('A man is in the hospital after a shooting late Sunday.'), { injured: 1 });
  assert.deepEqual(counts('The attack left the victim in critical condition.'), { injured: 1 });
  assert.deepEqual(counts('Officers found a man shot dead in the car.').injured, undefined);
  const named = 'Deputies found Perez Walker with a gunshot wound to the leg.';
  const p = { start: named.indexOf('Perez Walker'), end: named.indexOf('Perez Walker') + 12 };
  assert.equal(victimCounts(named, { start: 0, end: named.length }, [p])[0]?.rule, 'victims:named-injured');
});

test('two victims told together or one after the other are two', () => {
  assert.deepEqual(counts('Police say a 22-year-old man and a 16-year-old boy were shot on Tuesday.'), { injured: 2 });
  assert.deepEqual(counts('One man was shot in the back and a 29-year-old man was shot in the leg.'), { injured: 2 });
  assert.deepEqual(counts('A woman was shot in the arm.'), { injured: 1 });
});
