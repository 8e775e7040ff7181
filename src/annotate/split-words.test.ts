import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.ts';
import { joinSplitWords } from './split-words.ts';

const words = (text: string) => splitSentences(text).flatMap((s) => s.tokens.map((t) => text.slice(t.start, t.end)));
const tagOf = (text: string, word: string) =>
  splitSentences(text).flatMap((s) => s.tokens).find((t) => text.slice(t.start, t.end) === word)?.pos;

test('names with Latin Extended letters are one token each, at their own offsets', () => {
  const text = 'Striker Tomo Miličević met Stanisław Nowak in Łódź, then flew to Bağdat with Hüseyin Çelik.';
  const w = words(text);
  for (const name of ['Miličević', 'Stanisław', 'Łódź', 'Bağdat', 'Hüseyin', 'Çelik']) assert.ok(w.includes(name), `${name} in ${w.join('|')}`);
  assert.ok(!w.includes('č') && !w.includes('ł') && !w.includes('ź'));
  const tokens = splitSentences(text).flatMap((s) => s.tokens);
  for (const t of tokens) assert.equal(t.end > t.start, true);
  const lodz = tokens.find((t) => text.slice(t.start, t.end) === 'Łódź')!;
  assert.equal(lodz.start, text.indexOf('Łódź'));
  assert.equal(text[lodz.end], ',');
});

test('a joined capitalised word is tagged PROPN, whatever wink made of its pieces', () => {
  const text = 'Police in Łódź said Đorđe Petrović was detained.';
  assert.equal(tagOf(text, 'Łódź'), 'PROPN');
  assert.equal(tagOf(text, 'Đorđe'), 'PROPN');
  assert.equal(tagOf(text, 'Petrović'), 'PROPN');
  assert.equal(tagOf(text, 'detained'), 'VERB');
});

test('punctuation, hyphens and digits between pieces stay token boundaries', () => {
  const text = 'The İstanbul-based group, led by Miličević, fired 3 rockets; Ağrı’s mayor spoke.';
  const w = words(text);
  assert.ok(w.includes('İstanbul') && w.includes('-') && w.includes('based'));
  assert.ok(w.includes('Miličević') && w.includes(','));
  assert.ok(w.includes('Ağrı'), w.join('|'));
  assert.ok(!w.some((x) => /[,;]/.test(x) && x.length > 1));
});

test('a sentence ending in a joined name ends there', () => {
  const text = 'The commander was Ahmad al-Šarīf. He was killed in March.';
  const s = splitSentences(text).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(s, ['The commander was Ahmad al-Šarīf.', 'He was killed in March.']);
  assert.ok(words(text).includes('Šarīf'));
});

test('joinSplitWords leaves tokens apart when a gap, a digit or punctuation separates them', () => {
  const text = 'Mili č 3č Ł.ód';
  const tokens = [
    { start: 0, end: 4, pos: 'PROPN' }, { start: 5, end: 6, pos: 'X' },
    { start: 7, end: 8, pos: 'NUM' }, { start: 8, end: 9, pos: 'X' },
    { start: 10, end: 11, pos: 'X' }, { start: 11, end: 12, pos: 'PUNCT' }, { start: 12, end: 14, pos: 'NOUN' },
  ];
  const joined = joinSplitWords(text, tokens);
  assert.deepEqual(joined.tokens, tokens);
  assert.deepEqual([...joined.index], [0, 1, 2, 3, 4, 5, 6]);
});

test('joinSplitWords maps each piece to the word that holds it', () => {
  const text = 'in Łódź now';
  const tokens = [
    { start: 0, end: 2, pos: 'ADP' }, { start: 3, end: 4, pos: 'X' }, { start: 4, end: 6, pos: 'PROPN' },
    { start: 6, end: 7, pos: 'X' }, { start: 8, end: 11, pos: 'ADV' },
  ];
  const joined = joinSplitWords(text, tokens);
  assert.deepEqual(joined.tokens.map((t) => text.slice(t.start, t.end)), ['in', 'Łódź', 'now']);
  assert.deepEqual([...joined.index], [0, 1, 1, 1, 2]);
});
