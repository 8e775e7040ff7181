import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAP_RUN, gluedDatelines, LOCATIVE_BEFORE, locativeBefore, placeCandidates, WORD_IN_RUN, wordsInRun } from './candidates.ts';

const texts = (text: string) => placeCandidates(text).map((c) => c.text);

test('capitalised names with a place cue are offered; bare names of people are not', () => {
  const text = 'Victor Morris, 23, was shot in Fresno late Tuesday. A Hartford man and Chicago Police were involved.';
  const got = texts(text);
  assert.ok(got.includes('Fresno'));
  assert.ok(got.includes('Hartford'));
  assert.ok(got.includes('Chicago'));
  assert.ok(!got.includes('Victor') && !got.includes('Morris') && !got.includes('Victor Morris'), got.join('|'));
});

test('datelines, glued datelines, qualifiers and leading directions', () => {
  assert.ok(texts('AUBURN, Ala. — Two people were hurt.').includes('AUBURN'));
  assert.ok(texts("Man shot on the city's west sideDETROIT (WXYZ) - Police said").includes('DETROIT'));
  assert.ok(texts('A teen was shot in West Philadelphia on Sunday.').includes('Philadelphia'));
  assert.ok(!texts('A teen was shot in West Philadelphia on Sunday.').includes('West'));
  assert.ok(texts('It happened in Rancho Murieta, Calif., police said.').includes('Rancho Murieta'));
});

test('a county or a street named like a town is not offered as the town', () => {
  const got = texts('Deputies in Harris County said the car was found on Houston Avenue.');
  assert.ok(!got.includes('Harris') && !got.includes('Houston'), got.join('|'));
});

test('a name glued to the site name is found; a count opening a sentence is not a town', () => {
  assert.ok(texts('Man shot on Kensington Avenue | 6abc.comPhiladelphia police are investigating.').includes('Philadelphia'));
  assert.ok(!texts('One man was shot in the back, police said.').includes('One'));
});

test('a run of capitals stops at a sentence end', () => {
  const got = texts('She was shot on the North Side. Chicago police said the man fled.');
  assert.ok(got.includes('Chicago'), got.join('|'));
  assert.ok(!got.some((t) => t.includes('Side. Chicago')), got.join('|'));
});

test('a dateline is glued only when capitals follow a lower-case letter or digit straight on', () => {
  const page = 'Gunfire on the west sideDETROIT (WXYZ) — Police said. NATO, FBI AGENTS said. Live 24/7WEST HARTFORD, Conn. — Also XDENVER, Colo.';
  const glued = [...gluedDatelines(page)].map((m) => [m.index, m[0]]);
  assert.deepEqual(glued, [[page.indexOf('DETROIT'), 'DETROIT'], [page.indexOf('WEST HARTFORD'), 'WEST HARTFORD']]);
  // An astral digit or letter before the capitals glues them too, as one character.
  assert.deepEqual([...gluedDatelines('Channel 𝟕AUSTIN, Texas')].map((m) => m[0]), ['AUSTIN']);
});

test('a one-word name keeps "St." but drops a sentence-end period and a possessive', () => {
  const got = texts("Two men were shot in Dayton. Officers cordoned off Toledo's east side. He grew up near St. Louis.");
  assert.ok(got.includes('Dayton'), got.join('|'));
  assert.ok(!got.includes('Dayton.'), got.join('|'));
  assert.ok(got.includes('Toledo') && !got.some((t) => t.includes("Toledo's")), got.join('|'));
  assert.ok(got.includes('St. Louis'), got.join('|'));
});

test('a locative cue is a whole word, in any case and spacing, with modifiers between it and the name', () => {
  assert.ok(texts('Two men were shot NEAR\tdowntown Fresno on Tuesday.').includes('Fresno'));
  assert.ok(texts('The fire (in Fresno) spread.').includes('Fresno'));
  assert.ok(texts('Fighting spread across the  northern  Kunduz countryside.').includes('Kunduz'));
  assert.ok(!texts('He sold a cabin Fresno bought.').includes('Fresno'));
  assert.ok(!texts('Police in the city named Fresno officers.').includes('Fresno'));
});

test('the words of a capitalised run are the word pattern\'s matches in it: periods, hyphens, apostrophes', () => {
  const text = 'Police Chief John O\'Neill of St.-Louis said Ft. Worth, Winston-Salem and Wilkes-Barre ' +
    'Twp. Mt. Vernon Ave. A. B. Smith’s team met Côte D’Ivoire envoys. NEW YORK-AREA officials and Ăn Ĕx.';
  const runs = [...text.matchAll(CAP_RUN)].map((m) => m[0]);
  assert.ok(runs.some((r) => r.includes('-')) && runs.some((r) => r.includes('. ')), 'the text holds runs of every kind');
  for (const run of runs) {
    assert.deepEqual(wordsInRun(run), [...run.matchAll(WORD_IN_RUN)].map((w) => [w.index, w[0]]), run);
  }
});

test('a locative before a run is read by hand as LOCATIVE_BEFORE reads the 40 characters before it', () => {
  assert.equal(locativeBefore('shot near downtown Dayton', 19), true);
  assert.equal(locativeBefore('shot within Dayton', 12), false);
  assert.equal(locativeBefore('the region of the north Dayton', 24), true);
  // Seeded pieces: locatives and modifiers in any case, words that end in one ("within"), digits and
  // underscores glued before one, non-ASCII letters and spaces, and windows that cut a word.
  const pieces = ['in', 'IN', 'At', 'near', 'of', 'to', 'the', 'The', 'downtown', 'north', 'within', 'into', 'towards', '5in', '_at', 'éin',
    'Paris', 'said', '-the', 'x', ',', '.', ' ', ' ', '  ', '\t', '\u00a0', '\n', 'throughout', 'neighbouring', 'rural'];
  let seed = 7;
  // The high bits of a linear congruential step: its low bits repeat with short periods.
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % pieces.length;
  let agreed = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const count = 1 + (n % 9);
    for (let k = 0; k < count; k++) text += pieces[next()] + (k % 3 ? ' ' : '');
    text += ' Fresno';
    const start = text.length - 'Fresno'.length;
    const expected = LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    assert.equal(locativeBefore(text, start), expected, JSON.stringify(text));
    if (expected) agreed++;
  }
  assert.ok(agreed > 1000, `only ${agreed} texts with a locative`);
});
