import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUpTexts } from './warm-up.ts';
import { MAX_KERNEL_TOKENS } from './pos-kernel.ts';
import { isTitleCase } from './pos-words.ts';
import { newTokenList, tokenise } from './tokenise.ts';
import { splitSentences } from '../sentences.ts';
import { PosTagger, readPosWeights } from './pos-tagger.ts';
import { UPOS } from './pos-corpora.ts';

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

test('reading the warm-up texts first changes no tags: the shared tagger, warmed up, tags as a fresh one', () => {
  // splitSentences reads the warm-up texts before its first text; a tagger that never read them
  // must give every token the same tag. Words the warm-up texts hold (their entries then come from
  // the warm-up) and words they do not, a title-case headline and capitals outside ASCII.
  const text = "Économie minister İlhan Öztürk said drills near KABUL wounded 12 in Khatlon, didn't O'Neill say?\n" +
    'Gunmen Attack Convoy Near Border Crossing\nTroops shelling al-Qaida positions in Łódź were wounded.';
  const sentences = splitSentences(text);
  const fresh = new PosTagger(readPosWeights());
  let tokens = 0;
  for (const s of sentences) {
    const starts = Int32Array.from(s.tokens, (t) => t.start), ends = Int32Array.from(s.tokens, (t) => t.end);
    // tagSpans answers in an array of the kernel's size: the first n tags are the sentence's.
    const tags = fresh.tagSpans(text, starts, ends, 0, s.tokens.length);
    assert.deepEqual(s.tokens.map((t) => t.pos), [...tags.subarray(0, s.tokens.length)].map((k) => UPOS[k]), text.slice(s.start, s.end));
    tokens += s.tokens.length;
  }
  assert.ok(sentences.length >= 3 && tokens > 30, `${sentences.length} sentences, ${tokens} tokens`);
});
