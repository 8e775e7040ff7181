// The alias trie's hashed edges and the word scan they are read with: a word's key is found from
// the text without building its token, keys that share a hash stay apart, and the tokens built on
// demand are tokenize()'s.
import test from 'node:test';
import assert from 'node:assert/strict';
import { AliasTrie, possessiveHash } from './alias-trie.ts';
import { POSSESSIVE_MARK, WordScan, keyHash, tokenize } from './text.ts';

test('an ASCII word finds its key whatever its case, and only a whole word does', () => {
  const trie = new AliasTrie<string>();
  trie.add(['islamic', 'state']).refs.push('IS');
  trie.add(['the', 'taliban']).refs.push('Taliban');
  trie.index();
  const text = 'Fighters of ISLAMIC State and Islamist groups met the Taliban.';
  const words = new WordScan();
  words.scan(text);
  const find = (k: number, parent = trie.root) => trie.childOfAsciiWord(parent, words.normHash[k], text, words.start[k], words.stop[k]);
  const islamic = find(2);
  assert.equal(islamic?.key, 'islamic');
  assert.deepEqual(find(3, islamic)?.refs, ['IS']);
  assert.equal(find(5), undefined, '"Islamist" is no key, though it starts like one');
  assert.equal(find(3), undefined, '"State" opens no alias');
  assert.deepEqual(find(9, find(8))?.refs, ['Taliban']);
});

test('two keys with the same hash are told apart by their text', () => {
  // "yaczf" and "glbpp" have the same 32-bit FNV-1a hash.
  assert.equal(keyHash('yaczf'), keyHash('glbpp'));
  const trie = new AliasTrie<string>();
  trie.add(['yaczf']).refs.push('first');
  trie.add(['glbpp']).refs.push('second');
  trie.index();
  const h = keyHash('glbpp');
  assert.deepEqual(trie.child(trie.root, h, 'glbpp')?.refs, ['second']);
  assert.deepEqual(trie.child(trie.root, h, 'yaczf')?.refs, ['first']);
  assert.deepEqual(trie.childOfAsciiWord(trie.root, h, 'a YACZF b', 2, 7)?.refs, ['first']);
  assert.equal(trie.child(trie.root, h, 'other'), undefined);
});

test('a possessive key is reached by extending its word hash with the mark', () => {
  const trie = new AliasTrie<string>();
  trie.add(['russia' + POSSESSIVE_MARK, 'defence', 'ministry']).refs.push('MoD');
  trie.index();
  const step = trie.child(trie.root, possessiveHash(keyHash('russia')), 'russia' + POSSESSIVE_MARK);
  assert.equal(step?.key, "russia's");
  assert.equal(possessiveHash(keyHash('russia')), keyHash("russia's"));
});

test('the scan finds tokenize()\'s words, hashes their keys, and builds each token as tokenize does', () => {
  const text = "Al-Qa'ida’s men, ISIS-K and Tojikistón's border: “U.S.” ʼ'ʼ 201st";
  const words = new WordScan();
  words.scan(text);
  const tokens = tokenize(text);
  assert.equal(words.count, tokens.length);
  for (let k = 0; k < words.count; k++) {
    assert.deepEqual(words.token(text, k), tokens[k]);
    assert.equal(words.normHash[k], keyHash(tokens[k].norm), tokens[k].raw);
    // Plain words are the ASCII ones without an apostrophe.
    assert.equal(words.plain(k), /^[A-Za-z0-9]+$/.test(text.slice(words.start[k], words.stop[k])), tokens[k].raw);
  }
  assert.deepEqual(tokens.map((t) => t.norm), ['al', 'qaida', 'men', 'isis', 'k', 'and', 'tojikiston', 'border', 'u', 's', '201st']);
  assert.deepEqual(tokens.filter((t) => t.possessive).map((t) => t.raw), ['Qaida', 'Tojikistón']);
});
