// Any text at all, however odd, comes out as well-formed sentences: the splitter feeds every later
// annotation, so one odd character must never throw or yield an offset that points outside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.ts';
import { mulberry32 } from '../seeded-random.ts';

/** Pieces of text news pages are made of, odd ones included: marks, emoji, stray dots, glued words. */
const PIECES = [
  'U.S.', 'Col.-Gen.', 'No. 5', 'e.g.', 'J.', 'St.', 'Mr', "'s", "n't", '’', '“', '”', '"', "'", '(', ')', '[', ']', '—', '–', '-', '--',
  '...', '…', '.', ',', ';', ':', '!', '?', '?!', '\n', '\n\n', ' ', '  ', '\t', '\u00a0', '\u200b', '1,500', '3.5', '15th', '10:30',
  'p.m.', 'https://x.example/a?b=1.', 'a@b.example', '@handle', '#tag', 'Miličević', 'Łódź', 'Душанбе', 'الرياض', '北京', 'e\u0301',
  '🇹🇯', '👍🏽', '\ud83d', 'al-Qaida', 'Tajik–Afghan', 'fox8.comAKRON', '59INDIANAPOLIS', 'KABUL', 'the', 'drills', 'Khatlon', '&amp;',
];

function oddText(rand: () => number): string {
  let s = '';
  const n = 1 + Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.5 ? ' ' : '');
  return s;
}

test('any text splits into in-bounds, ordered, non-empty tokens inside their sentences', () => {
  const rand = mulberry32(20261122);
  for (let k = 0; k < 3000; k++) {
    const text = oddText(rand);
    const sentences = splitSentences(text);
    let last = 0;
    for (const s of sentences) {
      assert.ok(s.tokens.length > 0, `empty sentence in ${JSON.stringify(text)}`);
      assert.equal(s.start, s.tokens[0].start);
      assert.equal(s.end, s.tokens[s.tokens.length - 1].end);
      for (const t of s.tokens) {
        assert.ok(t.start >= last && t.end > t.start && t.end <= text.length, `token ${t.start}-${t.end} after ${last} in ${JSON.stringify(text)}`);
        assert.ok(text.slice(t.start, t.end).trim().length > 0, `blank token in ${JSON.stringify(text)}`);
        assert.ok(typeof t.pos === 'string' && t.pos.length > 0);
        last = t.end;
      }
    }
  }
});

test('every annotator reads the same odd texts without throwing, and points only inside them', async () => {
  const { findEntities } = await import('./entities.ts');
  const { findDates } = await import('./dates.ts');
  const { findQuantities } = await import('./quantities.ts');
  const { findPlaces } = await import('../geocode/resolve.ts');
  const rand = mulberry32(7);
  const inside = (text: string, what: string) => (x: { start: number; end: number }) =>
    assert.ok(x.start >= 0 && x.end > x.start && x.end <= text.length, `${what} ${x.start}-${x.end} in ${JSON.stringify(text)}`);
  for (let k = 0; k < 600; k++) {
    const text = oddText(rand);
    const sentences = splitSentences(text);
    const entities = findEntities(text, sentences);
    entities.forEach(inside(text, 'entity'));
    findDates(text, '2024-04-16').forEach(inside(text, 'date'));
    findQuantities(text).forEach(inside(text, 'quantity'));
    findPlaces(text, entities.map((e) => ({ start: e.start, end: e.end, text: text.slice(e.start, e.end) })), {}).forEach(inside(text, 'place'));
  }
});
