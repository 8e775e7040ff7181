import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('a title or rank abbreviation never ends a sentence', () => {
  const text = 'Col.-Gen. Ivanov inspected the brigade. Mr. Petrov and Dr. Lee arrived with Lt. Sokolov at St. Anne hospital.';
  assert.deepEqual(texts(text), [
    'Col.-Gen. Ivanov inspected the brigade.',
    'Mr. Petrov and Dr. Lee arrived with Lt. Sokolov at St. Anne hospital.',
  ]);
});

test('"U.S." before a lowercase word stays inside the sentence, but can end one before a capital', () => {
  const text = 'U.S. officials said the talks stalled. The sanctions were imposed by the U.S. The Kremlin called them illegal.';
  assert.deepEqual(texts(text), [
    'U.S. officials said the talks stalled.',
    'The sanctions were imposed by the U.S.',
    'The Kremlin called them illegal.',
  ]);
});

test('"No." and month abbreviations before a number do not end a sentence', () => {
  const text = 'Gen. Karimov signed order No. 12 on Jan. 27 in Dushanbe. The drills began the next day.';
  assert.equal(texts(text).length, 2);
  assert.equal(texts(text)[0], 'Gen. Karimov signed order No. 12 on Jan. 27 in Dushanbe.');
});

test('a line end always ends a sentence, with or without a blank line', () => {
  const text = 'Troops Begin Drills Near Border\nThe exercise involves 1,500 troops\n\nIt ends on Friday.';
  assert.deepEqual(texts(text), ['Troops Begin Drills Near Border', 'The exercise involves 1,500 troops', 'It ends on Friday.']);
});

test('token offsets point at the token text and carry POS tags', () => {
  const text = 'Two soldiers were “lightly” wounded near Khorog…  Officials confirmed it.';
  const sentences = splitSentences(text);
  const tokens = sentences.flatMap((s) => s.tokens);
  assert.ok(tokens.some((t) => text.slice(t.start, t.end) === 'wounded' && t.pos === 'VERB'));
  assert.ok(tokens.some((t) => text.slice(t.start, t.end) === 'Khorog' && t.pos === 'PROPN'));
  for (const t of tokens) assert.ok(t.start < t.end && text.slice(t.start, t.end).trim().length > 0, `empty token at ${t.start}`);
  for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].start >= tokens[i - 1].end, 'tokens in order');
  for (const s of sentences) assert.equal(s.start, s.tokens[0].start);
});

test('empty text gives no sentences', () => {
  assert.deepEqual(splitSentences('  \n\n '), []);
});

test('every token has text, even around a doubled full stop', () => {
  const text = 'Same old tricks..You know what happened next.';
  for (const s of splitSentences(text)) for (const t of s.tokens) assert.ok(t.end > t.start, `empty token at ${t.start}`);
});

test('the word before a dot is read the same beside non-ASCII letters, long words and initials', () => {
  // "Brig." before a name holds; "Khujand." and "Qurghonteppa." (a word longer than the look-back) end sentences;
  // "J. R." initials hold; "Šarīf." ends a sentence before a capital.
  const text = 'Brig. Nazarov toured Khujand. Troops massed outside Qurghonteppaqurghonteppa. J. R. Smith, an analyst, spoke in Dušanbe. Nawaz Šarīf. The talks resumed.';
  assert.deepEqual(texts(text), [
    'Brig. Nazarov toured Khujand.',
    'Troops massed outside Qurghonteppaqurghonteppa.',
    'J. R. Smith, an analyst, spoke in Dušanbe.',
    'Nawaz Šarīf.',
    'The talks resumed.',
  ]);
});

const words = (text: string) => splitSentences(text).flatMap((s) => s.tokens.map((t) => text.slice(t.start, t.end)));
const tagOf = (text: string, word: string) =>
  splitSentences(text).flatMap((s) => s.tokens).find((t) => text.slice(t.start, t.end) === word)?.pos;

test('names with Latin Extended or Cyrillic letters are one token each, at their own offsets', () => {
  const text = 'Striker Tomo Miličević met Stanisław Nowak in Łódź, then flew to Bağdat with Hüseyin Çelik and Сергей.';
  const w = words(text);
  for (const name of ['Miličević', 'Stanisław', 'Łódź', 'Bağdat', 'Hüseyin', 'Çelik', 'Сергей']) assert.ok(w.includes(name), `${name} in ${w.join('|')}`);
  const lodz = splitSentences(text).flatMap((s) => s.tokens).find((t) => text.slice(t.start, t.end) === 'Łódź')!;
  assert.equal(lodz.start, text.indexOf('Łódź'));
  assert.equal(text[lodz.end], ',');
});

test('a foreign-alphabet name is tagged PROPN and the verb beside it VERB', () => {
  const text = 'Police in Łódź said Đorđe Petrović was detained.';
  assert.equal(tagOf(text, 'Łódź'), 'PROPN');
  assert.equal(tagOf(text, 'Đorđe'), 'PROPN');
  assert.equal(tagOf(text, 'Petrović'), 'PROPN');
  assert.equal(tagOf(text, 'detained'), 'VERB');
});

test('hyphenated words stay whole; punctuation and possessives beside non-ASCII words are tokens of their own', () => {
  const text = 'The İstanbul-based group, led by Miličević, fired 3 rockets; Ağrı’s mayor spoke.';
  const w = words(text);
  assert.ok(w.includes('İstanbul-based') && w.includes('Miličević') && w.includes(','), w.join('|'));
  assert.ok(w.includes('Ağrı') && w.includes('’s'), w.join('|'));
  assert.ok(!w.some((x) => /[,;]/.test(x) && x.length > 1));
});

test('a sentence ending in a non-ASCII name ends there', () => {
  const text = 'The commander was Ahmad al-Šarīf. He was killed in March.';
  assert.deepEqual(texts(text), ['The commander was Ahmad al-Šarīf.', 'He was killed in March.']);
  assert.ok(words(text).includes('al-Šarīf'));
});

test('"U.S." before a name part, and a clock time before its day, end no sentence; before a sentence opener they do', () => {
  const text = 'The U.S. Marshals Service joined at 8:20 p.m. Tuesday. Shots rang out at 3 p.m. Police said two died. Aid came from the U.S. But talks stalled.';
  assert.deepEqual(texts(text), [
    'The U.S. Marshals Service joined at 8:20 p.m. Tuesday.',
    'Shots rang out at 3 p.m.',
    'Police said two died.',
    'Aid came from the U.S.',
    'But talks stalled.',
  ]);
});

test('a dateline state abbreviation and its bracketed outlet stay in the sentence they open', () => {
  const text = 'AURORA, Colo. (KXYZ) – A man was hurt in Denver, Colo. Police arrested him.';
  assert.deepEqual(texts(text), ['AURORA, Colo. (KXYZ) – A man was hurt in Denver, Colo.', 'Police arrested him.']);
});

test('a headline run into its dateline through a web address is cut after the address', () => {
  const text = 'Man hurt in shooting | news9.comTULSA, Okla. – A man was hurt.';
  assert.deepEqual(texts(text), ['Man hurt in shooting | news9.com', 'TULSA, Okla. – A man was hurt.']);
});
