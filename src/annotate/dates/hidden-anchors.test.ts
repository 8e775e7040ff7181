import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { hasReadableAnchor, unitWordReadable } from './hidden-anchors.ts';
import { chronoStretches } from './chrono-scope.ts';

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
