import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asPipelineTags, formatWeights, parseWeights, posTagger } from './pos-tagger.ts';
import { UPOS, pennToUpos } from './pos-corpora.ts';
import { storeShortRow, storeShorts } from './pos-weights.ts';

const tag = (sentence: string) => {
  const words = sentence.split(' ');
  const tags = posTagger().tag(words);
  return Object.fromEntries(words.map((w, i) => [w, tags[i]]));
};

test('the verbs, auxiliaries and nouns the event rules read', () => {
  const t = tag('Gunmen killed two guards and wounded five soldiers near the border post on Monday .');
  assert.equal(t.killed, 'VERB');
  assert.equal(t.wounded, 'VERB');
  assert.equal(t.guards, 'NOUN');
  assert.equal(t.Monday, 'PROPN');
  const p = tag('The bombing was carried out by militants who have been arrested .');
  assert.equal(p.bombing, 'NOUN');
  assert.equal(p.was, 'AUX');
  assert.equal(p.have, 'AUX');
  assert.equal(p.arrested, 'VERB');
});

test('a title-case headline is read for its words, not its capitals', () => {
  const t = tag('Gunmen Kill Three Villagers During Attack On Market');
  assert.equal(t.Kill, 'VERB');
  assert.equal(t.Villagers, 'NOUN');
  assert.equal(t.Attack, 'NOUN');
  const r = tag('Rebels Seized The Town After Heavy Fighting');
  assert.equal(r.Seized, 'VERB');
  assert.equal(r.Fighting, 'NOUN');
});

test('tokens of marks alone are punctuation or symbols whatever the model guessed', () => {
  const t = tag('Troops advanced | officials said » it was 5 % more');
  assert.equal(t['|'], 'SYM');
  assert.equal(t['»'], 'PUNCT');
  assert.equal(t['%'], 'SYM');
});

test('the pipeline reads capitalised adjectives inside prose as names, and leaves the first word and headlines alone', () => {
  const words = ['Afghan', 'and', 'British', 'troops', 'met', 'a', 'Christian', 'community'];
  assert.deepEqual(asPipelineTags(words, ['ADJ', 'CCONJ', 'ADJ', 'NOUN', 'VERB', 'DET', 'ADJ', 'NOUN']),
    ['ADJ', 'CCONJ', 'PROPN', 'NOUN', 'VERB', 'DET', 'PROPN', 'NOUN']);
  const headline = ['Troops', 'Storm', 'Northern', 'Villages', 'Before', 'Dawn'];
  assert.deepEqual(asPipelineTags(headline, ['NOUN', 'VERB', 'ADJ', 'NOUN', 'ADP', 'NOUN']), ['NOUN', 'VERB', 'ADJ', 'NOUN', 'ADP', 'NOUN']);
});

test('Penn tags map to Universal POS the way UD English reads them', () => {
  const words = ['He', 'said', 'that', 'the', 'car', 'bombing', 'in', 'Kabul', 'was', "n't", 'going', 'to', 'stop', 'talks', 'to', 'Iran', '.'];
  const penn = ['PRP', 'VBD', 'IN', 'DT', 'NN', 'VBG', 'IN', 'NNP', 'VBD', 'RB', 'VBG', 'TO', 'VB', 'NNS', 'TO', 'NNP', '.'];
  assert.deepEqual(pennToUpos(words, penn),
    ['PRON', 'VERB', 'SCONJ', 'DET', 'NOUN', 'NOUN', 'ADP', 'PROPN', 'AUX', 'PART', 'VERB', 'PART', 'VERB', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
  // "have" with a verb after it is an auxiliary; owning something it is the verb.
  assert.deepEqual(pennToUpos(['They', 'have', 'fled'], ['PRP', 'VBP', 'VBN']), ['PRON', 'AUX', 'VERB']);
  assert.deepEqual(pennToUpos(['They', 'have', 'guns'], ['PRP', 'VBP', 'NNS']), ['PRON', 'VERB', 'NOUN']);
});

test('weights survive the file format, zeros left out', () => {
  const row = new Int32Array(17);
  row[2] = 150;
  row[16] = -3;
  const text = formatWeights([['w killed', row], ['w the', new Int32Array(17)]]);
  assert.equal(text, 'w killed\t2:150 16:-3\n');
  const back = parseWeights(text);
  assert.equal(back.size, 1);
  assert.deepEqual([...back.get('w killed')!].filter((x) => x !== 0), [150, -3]);
});

test('tagging spans of a text gives the pipeline tags of its sliced words', () => {
  const sentences = [
    'Afghan and British troops met a Christian community near Kabul on Monday .',
    'Gunmen Kill Three Villagers During Attack On Market',
    'Prices rose 5 % | officials said » the IMPD and CBS reported',
    'Mr. Petrov , a U.S.-trained officer , did n\'t say .',
  ];
  const tagger = posTagger();
  for (const sentence of sentences) {
    const words = sentence.split(' ');
    const text = `  ${sentence}\n`;
    const start = new Int32Array(words.length), end = new Int32Array(words.length);
    let at = 2;
    words.forEach((w, i) => { start[i] = at; end[i] = at + w.length; at += w.length + 1; });
    const spans = [...tagger.tagSpans(text, start, end, 0, words.length).subarray(0, words.length)].map((k) => UPOS[k]);
    assert.deepEqual(spans, asPipelineTags(words, tagger.tag(words)), sentence);
  }
});

test('weight sums are kept as int16 only when they fit: a model that overflows is refused, not tagged wrong', () => {
  const cells = new Int16Array(4);
  storeShorts([1200, -17089, 0, 32767], cells, 0);
  assert.deepEqual([...cells], [1200, -17089, 0, 32767]);
  assert.throws(() => storeShorts([40000], cells, 0), /does not fit/);
  assert.throws(() => storeShorts([-32769], cells, 1), /does not fit/);
  assert.throws(() => storeShorts([0.5], cells, 2), /does not fit/);
  // A row out of a scratch array of sums: only its own cells are read, and the same range is refused.
  const sums = new Float64Array([40000, 7, -8, 40000]);
  storeShortRow(sums, 1, 2, cells, 2);
  assert.deepEqual([...cells], [1200, -17089, 7, -8]);
  assert.throws(() => storeShortRow(sums, 2, 2, cells, 0), /does not fit/);
});
