import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decoder, WordScoreCache, decodeDocument } from './decode.ts';
import { FeatureExtractor } from './features.ts';
import { readModel } from './model-files.ts';

// The tagger sums each word's and each tag history's scores once and reuses them; a report must
// get the very tags and confidences the feature-by-feature decoder gives.
const REPORT = [
  ['Tajik', 'President', 'Emomali', 'Rahmon', 'met', 'Russian', 'officers', 'in', 'Dushanbe', '.'],
  ['Rahmon', 'said', 'the', 'CSTO', 'drills', 'near', 'Kulob', 'would', 'end', 'on', 'Friday', '.'],
  ['RUSSIAN', 'TROOPS', 'ARRIVE', 'IN', 'KHATLON'],
  ['The', 'Collective', 'Security', 'Treaty', 'Organization', 'confirmed', 'it', ',', 'Rahmon', '’s', 'office', 'said', '.'],
];

test('decoding with the per-word score cache gives the same tags and confidences as without it', () => {
  const model = readModel();
  const x = new FeatureExtractor(model.gazetteers);
  const cache = new WordScoreCache(model.weights);
  const plain = new Decoder(), cached = new Decoder();
  const plainProbs: number[][] = [], cachedProbs: number[][] = [];
  // Twice through with the same cache: the second pass reads every word from it.
  for (let pass = 0; pass < 2; pass++) {
    const a = decodeDocument(plain, x, model.weights, REPORT, undefined, () => plainProbs.push([...plain.probs.subarray(0, 14)]));
    const b = decodeDocument(cached, x, model.weights, REPORT, cache, () => cachedProbs.push([...cached.probs.subarray(0, 14)]));
    assert.deepEqual(b.map((t) => [...t]), a.map((t) => [...t]));
    assert.ok(a.some((tags) => tags.some((t) => t !== 0)), 'the report has entities');
  }
  assert.deepEqual(cachedProbs, plainProbs);
});

// Sentences that reach every edge the cache handles apart: one and two tokens (padding on both
// sides), a capitals headline, a sentence opening with a name, runs of capitalised words with glue,
// place-list names, a repeated word, and a sentence longer than the decoder's first buffers.
const EDGES = [
  ['Kabul'],
  ['Police', 'said'],
  ['TALIBAN', 'CLAIM', 'ATTACK', 'ON', 'KABUL', 'MILITARY', 'ACADEMY'],
  ['Abdul', 'Rashid', 'Dostum', 'returned', 'to', 'Mazar-i-Sharif', 'from', 'Turkey', 'on', 'Sunday', '.'],
  ['The', 'Bank', 'of', 'England', 'and', 'the', 'Boston', 'Red', 'Sox', 'Foundation', 'gave', '$', '5', 'million', '.'],
  ['Kabul', 'police', 'said', 'Kabul', 'was', 'calm', ',', 'and', 'KABUL', 'markets', 'opened', '.'],
  Array.from({ length: 90 }, (_, i) => ['Afghan', 'forces', 'and', 'the', 'UN', 'met', 'in', 'Herat', ',', 'said', 'Ahmad', 'Shah'][i % 12]),
];

test('the cache gives the feature-by-feature tags and confidences at every edge, and when it is warm', () => {
  const model = readModel();
  const x = new FeatureExtractor(model.gazetteers);
  const cache = new WordScoreCache(model.weights);
  const plain = new Decoder(), cached = new Decoder();
  for (let pass = 0; pass < 2; pass++) {
    const plainProbs: number[][] = [], cachedProbs: number[][] = [];
    const a = decodeDocument(plain, x, model.weights, EDGES, undefined, (si) => plainProbs.push([...plain.probs.subarray(0, EDGES[si].length)]));
    const b = decodeDocument(cached, x, model.weights, EDGES, cache, (si) => cachedProbs.push([...cached.probs.subarray(0, EDGES[si].length)]));
    assert.deepEqual(b.map((t) => [...t]), a.map((t) => [...t]));
    assert.deepEqual(cachedProbs, plainProbs);
    assert.ok(a.filter((tags) => tags.some((t) => t !== 0)).length >= 4, 'most edge sentences have entities');
  }
});

test('a confidence asked for one token is the one the whole sentence\'s confidences give', () => {
  const model = readModel();
  const x = new FeatureExtractor(model.gazetteers);
  const d = new Decoder();
  d.temperature = 4;
  decodeDocument(d, x, model.weights, REPORT, new WordScoreCache(model.weights), (si, tags) => {
    const one = Array.from(tags, (_, i) => d.probAt(i));
    assert.deepEqual(one, [...d.probs.subarray(0, tags.length)]);
    assert.ok(one.every((p) => p > 0 && p <= 1), REPORT[si].join(' '));
  });
});

test('a score cache that fills up and starts over still gives the feature-by-feature tags and confidences', () => {
  const model = readModel();
  const x = new FeatureExtractor(model.gazetteers);
  // Room for a dozen words: the arena grows within a sentence and starts over between sentences.
  const small = new WordScoreCache(model.weights, 12);
  const plain = new Decoder(), cached = new Decoder();
  for (let pass = 0; pass < 2; pass++) {
    const plainProbs: number[][] = [], cachedProbs: number[][] = [];
    const a = decodeDocument(plain, x, model.weights, [...REPORT, ...EDGES], undefined, () => plainProbs.push([...plain.probs.subarray(0, 8)]));
    const b = decodeDocument(cached, x, model.weights, [...REPORT, ...EDGES], small, () => cachedProbs.push([...cached.probs.subarray(0, 8)]));
    assert.deepEqual(b.map((t) => [...t]), a.map((t) => [...t]));
    assert.deepEqual(cachedProbs, plainProbs);
  }
});
