import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CanonicalEvent, Event } from '../model.ts';
import { handWrittenEvent } from '../store/contract-events.ts';
import { reconcile, type SourceInfo } from './reconcile.ts';
import { foldFields, foldMention } from './fold.ts';
import { storedRecord } from '../store/event-keys.ts';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: 'stated' as const, yearResolved: true, reason: null });
const town = { name: 'Khost', admin1: 'Khost', country: 'AF', lat: 33.34, lon: 69.92, gazetteerId: 'gn:1444362', precision: 1 as const };
const province = { name: 'Khost Province', admin1: 'Khost', country: 'AF', lat: 33.4, lon: 69.9, gazetteerId: 'adm1:AF-KHO', precision: 2 as const };

/** Report `i` of one strike: outlets repeat, the toll rises, one report blames someone else, the place is sometimes only the province. */
function report(i: number): Event {
  const a = `art${i}`;
  const ev = (field: string, text: string) => ({ [field]: [{ articleId: a, start: i, end: i + text.length, text }] });
  return handWrittenEvent(`${a}:10`, {
    type: 'air_drone_strike', articleIds: [a], location: i % 3 ? town : province, date: day('2024-03-18'),
    actors: [{ name: i === 7 ? 'Unknown drone' : 'Pakistan', kbId: i === 7 ? null : 'cty:PK', role: 'actor1', country: i === 7 ? null : 'PK' }],
    fatalities: { low: 5 + Math.floor(i / 4), best: 5 + Math.floor(i / 4), high: 5 + Math.floor(i / 4), qualifier: 'exact' },
    evidence: { ...ev('type', 'strike'), ...ev('actors.0', 'Pakistan'), ...ev('fatalities', 'killed'), ...ev('location', 'Khost') },
  });
}

const sources = new Map<string, SourceInfo>(Array.from({ length: 30 }, (_, i) => [`art${i}`, { outlet: `outlet${i % 7}.example`, published: `2024-03-${String(18 + Math.floor(i / 6)).padStart(2, '0')}` }]));
const ctx = { sources, storyId: 'st:khost', storyYear: null };
const step = (m: Event) => ({ mentionId: m.id, action: 'merged' as const, score: 0.9, reasons: [], at: '2024-03-20T00:00:00Z' });

test('folding reports into a large event gives what reconciling all of them gives: sources, outlets, toll range and its conflict, place, date', () => {
  const reports = Array.from({ length: 30 }, (_, i) => report(i));
  const whole = reconcile(reports, reports.map(step), ctx);
  let folded: CanonicalEvent = reconcile(reports.slice(0, 20), reports.slice(0, 20).map(step), ctx);
  for (const m of reports.slice(20)) folded = foldMention(folded, m, step(m), ctx);
  assert.deepEqual(folded.mentionIds, whole.mentionIds);
  assert.deepEqual(folded.articleIds, whole.articleIds);
  assert.equal(folded.corroboration, 7, 'seven outlets');
  assert.equal(folded.corroboration, whole.corroboration);
  assert.deepEqual(folded.fatalities, whole.fatalities, 'lowest floor, newest best, highest ceiling');
  assert.equal(folded.provenance.fatalities.rule, whole.provenance.fatalities.rule);
  assert.deepEqual(folded.conflicts, whole.conflicts, 'the toll and perpetrator disagreements, with their articles');
  assert.deepEqual(folded.location, whole.location);
  assert.equal(folded.provenance.location?.rule, whole.provenance.location?.rule, 'the province is kept beside the town');
  assert.deepEqual(folded.date, whole.date);
  assert.deepEqual(folded.actors, whole.actors);
  assert.equal(folded.evidence.type.length, 30, 'every report keeps its evidence');
  assert.equal(folded.history.length, 30);
});

test('a fold takes the year of a year-less report from the event and notes the newest toll', () => {
  const first = reconcile([report(0)], [], ctx);
  const yearless = { ...report(12), date: { start: '--03-18', end: '--03-19', precision: 'day' as const, basis: 'stated' as const, yearResolved: false, reason: 'no year' } };
  const late = { ...yearless, fatalities: { low: 12, best: null, high: null, qualifier: 'at least' } };
  const e = foldMention(first, late, step(late), ctx);
  assert.equal(e.date?.start, '2024-03-18');
  assert.equal(e.date?.end, '2024-03-19');
  assert.equal(e.date?.basis, 'implied');
  assert.deepEqual(e.fatalities, { low: 5, best: null, high: 12, qualifier: 'at least' });
  assert.match(e.provenance.fatalities.rule, /newest art12$/, 'published two days after the first report');
});

test('a fold into the bounded record a store gives for merging, with the articles behind its fields, gives what a fold into the whole record gives', () => {
  // Twenty-two reports agree on the toll; the twenty-third differs, so the conflict must name all twenty-two.
  const agreeing = Array.from({ length: 22 }, (_, i) => ({ ...report(i), fatalities: { low: 5, best: 5, high: 5, qualifier: 'exact' } }));
  const start = reconcile(agreeing.slice(0, 20), agreeing.slice(0, 20).map(step), ctx);
  const late = [...agreeing.slice(20), report(23)];
  let whole: CanonicalEvent = start;
  let bounded: CanonicalEvent = start;
  for (const m of late) {
    whole = foldMention(whole, m, step(m), ctx);
    // The whole record's spans stand in for the store's evidence index.
    const said = Object.fromEntries(foldFields(bounded).map((f) => [f, [...new Set((whole.evidence[f] ?? []).map((s) => s.articleId))]]));
    const asStored = storedRecord(bounded, bounded.history.length);
    assert.ok(asStored.evidence.fatalities.length < 22, 'the stored record holds only its first spans');
    bounded = foldMention(asStored, m, step(m), ctx, said);
  }
  const tolls = whole.conflicts.find((c) => c.field === 'fatalities');
  assert.equal(tolls?.values.find((v) => (v.value as { best: number }).best === 5)?.articleIds.length, 22);
  assert.deepEqual(bounded.conflicts, whole.conflicts);
  assert.deepEqual(bounded.fatalities, whole.fatalities);
  assert.equal(bounded.provenance.fatalities.rule, whole.provenance.fatalities.rule);
  assert.deepEqual(bounded.actors, whole.actors);
  assert.deepEqual(bounded.date, whole.date);
});
