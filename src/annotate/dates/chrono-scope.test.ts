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
  const scope = scoped ? chronoScope(text) : { text, toArticle: (at: number) => at };
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
