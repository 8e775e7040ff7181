import { test } from 'node:test';
import assert from 'node:assert/strict';
import { casualtyKind, findQuantities } from './quantities.ts';

function only(text: string) {
  const found = findQuantities(text);
  assert.equal(found.length, 1, `one quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((q) => text.slice(q.start, q.end)))}`);
  return { ...found[0], words: text.slice(found[0].start, found[0].end) };
}

const bounds = (q: { low: number | null; best: number | null; high: number | null }) => [q.low, q.best, q.high];

test('"over" and "more than" raise the low bound past the number', () => {
  const over = only('The siege caused over 140 deaths in the city.');
  assert.deepEqual(bounds(over), [141, null, null]);
  assert.deepEqual([over.qualifier, over.unit, over.words], ['over', 'deaths', 'over 140 deaths']);
  const more = only('More than 140 people were killed in the bombing.');
  assert.deepEqual(bounds(more), [141, null, null]);
  assert.equal(casualtyKind(more), 'killed');
});

test('"at least", "up to" and "about" set low, high and best', () => {
  const least = only('At least 6 killed as shells hit the market.');
  assert.deepEqual([...bounds(least), least.qualifier, least.unit], [6, null, null, 'at least', 'killed']);
  assert.deepEqual(bounds(only('Up to 20 may still be under the rubble.')), [null, null, 20]);
  for (const hedge of ['about', 'around', 'nearly', 'some']) {
    const q = only(`The raid involved ${hedge} 50 fighters.`);
    assert.deepEqual([q.best, q.qualifier, casualtyKind(q)], [50, hedge, 'size']);
  }
});

test('vague counts carry the bounds their word implies', () => {
  const dozens = only('Dozens of civilians fled the village.');
  assert.deepEqual([...bounds(dozens), dozens.unit], [24, null, 99, 'civilians']);
  assert.deepEqual(bounds(only('Hundreds were wounded in the blast.')), [200, null, 999]);
  assert.deepEqual(bounds(only('Scores of protesters were detained.')), [40, null, null]);
  assert.deepEqual(bounds(only('A dozen soldiers guarded the bridge.')), [12, 12, 12]);
  assert.deepEqual(bounds(only('More than a dozen people were hurt.')), [13, null, null]);
});

test('number words count the noun after them', () => {
  const women = only('The shell hit a bus; two women among them were from Kherson.');
  assert.deepEqual([women.best, women.unit], [2, 'women']);
  const soldiers = only('Three soldiers were killed at the post.');
  assert.deepEqual([soldiers.best, soldiers.unit], [3, 'killed']);
});

test('an exact figure with thousands separators', () => {
  const q = only('Moscow sent 1,500 troops to the drills.');
  assert.deepEqual([...bounds(q), q.qualifier, q.unit, casualtyKind(q)], [1500, 1500, 1500, 'exact', 'troops', 'size']);
});

test('ranges: "between 10 and 15" and "10-15"', () => {
  const between = only('Between 10 and 15 soldiers died in the ambush.');
  assert.deepEqual([...bounds(between), between.qualifier, casualtyKind(between)], [10, null, 15, 'range', 'killed']);
  assert.deepEqual(bounds(only('Some 10-15 militants crossed the river.')), [10, null, 15]);
});

test('"killing 12 and wounding 30" gives a death toll and an injury toll', () => {
  const text = 'A car bomb exploded near the ministry, killing 12 and wounding 30.';
  const qs = findQuantities(text);
  assert.deepEqual(qs.map((q) => [q.best, q.unit, casualtyKind(q)]), [[12, 'killed', 'killed'], [30, 'injured', 'injured']]);
});

test('the death toll and a verb after other words', () => {
  assert.equal(casualtyKind(only('The death toll rose to 40 on Sunday.')), 'killed');
  const brothers = only('Police said two brothers are dead after the shooting.');
  assert.deepEqual([brothers.best, casualtyKind(brothers)], [2, 'killed']);
  assert.equal(casualtyKind(only('Three people were shot and wounded outside a bar.')), 'injured');
});

test('years, dates, ordinals, percentages, money, ages, times and labels are not counts', () => {
  const texts = [
    'The war began in 2014 and ended on April 15, 2024.',
    'The 201st base lies outside Dushanbe.',
    'Turnout reached 45 percent, up 3% on 2019.',
    'The loan of $5 million was approved.',
    'The driver, aged 35, survived; a 35-year-old man died.',
    'Smith, 35, was arrested at 7 p.m. near Route 66.',
    'Battalion 5 moved to Sector 12 for 20 years.',
    'Rebels carried AK-47 rifles and fired 12 shots.',
    'Case Number: 1601030104 Harbour Police are investigating.',
    'Multiple 911 calls brought officers to the scene.',
    'He was charged with possessing over 10 grams of heroin.',
  ];
  for (const text of texts) assert.deepEqual(findQuantities(text), [], text);
});

test('an age is not a death toll even when a death follows', () => {
  assert.deepEqual(findQuantities('He turned 21 shortly before he was killed.'), []);
});

test('the head of "two civilian victims" is victims', () => {
  assert.equal(only('Two civilian victims were taken to hospital.').unit, 'victims');
});

test('casualtyKind reads the unit', () => {
  const q = (unit: string | null) => ({ start: 0, end: 1, low: 1, best: 1, high: 1, qualifier: 'exact', unit, rule: 'test' });
  assert.equal(casualtyKind(q('deaths')), 'killed');
  assert.equal(casualtyKind(q('wounded')), 'injured');
  assert.equal(casualtyKind(q('troops')), 'size');
  assert.equal(casualtyKind(q('civilians')), null);
  assert.equal(casualtyKind(q(null)), null);
});

test('weapons and objects are not tolls, even before a casualty verb', () => {
  assert.deepEqual(findQuantities('A man carrying two handguns was shot and killed outside the store.').map((q) => q.unit), []);
  assert.deepEqual(findQuantities('The department bought 300 body cameras last year.').map((q) => q.unit), []);
  const clerks = findQuantities('Two store clerks were shot and killed.');
  assert.equal(casualtyKind(clerks[0]), 'killed');
});

test('an age set off by commas after a name is not a count, with "then" or "aged" too', () => {
  assert.deepEqual(findQuantities('Marcus, then 18, was shot and killed near the park.'), []);
  assert.deepEqual(findQuantities('Dana Reyes, aged 34, was wounded.'), []);
});

test('hedges and casualty words before a number hold in any case and spacing, and only as whole words', () => {
  const approx = only('The raid involved APPROX.  30 fighters.');
  assert.deepEqual([approx.best, approx.qualifier], [30, 'approx.']);
  assert.deepEqual([only('Shelling came, killing\t12 on the road.').unit], ['killed']);
  assert.deepEqual(bounds(only('The death toll has  risen to 40 in the city.')), [40, 40, 40]);
  assert.deepEqual(only('Between  10 and 15 soldiers were hurt.').qualifier, 'range');
  // "Clover" ends in "over" but is no hedge: 30 stays exact.
  assert.deepEqual(only('Clover 30 soldiers marched.').qualifier, 'exact');
});
