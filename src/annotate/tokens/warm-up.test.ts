import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUpTexts } from './warm-up.ts';
import { MAX_KERNEL_TOKENS } from './pos-kernel.ts';
import { isTitleCase } from './pos-words.ts';
import { newTokenList, tokenise } from './tokenise.ts';
import { splitSentences } from '../sentences.ts';

test('the warm-up texts are the same every run and reach the branches real news reaches late', () => {
  const texts = warmUpTexts();
  assert.deepEqual(warmUpTexts(), texts);
  const all = texts.join('\n');
  // A capital outside ASCII, a title-case headline, and a sentence too long for the kernel.
  assert.ok(/[À-ÖØ-ÞĀ-ſА-Я]/u.test(all), 'a non-ASCII capital');
  assert.ok(all.split('\n').some((line) => isTitleCase(line.trim().split(/\s+/))), 'a title-case headline');
  const longest = Math.max(...texts.map((text) => tokenise(text, newTokenList()).count));
  assert.ok(longest > MAX_KERNEL_TOKENS, `longest text has ${longest} tokens`);
});

test('reading the warm-up texts first changes no tags: a text tags the same as its first reading', () => {
  // splitSentences reads the warm-up texts before its first text in this process; a sentence's
  // tags are a function of its words, so a second reading (warm caches) must agree with the first.
  const text = 'Économie minister İlhan Öztürk said 12 soldiers were wounded in Łódź.\nGunmen Attack Convoy Near Border Crossing';
  const first = JSON.stringify(splitSentences(text));
  for (const warm of warmUpTexts()) splitSentences(warm);
  assert.equal(JSON.stringify(splitSentences(text)), first);
});
