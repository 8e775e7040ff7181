import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTagger, mergeHyphenated, type NerSpan } from './tagger.ts';
import { splitSentences } from '../sentences.ts';
import { tokenize } from './test-tokens.ts';

function entities(text: string): string[] {
  const spans: NerSpan[] = loadTagger().tagSentence(text, tokenize(text));
  return spans.map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
}

test('a head of state is a person without his title; the bloc is an organisation; the capital a location', () => {
  const got = entities(
    'Tajik President Emomali Rahmon met officials of the Collective Security Treaty Organization in Dushanbe.',
  );
  assert.ok(got.includes('PER:Emomali Rahmon'), got.join(', '));
  assert.ok(got.includes('LOC:Dushanbe'), got.join(', '));
  assert.ok(got.some((e) => e.startsWith('ORG:') && e.includes('Collective Security Treaty Organization')), got.join(', '));
  assert.ok(!got.some((e) => e.includes('President')), 'title left out of every span');
});

test('a demonym is NORP, not a location', () => {
  const got = entities('Russian troops arrived at the airfield near Kulob on Tuesday, the defence ministry said.');
  assert.ok(got.includes('NORP:Russian'), got.join(', '));
  assert.ok(got.includes('LOC:Kulob'), got.join(', '));
});

test('an armed group and a city in a conflict report', () => {
  const got = entities('Fighters from the Islamic State attacked a checkpoint outside Mosul, Iraqi police said.');
  assert.ok(got.some((e) => e === 'ORG:Islamic State'), got.join(', '));
  assert.ok(got.includes('LOC:Mosul'), got.join(', '));
});

test('an ALL-CAPS headline still yields its names', () => {
  const got = entities('TALIBAN CLAIM ATTACK ON KABUL MILITARY ACADEMY');
  assert.ok(got.some((e) => e.includes('KABUL')), got.join(', '));
});

test('spans carry offsets into the original text and a score in (0, 1]', () => {
  const text = 'Officials in  Moscow said Sergei Shoigu would visit.';
  const spans = loadTagger().tagSentence(text, tokenize(text));
  const moscow = spans.find((s) => text.slice(s.start, s.end) === 'Moscow');
  assert.equal(moscow?.start, 14);
  for (const s of spans) assert.ok(s.score > 0 && s.score <= 1, `score ${s.score}`);
  assert.deepEqual(loadTagger().tagSentence('', []), []);
});

test('hyphenated names split by the tokenizer are tagged as one word', () => {
  const text = 'An al-Qaida cell';
  // A tokeniser that splits at hyphens: "al", "-", "Qaida" as three adjacent tokens.
  const merged = mergeHyphenated(text, [
    { start: 0, end: 2 }, { start: 3, end: 5 }, { start: 5, end: 6 }, { start: 6, end: 11 }, { start: 12, end: 16 },
  ]);
  assert.deepEqual(merged.map((t) => text.slice(t.start, t.end)), ['An', 'al-Qaida', 'cell']);
  // A spaced dash stays a separate token.
  const dash = 'Kabul - Herat';
  assert.equal(mergeHyphenated(dash, tokenize(dash)).length, 3);
});

test('a name with non-ASCII letters, as the sentence splitter gives it, is tagged whole', () => {
  const text = 'Tomo Miličević met Stanisław Baranowski in Kraków.';
  // The annotate layer's tokens: our tokeniser keeps words with č, ć and ł whole.
  const tokens = splitSentences(text).flatMap((s) => s.tokens);
  const got = loadTagger().tagSentence(text, tokens).map((s) => `${s.label}:${text.slice(s.start, s.end)}`);
  assert.ok(got.includes('PER:Tomo Miličević'), got.join(', '));
});
