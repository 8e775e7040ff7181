import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentBuffers, DocumentContext } from './document.ts';
import { tagB, tagI, typeIndex, TAG_O } from './labels.ts';

const PER = typeIndex('PER');

/** Document features of one token, as a sorted list (feature hashes). */
function featuresOf(doc: DocumentContext, si: number, i: number): number[] {
  doc.prepare(si);
  return [...doc.feats.subarray(doc.offsets[i], doc.offsets[i + 1])].sort();
}

const lead = 'Tajik President Emomali Rahmon opened the session'.split(' ');
const later = 'Rahmon said the drills would continue'.split(' ');

test('a surname alone later in an article knows it ended a full name earlier', () => {
  const withName = new DocumentContext([lead, later]);
  const withoutName = new DocumentContext(['The session opened on time'.split(' '), later]);
  assert.ok(featuresOf(withName, 1, 0).length > 0);
  assert.notDeepEqual(featuresOf(withName, 1, 0), featuresOf(withoutName, 1, 0));
});

test('the tags given to a word in earlier sentences reach its later mentions', () => {
  const doc = new DocumentContext([lead, later]);
  const before = featuresOf(doc, 1, 0);
  doc.record(0, [TAG_O, TAG_O, tagB(PER), tagI(PER), TAG_O, TAG_O, TAG_O]);
  const after = featuresOf(doc, 1, 0);
  assert.ok(after.length > before.length, 'prediction history adds features');
});

test('an acronym of an entity found earlier is linked to its type', () => {
  const first = 'Members of the Collective Security Treaty Organization met'.split(' ');
  const second = 'The CSTO said so'.split(' ');
  const doc = new DocumentContext([first, second]);
  const before = featuresOf(doc, 1, 1);
  const ORG = typeIndex('ORG');
  doc.record(0, [TAG_O, TAG_O, TAG_O, tagB(ORG), tagI(ORG), tagI(ORG), tagI(ORG), TAG_O]);
  assert.ok(featuresOf(doc, 1, 1).length > before.length);
});

test('one word written in two cases shares its counts: a capitalised word knows it is written in lowercase elsewhere', () => {
  const withLower = new DocumentContext([['The', 'Guard', 'said'], ['the', 'guard', 'left']]);
  const withoutLower = new DocumentContext([['The', 'Guard', 'said'], ['the', 'army', 'left']]);
  assert.notDeepEqual(featuresOf(withLower, 0, 1), featuresOf(withoutLower, 0, 1));
});

test('a long document keeps every word\'s counts apart', () => {
  // Thousands of distinct words, more than a small key table holds at first.
  const words = Array.from({ length: 3000 }, (_, k) => `word${k}x`);
  const sentences = [words, ['Then', 'Word17x', 'and', 'Zed', 'met']];
  const doc = new DocumentContext(sentences);
  const alone = new DocumentContext([['Then', 'Word17x', 'and', 'Zed', 'met']]);
  // "Word17x" is written in lowercase elsewhere in the long document; "Zed" is not.
  assert.notDeepEqual(featuresOf(doc, 1, 1), featuresOf(alone, 0, 1));
  assert.deepEqual(featuresOf(doc, 1, 3), featuresOf(alone, 0, 3));
});

test('a document built over buffers a longer one used sees only its own words and tags', () => {
  const buffers = new DocumentBuffers();
  // The first report calls Rahmon a person and writes "zed" in lowercase; both would leak if kept.
  const long = [lead, ...Array.from({ length: 40 }, (_, k) => [`Aide${k}`, 'and', 'zed', 'met', 'Rahmon'])];
  const first = new DocumentContext(long, undefined, buffers);
  for (let si = 0; si < long.length; si++) {
    first.prepare(si);
    first.record(si, long[si].map((w) => (w === 'Rahmon' ? tagB(PER) : TAG_O)));
  }
  const short = [['Then', 'Zed', 'met', 'Rahmon'], ['Rahmon', 'left']];
  const reused = new DocumentContext(short, undefined, buffers);
  const fresh = new DocumentContext(short);
  for (const [si, i] of [[0, 1], [0, 3], [1, 0]]) assert.deepEqual(featuresOf(reused, si, i), featuresOf(fresh, si, i), `${si}:${i}`);
  assert.notDeepEqual(featuresOf(first, 1, 4), featuresOf(fresh, 0, 3), 'the long report gives Rahmon features of its own');
});
