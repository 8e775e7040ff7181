import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { chronoScope } from './chrono-scope.ts';

const REFERENCE = new Date(2024, 3, 16, 12);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shared = process.env.SITREP_SHARED ?? path.resolve(repoRoot, '../shared');

/** chrono's results as the annotator reads them: article offset, words, components and tags. */
function results(text: string, scoped: boolean): string[] {
  // Always cut, however much is kept, so every text exercises the stretches and the offset map.
  const scope = scoped ? chronoScope(text, Infinity) : { text, toArticle: (at: number) => at };
  if (!scope) return [];
  return chrono.parse(scope.text, REFERENCE, { forwardDate: false }).map((r) =>
    JSON.stringify([scope.toArticle(r.index), r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null, [...r.tags()].sort()]),
  );
}

test('a report with dates in a few places keeps only the stretches around them', () => {
  const text = 'Police in the northern district said gunmen attacked a checkpoint on Monday, killing 3 officers. '
    + 'The interior ministry spokesman declined further comment. Residents described hearing gunfire. '
    + 'Officials expect the inquiry to finish by the end of the month, a source told reporters.';
  const scope = chronoScope(text)!;
  assert.ok(scope.text.length < text.length / 2, `kept ${scope.text.length} of ${text.length} characters`);
  assert.ok(!scope.text.includes('interior ministry spokesman'), 'a sentence with no date word is left out');
  assert.deepEqual(results(text, true), results(text, false));
  assert.ok(results(text, true).some((r) => r.includes('Monday')));
});

test('merged results survive: ranges, a day with its clock, time zones, end of period, "in May"', () => {
  const texts = [
    'Fighting resumed between April 15 and April 18, the observers reported after visiting.',
    'Shelling began Friday at 6:30 a.m. (EST) as convoys crossed, witnesses reported.',
    'The ceasefire lapses at the end of the month, diplomats warned in private briefings.',
    'Negotiators may meet again; elections follow in May, the commission announced.',
    'The curfew ran from 10 p.m. to 5 a.m. over the weekend of 3-4 May, officers confirmed.',
    'Prisoners were freed two days ago, and more releases come lastnight or thismorning, aides claimed.',
    'After two hours, a man surrendered to officers near the embassy compound.',
    'Rations were cut in half and convoys halted, aid workers warned.',
  ];
  for (const text of texts) assert.deepEqual(results(text, true), results(text, false), text);
});

test('a text with no date word hands chrono nothing', () => {
  assert.equal(chronoScope('Protesters gathered outside parliament demanding reforms.'), null);
});

test('real news reads the same through the scope (skipped without ../shared)', (t) => {
  const file = path.join(shared, 'data/news-cluster/news_cluster.jsonl');
  if (!fs.existsSync(file)) return t.skip('no ../shared (set SITREP_SHARED): real-news equivalence skipped');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, 150);
  for (const line of lines) {
    const text = (JSON.parse(line) as { text: string | null }).text ?? '';
    assert.deepEqual(results(text, true), results(text, false), text.slice(0, 80));
  }
});

test('texts strung from chrono\'s own words, numbers and other words, often glued, read the same through the scope', () => {
  const context = new chrono.ParsingContext('', new Date(0), {});
  const grammar = new Set<string>();
  for (const p of chrono.casual.parsers) for (const w of p.pattern(context).source.replace(/\\[a-zA-Z]/g, ' ').toLowerCase().match(/[a-z]+/g) ?? []) grammar.add(w);
  const words = [...grammar, 'a.m.', 'p.m.', 'EST', 'Berlin', 'legend'];
  const others = ['police', 'said', 'man', 'was', 'has', 'as', 'and', 'by', 'Kunduz', 'mad', 'ofx', 'Ltd', 'ABC', 'EDT'];
  const numbers = ['5', '10', '12:30', '2016', '3/4', '15th', '2024-04-15', '30', '10-15', '+5', '0.5'];
  const gaps = ['', ' ', ' ', ' ', ', ', '. ', ' - ', ' (', ') ', '\n', '’s ', ': ', '–'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)];
  for (let k = 0; k < 1500; k++) {
    let text = '';
    for (let t = 4 + Math.floor(next() * 12); t > 0; t--) {
      const r = next();
      const word = r < 0.2 ? pick(numbers) : r < 0.45 ? pick(others) : pick(words);
      text += (next() < 0.3 ? word[0].toUpperCase() + word.slice(1) : word) + pick(gaps);
    }
    assert.deepEqual(results(text, true), results(text, false), JSON.stringify(text));
  }
});
