import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeName, normalizeNameFully, tokenize, tokenizeInto, TokenTable, UNLISTED_WORD, WordSieve } from './normalize.ts';

// The scanner reads plain ASCII words by hand and leaves the rest to the word pattern: both kinds,
// and their seams, must come out as whole words with the text's own offsets.
const DISPATCH = "DUSHANBE — Tajik border guards near Kŭlob and Qurghonteppa-Bokhtar said Russia’s 201st base " +
  "(O'Neill’s unit) moved to the Afghan frontier; Côte d’Ivoire’s envoy and the Ḩişşār district were named too.";

test('tokenize reads ASCII words, apostrophes and accented names whole, at their offsets', () => {
  const tokens = tokenize(DISPATCH);
  const words = tokens.map((t) => DISPATCH.slice(t.start, t.end));
  assert.deepEqual(words, [
    'DUSHANBE', 'Tajik', 'border', 'guards', 'near', 'Kŭlob', 'and', 'Qurghonteppa', 'Bokhtar', 'said', 'Russia’s',
    '201st', 'base', "O'Neill’s", 'unit', 'moved', 'to', 'the', 'Afghan', 'frontier', 'Côte', 'd’Ivoire’s', 'envoy',
    'and', 'the', 'Ḩişşār', 'district', 'were', 'named', 'too',
  ]);
  for (const t of tokens) assert.equal(t.norm, normalizeName(DISPATCH.slice(t.start, t.end)), DISPATCH.slice(t.start, t.end));
  const capitalised = tokens.filter((t) => t.capitalized).map((t) => t.norm);
  assert.deepEqual(capitalised, ['dushanbe', 'tajik', 'kulob', 'qurghonteppa', 'bokhtar', 'russia', 'oneill', 'afghan', 'cote', 'hissar']);
});

test('abbreviated name words are spelt out in both scanner paths; other words stay as written', () => {
  assert.deepEqual(tokenize('St. Petersburg, Mt’s').map((t) => t.norm), ['saint', 'petersburg', 'mount']);
  assert.deepEqual(tokenize('Ft Worth').map((t) => t.norm), ['fort', 'worth']);
});

test('a word that names an object property is an ordinary word', () => {
  assert.equal(normalizeName('Constructor'), 'constructor');
  assert.deepEqual(tokenize('the constructor of the dam').map((t) => t.norm), ['the', 'constructor', 'of', 'the', 'dam']);
});

test('a token table grows past a long article and is refilled, not appended to, by the next text', () => {
  const long = Array.from({ length: 5000 }, (_, i) => (i % 2 ? 'Kherson' : `post${i}`)).join(' ');
  const table = tokenizeInto(long, new TokenTable());
  assert.equal(table.length, 5000);
  assert.equal(table.norms[4999], 'kherson');
  assert.equal(long.slice(table.starts[4998], table.ends[4998]), 'post4998');
  assert.equal(table.capitalized[4999], 1);
  tokenizeInto('Near Kŭlob', table);
  assert.equal(table.length, 2);
  assert.deepEqual(table.norms.slice(0, table.length), ['near', 'kulob']);
});

test('a word sieve keeps the forms of listed words and rules out the plain words it does not list', () => {
  const sieve = new WordSieve(['tajik', 'border', 'saint', 'district']);
  const table = tokenizeInto(DISPATCH + ' St. George', new TokenTable(), sieve);
  const full = tokenize(DISPATCH + ' St. George');
  const sieved = full.map((t, k) => table.norms[k]);
  // Listed words, abbreviations spelt out to them, and words the ASCII scan does not finish alone keep their forms.
  for (const [k, t] of full.entries()) {
    if (['tajik', 'border', 'saint', 'district', 'kulob', 'russia', 'oneill', 'cote', 'divoire', 'hissar'].includes(t.norm)) assert.equal(sieved[k], t.norm, t.norm);
  }
  for (const word of ['dushanbe', 'guards', 'near', 'moved', 'afghan', 'george']) {
    assert.equal(sieved[full.findIndex((t) => t.norm === word)], UNLISTED_WORD, word);
  }
  assert.deepEqual([...table.starts.subarray(0, table.length)], full.map((t) => t.start));
  // The listed words' numbers, in order, are just those not ruled out.
  const kept = full.map((_, k) => k).filter((k) => table.norms[k] !== UNLISTED_WORD);
  assert.ok(kept.length > 0 && kept.length < full.length);
  assert.deepEqual([...table.listed.subarray(0, table.listedCount)], kept);
});

test('plain ASCII names of several words fold like any other name: separators, abbreviations, edges', () => {
  assert.equal(normalizeName('Santa Maria'), 'santa maria');
  assert.equal(normalizeName('  St. Louis -- Park, '), 'saint louis park');
  assert.equal(normalizeName('KHATLON_REGION/2'), 'khatlon region 2');
  assert.equal(normalizeName('Ft.Worth'), 'fort worth');
  // An apostrophe or a letter beyond ASCII still goes the long way: the possessive drops, the accent folds.
  assert.equal(normalizeName("Washington's Mall"), 'washington mall');
  assert.equal(normalizeName('San José'), 'san jose');
  assert.equal(normalizeName('...'), '');
});


test('a sieve of thousands of words finds each of them, and not the words one letter off', () => {
  const listed = Array.from({ length: 5000 }, (_, i) => `town${i}`);
  const sieve = new WordSieve(listed);
  const text = listed.map((w, i) => `${w.toUpperCase()} ${w}x ${i % 7 ? 'Town' + i : 'tow' + i}`).join(', ');
  const table = tokenizeInto(text, new TokenTable(), sieve);
  for (let k = 0; k < table.length; k++) {
    const word = text.slice(table.starts[k], table.ends[k]).toLowerCase();
    assert.equal(table.norms[k], listed.includes(word) ? word : UNLISTED_WORD, word);
  }
});

test('the short ways of normalizeName give what every step gives, for plain words and words with apostrophes', () => {
  const pieces = ['Taliban', 'didn', 't', 's', 'S', 'O', 'Neill', 'st', 'St', 'x9', '2', 'll', 'ss'];
  const marks = ["'", '’', '-', ' ', "'s", '’s', ''];
  let seed = 11;
  // The high bits of a linear congruential step: its low bits repeat with short periods.
  const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % n;
  let withApostrophe = 0;
  for (let k = 0; k < 20_000; k++) {
    let name = pieces[next(pieces.length)];
    for (let w = next(4); w > 0; w--) name += marks[next(marks.length)] + pieces[next(pieces.length)];
    if (/['’]/.test(name)) withApostrophe++;
    assert.equal(normalizeName(name), normalizeNameFully(name), JSON.stringify(name));
  }
  assert.ok(withApostrophe > 5000, `only ${withApostrophe} names with an apostrophe`);
  assert.equal(normalizeName("Taliban's"), 'taliban');
  assert.equal(normalizeName('TALIBAN’S'), 'talibans');
  assert.equal(normalizeName("St's"), 'saint');
});
