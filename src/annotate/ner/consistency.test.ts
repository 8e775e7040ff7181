import { test } from 'node:test';
import assert from 'node:assert/strict';
import { harmoniseNames } from './consistency.ts';
import type { NerSpan } from './tagger.ts';

/** Spans for each listed name occurrence (in order of appearance), with a label and confidence. */
function spansOf(text: string, marks: [string, NerSpan['label'], number][]): NerSpan[] {
  let from = 0;
  return marks.map(([name, label, score]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, label, score };
  });
}

test('a name typed two ways in one story takes the type its confident mentions give it', () => {
  const text = 'Lakeside Holdings bought the port. Critics of Lakeside Holdings said the deal was rushed. Lakeside Holdings declined to comment.';
  const spans = spansOf(text, [['Lakeside Holdings', 'ORG', 0.9], ['Lakeside Holdings', 'LOC', 0.4], ['Lakeside Holdings', 'ORG', 0.8]]);
  assert.deepEqual(harmoniseNames(text, spans).map((s) => s.label), ['ORG', 'ORG', 'ORG']);
});

test('a bare surname after the full name is that person, whatever its own sentence suggested', () => {
  const text = 'Defence minister Sherali Mirzo visited the base. Mirzo said the drills would go on. Sherali Mirzo left on Friday.';
  const spans = spansOf(text, [['Sherali Mirzo', 'PER', 0.9], ['Mirzo', 'LOC', 0.7], ['Sherali Mirzo', 'PER', 0.9]]);
  assert.deepEqual(harmoniseNames(text, spans).map((s) => [text.slice(s.start, s.end), s.label]), [['Sherali Mirzo', 'PER'], ['Mirzo', 'PER'], ['Sherali Mirzo', 'PER']]);
});

test('a close vote leaves each mention its own reading', () => {
  const text = 'Shots were fired in Cicero on Sunday, and Cicero police said no one was hurt.';
  const spans = spansOf(text, [['Cicero', 'LOC', 0.44], ['Cicero', 'ORG', 0.49]]);
  assert.deepEqual(harmoniseNames(text, spans).map((s) => s.label), ['LOC', 'ORG']);
});

test('different names keep their own types and every span keeps its offsets', () => {
  const text = 'Dushanbe hosted the talks with Kabul.';
  const spans = spansOf(text, [['Dushanbe', 'LOC', 0.9], ['Kabul', 'ORG', 0.6]]);
  const got = harmoniseNames(text, spans);
  assert.deepEqual(got.map((s) => [s.start, s.end, s.label]), spans.map((s) => [s.start, s.end, s.label]));
});
