import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { hasReadableAnchor, readableAlone, unitWordReadable } from './hidden-anchors.ts';
import { chronoScope, chronoStretches } from './chrono-scope.ts';

const REFERENCE = new Date(2024, 3, 16, 12);
/** Words hiding a unit letter where no number or modifier can stand before it, nor an "ago" after. */
const HIDDEN = ['that', 'who', 'had', 'still', 'what', 'since'];
/** Words whose unit chrono can reach: "last" + "s", "the" + "y", "m" + "an", "eight" + "h". */
const READABLE = ['lasts', 'they', 'man', 'eighth'];
/** chrono-scope's anchors, as far as these words need them. */
const ANCHORS = new Set(['s', 'm', 'h', 'd', 'w', 'y', 'mo', 'mos', 'day', 'week', 'may', 'mon', 'sun', 'night']);

test('a unit letter inside a word is readable only after a number or modifier and before what may follow a unit', () => {
  for (const w of HIDDEN) assert.equal(hasReadableAnchor(w, ANCHORS), false, w);
  for (const w of READABLE) assert.equal(hasReadableAnchor(w, ANCHORS), true, w);
  // Any other anchor counts wherever it stands: no claim is made about months, weekdays, day parts.
  for (const w of ['dismay', 'sunni', 'fortnight', 'common']) assert.equal(hasReadableAnchor(w, ANCHORS), true, w);
});

test('chrono reads nothing in a hidden word, whatever number, modifier or "ago" stands around it', () => {
  const before = ['', 'in ', 'in five ', 'last ', 'the ', 'half an ', 'within a ', '5 ', 'for the next '];
  const after = ['', ' ago', ' later', ' and five days ago', ' from now'];
  for (const w of HIDDEN) {
    for (const b of before) for (const a of after) {
      const text = `Police ${b}${w}${a} said.`;
      const at = text.indexOf(w, 7 + b.length - 1);
      for (const r of chrono.parse(text, REFERENCE, { forwardDate: false })) {
        assert.ok(r.index + r.text.length <= at || r.index >= at + w.length, `${JSON.stringify(text)}: chrono read ${JSON.stringify(r.text)}`);
      }
    }
  }
});

test('a stretch whose only anchors are hidden words is left out; one with a readable anchor is kept whole', () => {
  assert.equal(chronoStretches('Officials said that police had arrested who knows what.').starts.length, 0);
  const text = 'Officials said that police arrested him on Monday outside.';
  const { starts, ends } = chronoStretches(text);
  assert.deepEqual(starts.map((s, k) => text.slice(s, ends[k])), ['him on Monday outside']);
});

test('a unit word is readable only after a digit, a number word or a modifier, spaces between', () => {
  const at = (text: string, unit: string) => unitWordReadable(text, text.lastIndexOf(unit));
  for (const [text, unit] of [['two days', 'days'], ['The  day', 'day'], ['last week', 'week'], ['5 s', 's'], ['half an hour', 'hour'], ['a week', 'week']]) {
    assert.equal(at(text, unit), true, text);
  }
  for (const [text, unit] of [['Samsung’s', 's'], ["I'm", 'm'], ['Independence Day', 'Day'], ['for weeks', 'weeks'], ['U.S', 'S']]) {
    assert.equal(at(text, unit), false, text);
  }
});

test('chrono reads nothing in a unit word with no number or modifier before it', () => {
  for (const text of ['Samsung’s plans slipped months ago.', "I'm told the Independence Day parade ran for weeks later.", 'U.S. officials said days later.']) {
    const { starts } = chronoStretches(text);
    assert.equal(starts.length, 0, text);
    assert.deepEqual(chrono.parse(text, REFERENCE, { forwardDate: false }).map((r) => r.text), [], text);
  }
});

test('a hidden anchor among numbers leaves the stretch one of numbers alone', () => {
  const text = 'Police said a 25-year-old suspect fled. Two days later police said.';
  const { starts, worded } = chronoStretches(text);
  assert.deepEqual(worded, [false, true], starts.map(String).join());
});

/** chrono's results in `text`, read whole and through the stretches (always cut): they must agree. */
function readBothWays(text: string): [string[], string[]] {
  const whole = chrono.parse(text, REFERENCE, { forwardDate: false }).map((r) => `${r.index} ${r.text}`);
  const scope = chronoScope(text, Infinity);
  const cut = scope ? chrono.parse(scope.text, REFERENCE, { forwardDate: false }).map((r) => `${scope.toArticle(r.index)} ${r.text}`) : [];
  return [cut, whole];
}

test('a word with a unit glued to a number inside it is read as chrono reads it alone', () => {
  for (const w of ['they', 'them', 'man', 'san']) assert.equal(readableAlone(w), false, w);
  for (const w of ['theyago', 'inthey']) assert.equal(readableAlone(w), true, w);
});

test('"they" or "man" between words that lend it nothing opens no stretch; a prefix, number or "ago" beside it does', () => {
  for (const text of ['Residents said they fled.', 'Witnesses saw a gunman flee.', 'Police said that they were told, then they left.', 'Troops in San Jose said.']) {
    assert.equal(chronoStretches(text).starts.length, 0, text);
    assert.deepEqual(chrono.parse(text, REFERENCE, { forwardDate: false }), [], text);
  }
  // chrono reads a glued unit word after another unit ("5 days, they ago": the chain of durations).
  const text = 'Rebels left 5 days, they ago.';
  const [cut, whole] = readBothWays(text);
  assert.deepEqual(whole, ['12 5 days, they ago']);
  assert.deepEqual(cut, whole);
  const [cut2, whole2] = readBothWays('Rebels left in 5 days they said.');
  assert.deepEqual(whole2, ['12 in 5 days they']);
  assert.deepEqual(cut2, whole2);
  // A prefix or "ago" beside it keeps it an anchor, whether chrono then reads it or not.
  for (const t of ['Rebels left in they said.', 'Rebels left they ago, police said.', 'Rebels left a man ago, police said.']) assert.ok(chronoStretches(t).starts.length > 0, t);
});

test('seeded texts of glued unit words among prefixes, numbers, "ago" and barriers read the same through the stretches', () => {
  const glued = ['they', 'They', 'them', 'man', 'Man', 'San', 'south', 'theyago', 'inthey', 'twoyears', 'hey'];
  const around = ['in', 'for', 'within', 'about', 'the', 'a', 'an', 'half', 'couple', 'of', 'two', 'ten', '5', 'last', 'next', 'this', 'after', 'and',
    'ago', 'later', 'before', 'earlier', 'from now', 'out', 'days', 'day', 'h', 's', 'Monday', 'May', 'police', 'said', 'Kunduz', 'officials', 'that', 'had'];
  const gaps = [' ', ' ', ' ', ', ', '. ', ' - ', '+', '~', '"', '; ', '\n', '  '];
  let seed = 3;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  let read = 0;
  for (let k = 0; k < 1500; k++) {
    let text = 'Police';
    for (let t = 2 + Math.floor(next() * 6); t > 0; t--) text += pick(gaps) + (next() < 0.4 ? pick(glued) : pick(around));
    text += ' officials.';
    const [cut, whole] = readBothWays(text);
    if (whole.length) read++;
    assert.deepEqual(cut, whole, JSON.stringify(text));
  }
  assert.ok(read > 150, `only ${read} texts held a result: the test reads too little`);
});
