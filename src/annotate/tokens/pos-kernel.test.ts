import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PosTagger, readPosWeights } from './pos-tagger.ts';
import { MAX_KERNEL_TOKENS, kernelBytes } from './pos-kernel.ts';
import { mulberry32 } from '../../seeded-random.ts';

const weights = readPosWeights();
const withKernel = new PosTagger(weights);
const jsAlone = new PosTagger(weights, { useKernel: false });

const SENTENCES = [
  'Gunmen killed two guards and wounded five soldiers near the border post on Monday .',
  'The bombing was carried out by militants who have been arrested , police said .',
  'Gunmen Kill Three Villagers During Attack On Market',
  'Prices rose 5 % | officials said » the IMPD and CBS reported',
  'Tajik border guards detained 12 smugglers from Afghanistan near Khorog late on Saturday .',
  '!',
];

test('the module assembles into valid WebAssembly', () => {
  assert.ok(WebAssembly.validate(kernelBytes({ tagCount: 17, history: 18, startTag: 17, roles: [0, 40, 80, 120, 160] })));
});

test('the SIMD kernel picks the tags the JS loop picks, sentence by sentence', () => {
  for (const s of SENTENCES) {
    const words = s.split(' ');
    assert.deepEqual(withKernel.tag(words), jsAlone.tag(words), s);
  }
});

/** Words of news copy, shuffled into odd sentences below: close calls between tags come up often. */
const VOCABULARY = (
  'the a an of in on at by for with from to and but or that which who was were is are has have had been be will ' +
  'would could said says police army troops rebels militants officials residents attack attacks attacked bombing ' +
  'killed wounded arrested fired shelling strike strikes struck border village town city province capital Kabul ' +
  'Dushanbe Khatlon Russia Russian Tajik Afghan Taliban ISIS-K Monday Saturday April 2024 12 1,500 3.5 dozens ' +
  'several at least more than about near after before during late early last this his her their its it they he she ' +
  'not n\'t \'s , . ; : ( ) " — % $ | Ministry Defence Interior spokesman President Rahmon Col.-Gen. U.S. Crocus ' +
  'City Hall hall shooting shot dead injured hospital report reported reports claimed claim responsibility'
).split(' ');

test('the SIMD kernel picks the tags the JS loop picks on thousands of shuffled sentences', () => {
  const rand = mulberry32(20261122);
  for (let k = 0; k < 3000; k++) {
    const words = Array.from({ length: 1 + Math.floor(rand() * 30) }, () => VOCABULARY[Math.floor(rand() * VOCABULARY.length)]);
    assert.deepEqual(withKernel.tag(words), jsAlone.tag(words), words.join(' '));
  }
});

test('a sentence longer than the kernel takes is tagged by the JS loop, as a short one would be in its place', () => {
  const words: string[] = [];
  while (words.length <= MAX_KERNEL_TOKENS) words.push(...SENTENCES[words.length % 2].split(' '));
  const long = withKernel.tag(words);
  assert.equal(long.length, words.length);
  assert.deepEqual(long, jsAlone.tag(words));
  // The kernel's arrays are used again afterwards.
  assert.deepEqual(withKernel.tag(SENTENCES[0].split(' ')), jsAlone.tag(SENTENCES[0].split(' ')));
});

test('thousands of new words grow the kernel memory without changing a tag', () => {
  const fresh = new PosTagger(weights);
  const words = Array.from({ length: 6000 }, (_, i) => `Village${i}`);
  for (let i = 0; i < words.length; i += 6) fresh.tag(['Troops', 'reached', words[i], 'and', words[i + 1], '.']);
  for (const s of SENTENCES) assert.deepEqual(fresh.tag(s.split(' ')), jsAlone.tag(s.split(' ')), s);
});

test('below zero and on ties alike: the highest score wins, the earlier tag on a tie, never a padding lane', () => {
  const rising = new Float32Array(17).map((_, t) => -1000 + 10 * t);
  const level = new Float32Array(17).fill(-500);
  for (const useKernel of [true, false]) {
    const climbs = new PosTagger(new Map([['b', rising]]), { useKernel });
    assert.deepEqual(climbs.tag(['troops', 'fled']), ['X', 'X'], `kernel ${useKernel}`);
    const flat = new PosTagger(new Map([['b', level]]), { useKernel });
    assert.deepEqual(flat.tag(['troops', 'fled']), ['NOUN', 'NOUN'], `kernel ${useKernel}`);
  }
});
