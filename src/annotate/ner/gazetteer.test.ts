import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAZ_BEGIN, GAZ_INSIDE, GAZ_LAST, GAZ_NONE, GAZ_UNIT, Gazetteer, GazetteerSet, gazKey, gazKeyHash } from './gazetteer.ts';
import { hashString } from './hash.ts';

function marks(g: Gazetteer, words: string[]): number[] {
  const out = new Uint8Array(words.length);
  g.mark(Uint32Array.from(words.map((w) => hashString(gazKey(w)))), words.length, out);
  return [...out];
}

test('the longest listed phrase wins and its tokens are marked begin/inside/last', () => {
  const g = new Gazetteer('org', ['collective security treaty organization', 'security', 'un']);
  assert.deepEqual(
    marks(g, ['the', 'Collective', 'Security', 'Treaty', 'Organization', 'and', 'UN']),
    [GAZ_NONE, GAZ_BEGIN, GAZ_INSIDE, GAZ_INSIDE, GAZ_LAST, GAZ_NONE, GAZ_UNIT],
  );
});

test('a listed prefix alone does not match', () => {
  const g = new Gazetteer('loc', ['mazar-i-sharif', 'new york city']);
  assert.deepEqual(marks(g, ['New', 'York', 'police']), [GAZ_NONE, GAZ_NONE, GAZ_NONE]);
  assert.deepEqual(marks(g, ['Mazar-i-Sharif']), [GAZ_UNIT]);
});

test('matching all lists at once marks exactly what each list marks alone', () => {
  const lists = [
    new Gazetteer('loc', ['new york', 'new york city', 'york']),
    new Gazetteer('org', ['new york times', 'times']),
  ];
  const words = ['The', 'New', 'York', 'Times', 'in', 'New', 'York', 'City', 'York'];
  const outs = lists.map(() => new Uint8Array(words.length));
  new GazetteerSet(lists).mark(Uint32Array.from(words.map((w) => hashString(gazKey(w)))), words.length, outs);
  lists.forEach((g, k) => assert.deepEqual([...outs[k]], marks(g, words), g.name));
});

test('a short sentence after a long one keeps none of the long one\'s matches', () => {
  const lists = [new Gazetteer('loc', ['dushanbe', 'new york']), new Gazetteer('org', ['csto'])];
  const set = new GazetteerSet(lists);
  const run = (words: string[]) => {
    const outs = lists.map(() => new Uint8Array(words.length));
    set.mark(Uint32Array.from(words.map((w) => hashString(gazKey(w)))), words.length, outs);
    return outs.map((o) => [...o]);
  };
  run(['CSTO', 'troops', 'left', 'Dushanbe', 'for', 'New', 'York', 'on', 'Monday', 'and', 'the', 'CSTO', 'said', 'so']);
  const words = ['Troops', 'rested', 'quietly'];
  assert.deepEqual(run(words), lists.map((g) => marks(g, words)));
  assert.deepEqual(run(words), [[GAZ_NONE, GAZ_NONE, GAZ_NONE], [GAZ_NONE, GAZ_NONE, GAZ_NONE]]);
});

test('marking from each word\'s kept one-token entry marks what marking from scratch does, and names the lists hit', () => {
  const lists = [new Gazetteer('loc', ['new york', 'new york city', 'york']), new Gazetteer('org', ['new york times']), new Gazetteer('per', ['putin'])];
  const set = new GazetteerSet(lists);
  const words = ['The', 'New', 'York', 'Times', 'in', 'New', 'York', 'City', 'York'];
  const keys = Uint32Array.from(words.map((w) => hashString(gazKey(w))));
  const plain = lists.map(() => new Uint8Array(words.length));
  const kept = lists.map(() => new Uint8Array(words.length));
  const hitPlain = set.mark(keys, words.length, plain);
  const hitKept = set.mark(keys, words.length, kept, Int32Array.from(keys, (k) => set.firstEntry(k)));
  assert.deepEqual(kept.map((o) => [...o]), plain.map((o) => [...o]));
  // The person list matches nothing here: only the place and organisation lists are named.
  assert.equal(hitPlain, 0b011);
  assert.equal(hitKept, 0b011);
});

test('marks arrays reused across sentences: a list without a match is cleared once, then left alone, and shows no old match', () => {
  const lists = [new Gazetteer('loc', ['dushanbe', 'new york']), new Gazetteer('org', ['csto'])];
  const set = new GazetteerSet(lists);
  const outs = lists.map(() => new Uint8Array(16));
  let dirty = 0;
  const run = (words: string[]) => {
    dirty = set.mark(Uint32Array.from(words.map((w) => hashString(gazKey(w)))), words.length, outs, undefined, dirty);
    return outs.map((o) => [...o.subarray(0, words.length)]);
  };
  // A long sentence marks both lists far along; a short one matches nothing; a long one again must not see the old marks.
  run(['Troops', 'of', 'the', 'CSTO', 'left', 'Dushanbe', 'for', 'New', 'York']);
  assert.equal(dirty, 0b11);
  run(['Troops', 'rested']);
  assert.equal(dirty, 0);
  const later = ['Troops', 'of', 'the', 'army', 'left', 'camp', 'for', 'the', 'hills'];
  assert.deepEqual(run(later), lists.map((g) => marks(g, later)));
  assert.ok(outs.every((o) => o.every((m) => m === GAZ_NONE)), 'no list holds a mark past the sentence either');
});

test('a word\'s key hash read by char code is the hash of its key, for plain, capitalised, accented and curly-quoted words', () => {
  for (const w of ['kabul', 'Kabul', 'KABUL', "O'Brien", 'O’Brien', 'Miličević', 'İstanbul', 'ΣΟΦΙΑ', '', 'al-Assad', 'U.S.', '𝒜lpha']) {
    assert.equal(gazKeyHash(w), hashString(gazKey(w)), w);
  }
  const g = new Gazetteer('geo', ['nova scotia', 'o\'brien']);
  assert.ok(g.hasPhrase('Nova', 'Scotia') && g.hasPhrase('NOVA', 'scotia') && g.hasPhrase('O’Brien'));
  assert.ok(!g.hasPhrase('Nova') && !g.hasPhrase('Scotia', 'Nova'));
});
