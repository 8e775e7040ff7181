import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GLUED, GLUED_WITH_ANCHOR, NOT_GLUED, PieceTrie, type Gluing } from './glue.ts';

/** The plain reading: try every piece cut out at every reachable start. */
function glueByCopies(word: string, pieces: Set<string>, last: Set<string>, anchors: Set<string>): Gluing {
  const reach = new Uint8Array(word.length + 1);
  reach[0] = GLUED;
  for (let i = 0; i < word.length; i++) {
    if (!reach[i]) continue;
    for (let j = i + 1; j <= word.length; j++) {
      const piece = word.slice(i, j);
      if (!pieces.has(piece) && !(j === word.length && last.has(piece))) continue;
      reach[j] = Math.max(reach[j], anchors.has(piece) ? GLUED_WITH_ANCHOR : reach[i]);
    }
  }
  return reach[word.length] as Gluing;
}

const PIECES = new Set(['last', 'night', 'in', 'march', 's', 'ce', 'of', 'the', 'd', 'half', 'o', 'clock', 'at']);
const LAST = new Set(['a', 'an']);
const ANCHORS = new Set(['night', 'march', 's', 'd']);
const trie = new PieceTrie(PIECES, LAST, ANCHORS);

test('news words glued from date pieces: anchored, merely glued, or not at all', () => {
  assert.equal(trie.glue('lastnight'), GLUED_WITH_ANCHOR);
  assert.equal(trie.glue('inmarch'), GLUED_WITH_ANCHOR);
  assert.equal(trie.glue('since'), GLUED_WITH_ANCHOR, 's + in + ce');
  assert.equal(trie.glue('oclock'), GLUED);
  assert.equal(trie.glue('halfa'), GLUED, '"a" may end a word');
  assert.equal(trie.glue('ahalf'), NOT_GLUED, '"a" may not start one');
  assert.equal(trie.glue('police'), NOT_GLUED);
  assert.equal(trie.glue('x_y'), NOT_GLUED);
});

test('seeded words read as the plain piece-by-piece reading reads them', () => {
  const parts = [...PIECES, ...LAST, 'e', 'x', 'q', 'ma', 'rch', 'las'];
  let seed = 21;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const seen = new Map<Gluing, number>();
  for (let k = 0; k < 20000; k++) {
    let word = '';
    for (let p = 1 + Math.floor(next() * 5); p > 0; p--) word += parts[Math.floor(next() * parts.length)];
    const expected = glueByCopies(word, PIECES, LAST, ANCHORS);
    assert.equal(trie.glue(word), expected, word);
    seen.set(expected, (seen.get(expected) ?? 0) + 1);
  }
  for (const g of [NOT_GLUED, GLUED, GLUED_WITH_ANCHOR] as Gluing[]) assert.ok((seen.get(g) ?? 0) > 1000, `too few words read as ${g}`);
});
